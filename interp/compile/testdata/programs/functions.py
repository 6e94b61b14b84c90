def f():
    pass
def g(a, b=1, *args, c, d=2, **kw):
    return a + b
def h(a, /, b, *, c):
    "docstring"
    return a
@dec
def i():
    return 1
@dec1
@dec2(arg)
@a.b.c
def j(x: int = 5, *, y: str = "s") -> bool:
    return x
def k(x):
    def inner(y):
        return x + y
    return inner
def l():
    x = 1
    def m():
        nonlocal x
        x = 2
    m()
    return x
def n():
    global G
    G = 1
lam = lambda a, b=2: a * b
lam2 = lambda: (yield)
def o(a, b):
    def p():
        return a
    return p
def q(*, a=1):
    pass
def r(a, b=2, /, c=3):
    pass
def s():
    return
def t():
    "only doc"
def u():
    x = 1
    del x
    return locals()
def v(a):
    a = 1
    def w():
        return a
    return w
def outer():
    def middle():
        def inner():
            pass
        return inner
    return middle
