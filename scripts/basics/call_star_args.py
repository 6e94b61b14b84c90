# Calls with *args and **kwargs, including ones that use the whole value
# stack of their frame (a call that once overran it).
def count(*a, **k):
    return len(a), sorted(k)


args = (1, 2, 3)
kwargs = {"b": 1, "a": 2}
x = count(*args)
print(x)
print(count(*args))
print(count(*args, **kwargs))
y = count(**kwargs)
print(y)


class Box:
    def method(self, *a):
        return a


print(Box().method(*args))
z = Box().method(*args)
print(z, [count(*args) for _ in range(2)])
