# User-defined descriptors: data and non-data, precedence against the
# instance dict, __set_name__, __get__ with instance None, __delete__.


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class NonData:
    def __get__(self, obj, objtype=None):
        return ("nondata", obj is None, objtype.__name__ if objtype else None)


class Data:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")

    def __set__(self, obj, value):
        print("set", self.name, value)
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.name)


class SetOnly:
    def __set__(self, obj, value):
        obj.__dict__["so"] = value * 10


class DeleteOnly:
    def __delete__(self, obj):
        print("deleteonly")


class A:
    nd = NonData()
    d = Data()
    so = SetOnly()
    do = DeleteOnly()


a = A()
print(a.nd, A.nd)
a.__dict__["nd"] = "instance wins over non-data"
print(a.nd)
a.d = 5
print(a.d, a._d)
a.__dict__["d"] = "ignored: data descriptor wins"
print(a.d)
del a.d
print(a.d)
print(type(A.d).__name__, A.__dict__["d"].name)
a.so = 2
print(a.so)
print(type(A.so).__name__)
show(lambda: a.do)
a.__dict__["do"] = "in dict"
print(a.do)
del a.do
show(lambda: setattr(a, "do", 1))


class Counter:
    def __init__(self):
        self.calls = 0

    def __get__(self, obj, objtype):
        self.calls += 1
        return self.calls


class B:
    c = Counter()


print(B.c, B().c, B.c)


class Late:
    pass


desc = Data()
Late.x = desc
show(lambda: Late().x)


class Named:
    def __set_name__(self, owner, name):
        print("named", owner.__qualname__, name)


class Outer:
    class Inner:
        one = Named()
        two = Named()


class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("no " + name)


def make_bad():
    class X:
        b = Bad()
    return X


show(make_bad)


class Meta(type):
    attr = NonData()


class WithMeta(metaclass=Meta):
    pass


print(WithMeta.attr)


class Getter:
    def __get__(self, obj, objtype=None):
        return "Getter", obj, objtype


class G:
    g = Getter()


print(G.__dict__["g"].__get__(None, G)[0], G.g[1], G.g[2] is G)
print(type(G().g[1]).__name__)


class FuncAttr:
    def method(self):
        return "method"


fa = FuncAttr()
fa.method = lambda: "instance attr"
print(fa.method(), FuncAttr.method(fa))
print(FuncAttr.__dict__["method"].__get__(fa)())
print(FuncAttr.__dict__["method"].__get__(None, FuncAttr) is FuncAttr.__dict__["method"])
show(lambda: FuncAttr.__dict__["method"].__get__(None, None))
show(lambda: FuncAttr.__dict__["method"].__get__())


class ReadOnly:
    def __get__(self, obj, objtype=None):
        return 42

    def __set__(self, obj, value):
        raise AttributeError("read-only attribute")


class R:
    x = ReadOnly()


r = R()
show(lambda: setattr(r, "x", 1))
print(r.x)
