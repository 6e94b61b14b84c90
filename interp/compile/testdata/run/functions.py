def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2], **{"c": 7}))
def g(a, /, b, *, c):
    "Doc of g."
    return a + b + c
print(g(1, 2, c=3), g.__doc__, g.__name__, g.__qualname__)
def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    return inc
c = counter()
c(); c(5)
print(c(), c.__qualname__)
def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return f"<{tag}>{fn(*a, **k)}</{tag}>"
        return inner
    return wrap
@deco("b")
@deco("i")
def hello(name):
    return "hi " + name
print(hello("there"))
lam = lambda x, *ys, z=1: (x, ys, z)
print(lam(1, 2, 3, z=4), (lambda: 42)())
G = 1
def setg():
    global G
    G += 1
setg(); setg()
print(G)
def annotated(x: int, *a: str, y: "Y" = 2, **k: float) -> list:
    return x
print(annotated.__annotations__, annotated.__defaults__, annotated.__kwdefaults__)
def gen():
    x = yield 1
    print("got", x)
    y = yield from range(2)
    return "done"
gg = gen()
print(next(gg), gg.send("s"), next(gg))
try:
    next(gg)
except StopIteration as e:
    print("stop", e.value)
def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    return mid()()
print(outer(), outer.__code__.co_cellvars)
def kwonly(*, a, b=2):
    return a, b
print(kwonly(a=1), [k for k in kwonly.__code__.co_varnames])
