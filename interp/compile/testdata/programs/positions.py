result = (obj
          .first(1)
          .second(
              2,
              3)
          [0]
          .third)
x = (a +
     b) * (c -
           d)
y = call(arg1,
         arg2)[
    index]
obj.attr.deep += (1 +
                  2)
container[
    key
] -= 5
def f():
    return (yield
            value)
with (open(a) as b,
      open(c) as d):
    pass
for item in (
        iterable):
    pass
assert (check(
    a)), msg
raise Error(
    "message") from cause
z = [i
     for i in range(3)
     if i]
w = {k: v
     for k, v in items}
lam = (lambda p:
       p.attr)
@decorator(
    1)
class K(
    Base):
    pass
