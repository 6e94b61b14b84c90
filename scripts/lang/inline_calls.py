# Python-to-Python calls, which the VM runs in one loop without
# recursing: results, exceptions and tracebacks through the callers,
# frames, finally blocks, argument errors, and the recursion limit.
import sys
import traceback


def add(a, b=10, *rest, scale=1, **kw):
    return (a + b + sum(rest)) * scale + len(kw)


class Counter:
    def __init__(self, start):
        self.n = start

    def bump(self, by=1, *, twice=False):
        self.n += by * (2 if twice else 1)
        return self.n

    def passthrough(self, *args, **kwargs):
        return self.bump(*args, **kwargs)


print(add(1), add(1, 2), add(1, 2, 3, 4), add(1, scale=3), add(1, x=1, y=2))
c = Counter(5)
print(c.bump(), c.bump(3), c.bump(by=2, twice=True), c.passthrough(4), c.passthrough())
print(Counter.bump(c, 100))
bump = c.bump
print(bump(), bump(by=-1))
empty = {}
print(add(*(1, 2), **empty), add(*[5]))


def inner(x):
    if x < 0:
        raise ValueError("negative: %d" % x)
    return x * 2


def middle(x):
    return inner(x) + 1


def outer(x):
    try:
        return middle(x)
    finally:
        print("outer finally for", x)


print(outer(3))
try:
    outer(-1)
except ValueError:
    traceback.print_exc(file=sys.stdout)


def catcher(x):
    try:
        return middle(x)
    except ValueError as e:
        return "caught %s" % e


print(catcher(-5))


def names():
    f = sys._getframe()
    out = []
    while f is not None:
        out.append(f.f_code.co_name)
        f = f.f_back
    return out


def via(n):
    if n == 0:
        return names()
    return via(n - 1)


print(via(3))

for call in (lambda: add(), lambda: c.bump(1, 2, 3), lambda: Counter.bump(), lambda: add(1, b=2, **{"b": 3})):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500))
sys.setrecursionlimit(20000)
print(depth(15000))
sys.setrecursionlimit(1000)


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(900))


def gen(n):
    for i in range(n):
        yield inner(i)


print(list(gen(4)), sum(middle(i) for i in range(5)))


def returns_in_finally():
    try:
        return "try"
    finally:
        print("finally runs")


print(returns_in_finally())


def closure_maker(k):
    def f(x):
        return x + k
    return f


print(closure_maker(5)(1), [closure_maker(i)(i) for i in range(3)])
outer(-2)
