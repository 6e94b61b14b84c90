# __call__, callable(), calling non-callables, and calls through
# classes, instances, methods and builtins.


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *rest, scale=1, **kw):
        return (self.n + x) * scale, rest, kw


add = Adder(10)
print(add(1), add(1, 2, 3, scale=2, extra=True))
print(callable(add), callable(Adder), callable(1), callable(print), callable(lambda: 0), callable(None))


class NotCallable:
    pass


show(lambda: NotCallable()())
one, none, text, items = 1, None, "str", [1]
show(lambda: one())
show(lambda: none())
show(lambda: text())
show(lambda: items())
show(lambda: add())
show(lambda: add(1, scale=1, scale2=2))


class CallIsNone:
    __call__ = None


show(lambda: CallIsNone()())
print(callable(CallIsNone()))
na = NotCallable()
na.__call__ = lambda: "instance attribute is ignored"
show(lambda: na())
print(callable(na))


class CallRecurses:
    def __call__(self):
        return self()


def deep():
    try:
        CallRecurses()()
    except RecursionError as e:
        return "RecursionError " + str(e)


print(deep())


class Meta(type):
    def __call__(cls, *a, **k):
        return ("made by meta", cls.__name__, a, k)


class M(metaclass=Meta):
    pass


print(M(1, x=2))


class StaticCall:
    @staticmethod
    def __call__(x):
        return "static", x


show(lambda: StaticCall()(5))


class ClassCall:
    @classmethod
    def __call__(cls, x):
        return "classmethod", cls.__name__, x


show(lambda: ClassCall()(5))


def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw


print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f(*[1, 2], **{"c": 3}))
print(f(**{"a": 1, "c": 2}), f(1, *(), c=1, **{}))
show(lambda: f(1, **{"c": 2}, **{"c": 3}))
show(lambda: f(1, c=2, **{"c": 3}))
show(lambda: f(*1))
show(lambda: f(1, **[1]))
show(lambda: f(1, **{1: 2}))


class Mapping:
    def keys(self):
        return ["a", "c"]

    def __getitem__(self, k):
        return k * 2


print(f(**Mapping()))


class Seq:
    def __iter__(self):
        return iter([7, 8])


print(f(*Seq(), c=0))
print(print.__call__ is not None, type(print.__call__).__name__)
print(add.__call__(5)[0], Adder.__call__(add, 5)[0])
bm = add.__call__
print(type(bm).__name__, bm.__self__ is add, bm.__func__ is Adder.__call__)
print(int("12"), int.__call__("13"), type(int).__call__(int, "14"))
print(list.__call__([1]), str(5), object.__call__ if hasattr(object, "__call__") else "object has no __call__")
print(type.__call__(Adder, 1).n)
