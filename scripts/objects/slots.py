# __slots__: no __dict__, the member descriptors, inheritance, and the
# errors of conflicting or malformed declarations.


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class P:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x


p = P(1)
print(p.x)
show(lambda: p.y)
show(lambda: p.z)
show(lambda: setattr(p, "z", 1))
show(lambda: p.__dict__)
show(lambda: vars(p))
p.y = 2
print(p.y)
del p.y
show(lambda: p.y)


def del_y():
    del p.y


show(del_y)
print(P.x, type(P.x).__name__, P.__slots__)
print(sorted(k for k in P.__dict__ if not k.startswith("__")))
print("__dict__" in dir(p), "__weakref__" in dir(p))
print(P.x.__get__(p), P.x.__name__, P.x.__objclass__.__name__)
show(lambda: P.x.__get__(1))
show(lambda: P.x.__set__(1, 2))


class Q(P):
    __slots__ = ("z",)


q = Q(3)
q.z = 4
print(q.x, q.z)
show(lambda: setattr(q, "w", 1))


class WithDict(P):
    pass


w = WithDict(5)
w.other = 6
print(w.x, w.other, w.__dict__)


class Both:
    __slots__ = ("a", "__dict__")


b = Both()
b.a = 1
b.b = 2
print(b.a, b.__dict__)


class Private:
    __slots__ = ("__secret", "_under")

    def __init__(self):
        self.__secret = "s"

    def get(self):
        return self.__secret


print(Private().get(), sorted(k for k in Private.__dict__ if "secret" in k))


class Str:
    __slots__ = "only"


s = Str()
s.only = 1
print(s.only, Str.__slots__)


class Documented:
    __slots__ = {"a": "the a slot", "b": "the b slot"}


print(Documented.a.__doc__, Documented.b.__doc__)


def make(slots, bases=(object,), ns=None):
    def f():
        d = dict(ns or {})
        d["__slots__"] = slots
        cls = type("X", bases, d)
        return [k for k in cls.__dict__]
    show(f)


make(("__dict__",))
make(("__dict__", "__dict__"))
make(("__weakref__",))
make(("__weakref__", "__weakref__"))
make(("1a",))
make((1,))
make(1)
make(("x",), (int,))
make((), (int,))
make(("x",), (tuple,))
make(("x",), (bytes,))
make(("x",), ns={"x": 1})
make(["a", "b"], (Exception,))
make(["__dict__"], (Exception,))
make(["__dict__"], (WithDict,))
make(["__weakref__"], (WithDict,))
make(("a", "a"))
make(("b", "a", "c"))


class R1:
    __slots__ = ("r1",)


class R2:
    __slots__ = ("r2",)


class Empty:
    __slots__ = ()


show(lambda: type("Conflict", (R1, R2), {}))
show(lambda: [c.__name__ for c in type("Ok", (Empty, R1), {}).__mro__])
show(lambda: [c.__name__ for c in type("Ok2", (R1, Empty), {}).__mro__])
show(lambda: type("E", (OSError, ImportError), {}))
show(lambda: type("E2", (ValueError, TypeError), {}).__mro__)
show(lambda: type("L", (list, dict), {}))
show(lambda: type("L2", (int, str), {}))


class Mixin:
    def hello(self):
        return "hello from " + type(self).__name__


class Combined(Mixin, R1):
    __slots__ = ()


c = Combined()
c.r1 = "v"
print(c.hello(), c.r1, hasattr(c, "__dict__"))
e = Empty()
show(lambda: setattr(e, "a", 1))
print(hasattr(e, "__dict__"))


class ListSlots(list):
    __slots__ = ("tag",)


ls = ListSlots([1, 2])
ls.tag = "t"
print(ls, ls.tag)
show(lambda: setattr(ls, "other", 1))


class SlotsAndClassAttr:
    __slots__ = ("v",)
    default = 10


sc = SlotsAndClassAttr()
print(sc.default)
show(lambda: setattr(sc, "default", 1))
