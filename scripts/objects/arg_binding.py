# How calls bind arguments to parameters of Python functions and
# methods: defaults, keyword-only and positional-only parameters,
# *args/**kwargs, and CPython's error messages (with qualified names).


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


def f0():
    pass


def f1(a):
    return a


def f2(a, b=2):
    return a, b


def f3(a, b, /, c, *, d, e=5):
    return a, b, c, d, e


def f4(*args, **kwargs):
    return args, kwargs


def f5(a, *, b):
    return a, b


def f6(a, b, c):
    return a, b, c


def f7(x, /, **kw):
    return x, kw


show(lambda: f0(1))
show(lambda: f0(1, 2))
show(lambda: f0(a=1))
show(lambda: f1())
show(lambda: f1(1, 2))
show(lambda: f1(b=1))
show(lambda: f1(1, a=2))
show(lambda: f2())
show(lambda: f2(1, 2, 3))
show(lambda: f2(1, c=3))
show(lambda: f3(1, 2, 3, d=4))
show(lambda: f3(1, 2, 3, 4))
show(lambda: f3(1, 2, c=3))
show(lambda: f3(1, b=2, c=3, d=4))
show(lambda: f3(a=1, b=2, c=3, d=4))
show(lambda: f3(1, 2))
show(lambda: f3())
show(lambda: f3(1, 2, 3, 4, 5, d=6))
show(lambda: f4(1, 2, x=3))
show(lambda: f5(1))
show(lambda: f5(1, 2))
show(lambda: f5(1, 2, b=3))
show(lambda: f5())
show(lambda: f6(1))
show(lambda: f6())
show(lambda: f6(1, 2, 3, 4))
show(lambda: f6(1, 2, a=3))
show(lambda: f6(c=1))
show(lambda: f7(1, x=2))
show(lambda: f7(x=1))


def kwonly_many(*, a, b, c):
    pass


show(lambda: kwonly_many())
show(lambda: kwonly_many(a=1))
show(lambda: kwonly_many(1, 2))


def defaults_mix(a, b=1, *args, c, d=2, **kw):
    return a, b, args, c, d, kw


show(lambda: defaults_mix())
show(lambda: defaults_mix(1))
print(defaults_mix(1, c=3), defaults_mix(1, 2, 3, 4, c=5, e=6))


class C:
    def m(self, x):
        return x

    @classmethod
    def cm(cls, x):
        return x

    @staticmethod
    def sm(x):
        return x

    def __init__(self, a, b=0):
        pass

    class Nested:
        def deep(self, q):
            pass


c = C(1)
show(lambda: c.m())
show(lambda: c.m(1, 2))
show(lambda: C.m(c))
show(lambda: C.m())
show(lambda: c.cm())
show(lambda: C.sm())
show(lambda: C.sm(1, 2))
show(lambda: C())
show(lambda: C(1, 2, 3))
show(lambda: C(1, c=2))
show(lambda: C.Nested().deep())
show(lambda: c.m(y=1))


def outer():
    def inner(a):
        pass
    return inner


show(lambda: outer()())
lam = lambda x, y: x
show(lambda: lam(1))
show(lambda: (lambda: 0)(1))
show(lambda: (lambda *, k: k)())


def many_missing(a, b, c, d):
    pass


show(lambda: many_missing())
show(lambda: many_missing(1))
show(lambda: many_missing(1, 2))


def defaults_eval(x=[]):
    x.append(1)
    return x


print(defaults_eval(), defaults_eval(), defaults_eval([]))


def kw_and_star(a, *args, b=1):
    return a, args, b


print(kw_and_star(1, 2, 3), kw_and_star(1, b=2))
show(lambda: kw_and_star(1, 2, a=3))


def posonly_kw(a, /, **kwargs):
    return a, kwargs


print(posonly_kw(1, a=2))


def posonly_default(a, b=2, /):
    return a, b


show(lambda: posonly_default(1, b=3))
show(lambda: posonly_default(a=1))
show(lambda: f4(**{"a": 1}, **{"a": 2}))
show(lambda: f1(**{"a": 1}, **{"a": 2}))
show(lambda: f1(*[1], **{"a": 2}))
print(f4(*range(3), *"ab", **{"k": 1}, **dict(j=2)))
show(lambda: f1(**{"a": 1, "b": 2}))
show(lambda: print(end=1))
show(lambda: print(foo=1))
show(lambda: len(x=1))
show(lambda: int(base=2))
show(lambda: int("1", bas=2))
show(lambda: "".split(sep=1))
show(lambda: [].append())
show(lambda: [].append(1, 2))
show(lambda: {}.get())
show(lambda: sorted([], bad=1))
show(lambda: max())
show(lambda: max(1))
show(lambda: min([], default=1, key=None, bad=2))
