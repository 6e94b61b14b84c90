# Default reprs and strs of functions, methods, classes, modules,
# descriptors and instances, and __format__'s defaults.
import sys


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


def func():
    pass


class A:
    def method(self):
        pass

    @classmethod
    def cm(cls):
        pass

    @staticmethod
    def sm():
        pass

    @property
    def prop(self):
        return 1

    class Inner:
        def deep(self):
            def local():
                pass
            return local


a = A()
print(repr(func))
print(repr(lambda: 0))
print(repr(A.method), repr(a.method))
print(repr(A.cm), repr(A.sm))
print(repr(A.__dict__["cm"]), repr(A.__dict__["sm"]))
print(repr(A.prop))
print(repr(A.Inner), repr(A.Inner.deep), repr(A.Inner().deep()))
print(repr(A), str(A), repr(a), str(a))
print(repr(A.Inner()))
print(repr(int), repr(type), repr(object), repr(type(None)), repr(type(...)), repr(type(NotImplemented)))
print(repr(len), repr(print), repr([].append), repr({}.get), repr("".join))
print(repr(list.append), repr(dict.fromkeys), repr(str.maketrans), repr(dict.__dict__["fromkeys"]))
print(repr(int.__add__), repr((1).__add__), repr(object.__init__), repr(a.__init__))
print(repr(object.__new__), repr(int.__new__), repr(a.__str__), repr(A.__str__))
print(repr(list.__getitem__), repr([].__getitem__), repr(tuple.__getitem__), repr(dict.__contains__), repr(list.__len__))
print(type(int.__add__).__name__, type((1).__add__).__name__, type(list.append).__name__, type([].append).__name__)
print(type(len).__name__, type(A.method).__name__, type(a.method).__name__, type(object.__init__).__name__)
print(repr(sys), repr(A.__dict__["prop"]), repr(type.__dict__["__dict__"]))
print(repr(A.__dict__["__dict__"]), repr(A.__dict__["__weakref__"]))
print(repr(int.real), repr(type.__dict__["__name__"]))
print(repr(None), repr(...), repr(NotImplemented), repr(True))
print(repr(super(A, a)), repr(super(A)))
print(repr(iter([])), repr(iter(())), repr(iter("")), repr(iter(range(1))), repr(iter({})), repr(iter(set())))
print(repr(map(str, [])), repr(filter(None, [])), repr(zip()), repr(enumerate([])), repr(reversed([])))
print(repr({}.keys()), repr({1: 2}.values()), repr({1: 2}.items()))
print(repr(range(3)), repr(slice(1, 2)), repr(slice(None)), repr(memoryview(b"")))


def gen():
    yield


print(repr(gen()), repr((x for x in [])))
print(repr(func.__code__))
print(repr(func.__globals__ is globals()))
print(repr(object()), repr(A.Inner.deep.__qualname__))


class WithRepr:
    def __repr__(self):
        return "WithRepr()"


class WithStr:
    def __str__(self):
        return "str of WithStr"


print(repr(WithRepr()), str(WithRepr()), repr(WithStr()), str(WithStr()))
print(f"{WithRepr()}", f"{WithRepr()!r}", f"{WithStr()!s}", f"{WithStr()!a}", "%s %r" % (WithStr(), WithRepr()))
print(format(WithRepr()), format(WithStr(), ""))
show(lambda: format(WithStr(), "10"))
show(lambda: f"{object():>10}")
show(lambda: format(A, "x"))
show(lambda: format(a, "s"))
show(lambda: object.__format__(a, 1))


class Fmt:
    def __format__(self, spec):
        return f"Fmt[{spec}]"


print(format(Fmt(), "abc"), f"{Fmt():xyz}", f"{Fmt()!r:>5}"[:5], "{:q}".format(Fmt()))


class BadFmt:
    def __format__(self, spec):
        return 1


class BadRepr:
    def __repr__(self):
        return 1


class BadStr:
    def __str__(self):
        return None


show(lambda: format(BadFmt()))
show(lambda: repr(BadRepr()))
show(lambda: str(BadStr()))
show(lambda: f"{BadStr()}")
show(lambda: print(BadStr()))
show(lambda: [BadRepr()].__repr__())


class StrSub(str):
    pass


class ReprReturnsSub:
    def __repr__(self):
        return StrSub("sub")


r = repr(ReprReturnsSub())
print(r, type(r).__name__)


class Recursive:
    def __init__(self):
        self.l = [self]

    def __repr__(self):
        return f"Recursive({self.l!r})"


l = [1]
l.append(l)
d = {}
d["self"] = d
print(l, d, Recursive())
print(ascii("é"), ascii(["ü"]), repr("é"), str(b"x"), repr(b"\xff"))
print(repr(1.0), repr(1e16), repr(1.5e-7), repr(-0.0), repr(float("nan")), repr(2 ** 100), repr(1j), repr(1 + 0j))
