# __mro_entries__, bad bases and metaclasses, custom mro(), class keywords
# through type() and metaclasses, __prepare__ namespaces, qualnames and
# modules of nested classes, the argument checks of type() and type.__new__.
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except BaseException as e:
        print(type(e).__name__, e)
class Base: pass
class Entry:
    def __mro_entries__(self, bases):
        return (Base,)
class X(Entry()): pass
t(lambda: (X.__bases__, X.__orig_bases__[0].__class__.__name__))
t(lambda: type("Y", (Entry(),), {}))
class BadEntry:
    def __mro_entries__(self, bases): return 5
def mk():
    class Z(BadEntry()): pass
t(mk)
def mk2():
    class Z(5): pass
t(mk2)
def mk3():
    class Z(metaclass=5): pass
t(mk3)
def mk4():
    class Z(object, object): pass
t(mk4)
class ReMeta(type):
    def mro(cls):
        return [cls, object]
class RM(Base, metaclass=ReMeta): pass
t(lambda: (RM.__mro__, RM.mro()))
class BadMro(type):
    def mro(cls): return [1]
def mk5():
    class Z(metaclass=BadMro): pass
t(mk5)
class ISC:
    def __init_subclass__(cls, **kw):
        print("isc", cls.__name__, kw)
t(lambda: type("T1", (ISC,), {}, x=1))
t(lambda: type("T2", (), {}, x=1))
t(lambda: type.__new__(type, "T3", (), {}).__name__)
t(lambda: type.__new__(int, "T3", (), {}))
t(lambda: type.__new__(type))
t(lambda: type.__init__(int, 1, 2, 3, 4))
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        return super().__new__(m, name, bases, ns, **kw)
class WithKw(metaclass=Meta):
    def __init_subclass__(cls, **kw): print("kw", kw)
class Sub(WithKw, extra=1): pass
def mk6():
    class Z(ISC, metaclass=type, a=1): pass
t(mk6)
class MA(type): pass
class MB(MA): pass
class CA(metaclass=MA): pass
class CB(metaclass=MB): pass
class CC(CA, CB): pass
t(lambda: type(CC).__name__)
t(lambda: MA("n", (CB,), {}).__class__.__name__)
t(lambda: type(CA)("dyn", (), {}).__class__.__name__)
class Prep(type):
    @classmethod
    def __prepare__(m, name, bases, **kw):
        class NS(dict):
            def __setitem__(self, k, v):
                print("ns set", k)
                super().__setitem__(k, v)
        return NS()
class UsesPrep(metaclass=Prep):
    a = 1
    def f(self): pass
t(lambda: type(UsesPrep.__dict__).__name__)
t(lambda: UsesPrep.__qualname__)
class Outer:
    class Inner:
        class Deep: pass
    def m(self):
        class InM: pass
        return InM
t(lambda: (Outer.Inner.Deep.__qualname__, Outer().m().__qualname__, repr(Outer.Inner.Deep)))
def qn():
    class Q: __qualname__ = "Custom.Q"
    return Q
t(lambda: (qn().__qualname__, repr(qn())))
def qn2():
    class Q: __qualname__ = 5
t(qn2)
def mod():
    class M: __module__ = "elsewhere"
    return M
t(lambda: repr(mod()))
t(lambda: Outer.__dict__["__module__"])
t(lambda: "__qualname__" in Outer.__dict__)
t(lambda: Outer.__doc__)
def docd():
    class D:
        "the doc"
    return D.__doc__, D.__dict__["__doc__"]
t(docd)
t(lambda: type())
t(lambda: type(1, 2))
t(lambda: type(1, x=2))
t(lambda: type("a", (), {}, 4))
t(lambda: type.__new__(type, 1, 2))
t(lambda: type.__new__(type, 5).__name__)
t(lambda: type.__new__(type, "N", (), {}, k=1))
class M(type): pass
t(lambda: M(1, 2))
t(lambda: M(5))
t(lambda: M())
t(lambda: M("n", (), {}).__class__.__name__)
t(lambda: type.__call__(type, 5))
t(lambda: type.__call__(type, 1, 2))
