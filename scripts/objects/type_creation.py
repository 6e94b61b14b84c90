# type(name, bases, dict), the C3 and metaclass-conflict errors, object()
# arguments, __init__/__new__ results, object.__format__, __class__
# assignment, __subclasses__, __class_getitem__, unions and the
# isinstance/issubclass hooks, __set_name__.
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

class A: pass
class B(A): pass
class C(A): pass
t(lambda: type("D", (B, C), {}).__mro__)
t(lambda: type("E", (A, B), {}))
t(lambda: type("F", (B, C, A, B), {}))
class X: pass
class Y(X): pass
t(lambda: type("Z", (X, Y), {}))
class M1(type): pass
class M2(type): pass
class P(metaclass=M1): pass
class Q(metaclass=M2): pass
t(lambda: type("R", (P, Q), {}))
t(lambda: M1("R", (P, Q), {}))
t(lambda: type("T", (), {"a": 1}).a)
t(lambda: type("T", (1,), {}))
t(lambda: type("T", (), 1))
t(lambda: type(1, (), {}))
t(lambda: type("T", ()))
t(lambda: type())
t(lambda: type("T", (int, str), {}))
t(lambda: type("T", (bool,), {}))
t(lambda: object(1))
t(lambda: A(1))
t(lambda: A(x=1))
class I:
    def __init__(self):
        return 5
t(lambda: I())
class N:
    def __new__(cls):
        return 42
    def __init__(self):
        print("init not called")
t(lambda: N())
class N2:
    def __new__(cls, *a):
        return object.__new__(cls)
t(lambda: type(N2(1, 2)).__name__)
class N3:
    def __init__(self, *a): pass
t(lambda: type(N3(1)).__name__)
t(lambda: object.__new__(N3, 1).__class__.__name__)
class N4:
    def __new__(cls, *a): return super().__new__(cls, *a)
t(lambda: N4(1))
t(lambda: object.__format__(A(), "x"))
t(lambda: format(A(), "x"))
o0 = A()
t(lambda: format(o0, "") == str(o0))
t(lambda: f"{A():>10}")
t(lambda: object.__format__(A(), 1))
o = A()
def setcls(o, c):
    o.__class__ = c
    return type(o).__name__
t(lambda: setcls(o, B))
t(lambda: setcls(o, int))
t(lambda: setcls(1, B))
t(lambda: setcls(o, 1))
class S1:
    __slots__ = ("a",)
class S2:
    __slots__ = ("a",)
class S3:
    __slots__ = ("b",)
t(lambda: setcls(S1(), S2))
t(lambda: setcls(S1(), S3))
t(lambda: setcls(S1(), A))
t(lambda: A.__subclasses__())
t(lambda: int.__subclasses__()[:0])
t(lambda: [c.__name__ for c in object.__subclasses__() if c.__name__ in ("A","X")])
class G:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
t(lambda: G[int])
t(lambda: G[int, str])
t(lambda: A[int])
t(lambda: list[int])
t(lambda: isinstance(1, int | str))
t(lambda: isinstance("", (int, (float, str))))
t(lambda: isinstance(1, (int, 1)))
t(lambda: isinstance(1, 1))
t(lambda: issubclass(1, int))
t(lambda: issubclass(int, (str, 1)))
t(lambda: issubclass(bool, int | str))
t(lambda: isinstance(1, list[int]))
t(lambda: int | str)
t(lambda: (int | str) == (str | int))
t(lambda: int | None)
class Meta(type):
    def __instancecheck__(cls, inst):
        print("instancecheck", inst)
        return True
    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub)
        return False
class K(metaclass=Meta): pass
t(lambda: isinstance(3, K))
t(lambda: isinstance(K(), K))
t(lambda: issubclass(int, K))
t(lambda: issubclass(K, K))
t(lambda: isinstance(3, (str, K)))
class SN:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class Own:
    x = SN()
    y = SN()
t(lambda: type("Dyn", (), {"z": SN()}))
class BadSN:
    def __set_name__(self, owner, name):
        raise ValueError("nope")
try:
    class Own2:
        q = BadSN()
except Exception as e:
    print(type(e).__name__, e, e.__notes__ if hasattr(e, "__notes__") else None, repr(e.__cause__))
