a = [x for x in range(3)]
b = {x for x in y if x}
c = {k: v for k, v in items}
d = (x for x in y)
e = [x * y for x in a for y in b if x if y]
f = [[j for j in range(i)] for i in range(3)]
g = [y := x for x in z]
def h():
    return [z := w for w in q], z
i = [lambda: x for x in y]
class K:
    n = 2
    l = [n for _ in range(n)]
j = sum(x for x in range(10))
k = [(x, y) for x, y in zip(a, b)]
