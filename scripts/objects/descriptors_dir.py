# Data and non-data descriptors against instance dicts, __get__ with None,
# classmethod/staticmethod objects, __set_name__ through type(), dir()
# and vars() results and errors.
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except BaseException as e:
        print(type(e).__name__, e)
class D:
    def __get__(self, obj, typ=None):
        return ("get", obj is None, typ.__name__ if typ else None)
class ND:
    def __get__(self, obj, typ=None): return "nd"
class DD:
    def __get__(self, obj, typ=None): return "dd"
    def __set__(self, obj, v): print("DD.set", v)
    def __delete__(self, obj): print("DD.delete")
class SetOnly:
    def __set__(self, obj, v): print("SetOnly.set", v)
class A:
    d = D(); nd = ND(); dd = DD(); so = SetOnly()
a = A()
t(lambda: (A.d, a.d))
a.__dict__["nd"] = "inst"; a.__dict__["dd"] = "inst"
t(lambda: (a.nd, a.dd))
a.dd = 5
del a.dd
t(lambda: a.so)
a.so = 1
a.__dict__["so"] = "inst so"
t(lambda: a.so)
t(lambda: A.__dict__["d"].__get__(None, A))
t(lambda: A.__dict__["d"].__get__(a))
t(lambda: property(lambda s: 1).__get__(None, A).__class__.__name__)
t(lambda: staticmethod(len).__get__(None, A))
t(lambda: classmethod(lambda c: c.__name__).__get__(None, A)())
t(lambda: classmethod(lambda c: c.__name__).__get__(a)())
t(lambda: (lambda s: s).__get__(a)() is a)
t(lambda: (lambda s: s).__get__(None, A))
t(lambda: len.__get__ if hasattr(len, "__get__") else "no __get__")
class CMP:
    @classmethod
    @property
    def cp(cls): return "classprop " + cls.__name__
t(lambda: CMP.cp)
class SM:
    @staticmethod
    def s(): return "s"
t(lambda: (SM.s(), SM().s(), SM.__dict__["s"].__func__(), callable(SM.__dict__["s"])))
t(lambda: SM.__dict__["s"]())
t(lambda: repr(classmethod(1)).startswith("<classmethod"))
t(lambda: classmethod(1).__get__(None, A)())
t(lambda: (staticmethod(1).__func__, classmethod(2).__func__))
t(lambda: (staticmethod.__name__, classmethod.__mro__))
class Named:
    def __set_name__(self, owner, name):
        self.owner, self.name = owner.__name__, name
n = Named()
C = type("C", (), {"f": n})
t(lambda: (n.owner, n.name))
class Late: pass
Late.g = Named()
t(lambda: hasattr(Late.g, "name"))
t(lambda: sorted(dir(A))[-5:])
t(lambda: sorted(k for k in vars(A) if not k.startswith("__")))
t(lambda: dir(a) == sorted(dir(a)))
import math
t(lambda: dir(math)[-5:])
t(lambda: vars(a))
t(lambda: vars(1, 2))
class NoDict:
    __slots__ = ()
t(lambda: vars(NoDict()))
t(lambda: type(vars(A)).__name__)
t(lambda: vars(A)["d"].__class__.__name__)
t(lambda: setattr(vars(A), "x", 1))
def vmut():
    vars(A)["x"] = 1
t(vmut)
t(lambda: dir(5)[:3])
t(lambda: dir(int) == sorted(dir(int)))
t(lambda: "__init_subclass__" in dir(object))
t(lambda: [x for x in dir(type) if not x.startswith("_")])
t(lambda: [x for x in dir(A()) if not x.startswith("__")])
