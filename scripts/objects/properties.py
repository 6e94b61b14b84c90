# property: getter, setter, deleter, decorators, docs, and its errors.


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class A:
    def __init__(self):
        self._x = 1

    @property
    def x(self):
        "The x value."
        return self._x

    @x.setter
    def x(self, v):
        print("set", v)
        self._x = v

    @x.deleter
    def x(self):
        print("del")
        del self._x

    @property
    def ro(self):
        return "ro"

    def _get(self):
        return "g"

    w = property(_get, doc="explicit doc")
    empty = property()


a = A()
print(a.x)
a.x = 5
print(a.x)
del a.x
show(lambda: a.x)
print(A.x.__doc__)
print(A.w.__doc__)
print(A.ro.__doc__)
print(type(A.x).__name__, A.x.fget.__name__, A.x.fset.__name__, A.x.fdel.__name__)
print(A.ro.fset, A.ro.fdel)


def set_ro():
    a.ro = 1


def del_ro():
    del a.ro


def get_empty():
    return a.empty


def set_empty():
    a.empty = 1


def del_empty():
    del a.empty


show(set_ro)
show(del_ro)
show(get_empty)
show(set_empty)
show(del_empty)
print(a.w)
print(isinstance(A.x, property))


class B(A):
    @A.x.getter
    def x(self):
        return "B sees %s" % self._x


b = B()
b.x = 3
print(b.x)


class Sub(property):
    pass


class C:
    @Sub
    def v(self):
        return "sub"


print(C().v, type(C.v).__name__)

p = property(lambda self: 1)
show(lambda: p.__get__(None, A) is p)
show(lambda: p.__get__(a))
show(lambda: p.__set__(a, 1))
show(lambda: p.__delete__(a))


class Raising:
    @property
    def bad(self):
        raise AttributeError("inner")

    def __getattr__(self, name):
        return "getattr:" + name


print(Raising().bad)


class Slotted:
    __slots__ = ("_v",)

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, val):
        self._v = val


s = Slotted()
s.v = 7
print(s.v)
show(lambda: property(1, 2, 3, 4, 5))
show(lambda: property(fget=1).__get__(a))
print(property.__name__, property.fget.__class__.__name__)
