# super() forms and errors, property errors and docstrings, __slots__
# rules, __getattr__/__getattribute__/__setattr__ hooks, __init_subclass__,
# metaclass hooks, hashing rules, truth and length errors, containment
# fallbacks, context managers, callables, vars() and dir().
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except BaseException as e:
        print(type(e).__name__, e)

class A:
    def f(self): return super().f()
t(lambda: A().f())
def nosuper(): return super()
t(nosuper)
class B:
    def m(self): return super(B, 1)
t(lambda: B().m())
t(lambda: super(int, "x"))
t(lambda: super(1, 2))
t(lambda: super(B))
t(lambda: repr(super(B)).startswith("<super: <class 'B'>, NULL>"))
t(lambda: repr(super(B, B())).split(" object")[0])
class P:
    @property
    def x(self): return 1
t(lambda: setattr(P(), "x", 2))
t(lambda: delattr(P(), "x"))
class P2:
    x = property()
t(lambda: P2().x)
t(lambda: setattr(P2(), "x", 1))
t(lambda: P.x.fget.__name__)
t(lambda: (P.x.__isabstractmethod__, P.x.__doc__))
class P3:
    def g(self):
        "gdoc"
        return 5
    x = property(g)
t(lambda: (P3.x.__doc__, P3().x))
p = property(lambda s: 1, doc="d")
t(lambda: p.__doc__)
t(lambda: p.getter(lambda s: 2).__doc__)
class Sl:
    __slots__ = ("a", "__dict__")
s = Sl()
s.b = 1
t(lambda: (s.__dict__, Sl.a.__name__))
t(lambda: Sl().a)
class Sl2:
    __slots__ = "a"
t(lambda: Sl2.__slots__)
t(lambda: setattr(Sl2(), "z", 1))
t(lambda: Sl2().__dict__)
class Sl3(Sl2):
    pass
t(lambda: (hasattr(Sl3(), "__dict__"), Sl3.__slots__))
t(lambda: type("X", (), {"__slots__": ["a", "a"]}))
t(lambda: type("X", (), {"__slots__": ["__dict__", "__dict__"]}))
t(lambda: type("X", (), {"__slots__": 1}))
t(lambda: type("X", (), {"__slots__": ["1a"]}))
t(lambda: type("X", (int,), {"__slots__": ["a"]}))
t(lambda: type("X", (Sl2, Sl), {}))
class G:
    def __getattr__(self, n): return "ga:" + n
    def __getattribute__(self, n):
        if n == "boom": raise AttributeError("from getattribute")
        if n == "other": raise KeyError(n)
        return object.__getattribute__(self, n)
g = G()
t(lambda: (g.boom, g.zzz))
t(lambda: g.other)
class Se:
    def __setattr__(self, n, v):
        print("setattr", n, v)
        object.__setattr__(self, n, v * 2)
    def __delattr__(self, n):
        print("delattr", n)
        object.__delattr__(self, n)
se = Se(); se.a = 2
t(lambda: se.a)
del se.a
t(lambda: se.a)
t(lambda: object.__setattr__(1, "a", 2))
t(lambda: object.__setattr__(int, "a", 2))
t(lambda: setattr(int, "a", 2))
t(lambda: setattr(object(), "a", 2))
t(lambda: object.__delattr__(Se(), "nope"))
class ISub:
    def __init_subclass__(cls, flag=None, **kw):
        print("init_subclass", cls.__name__, flag, kw)
        super().__init_subclass__(**kw)
class C1(ISub, flag=1): pass
try:
    class C2(ISub, flag=1, other=2): pass
except TypeError as e:
    print(e)
try:
    class C3(other=2): pass
except TypeError as e:
    print(e)
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
    def __new__(mcs, name, bases, ns, **kw):
        print("new", name, sorted(ns), kw)
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a):
        print("call", a)
        return super().__call__(*a)
class WM(metaclass=Meta, k=1):
    def __init__(self, *a): pass
t(lambda: (WM.injected, type(WM(1, 2)).__name__))
class BadPrep(type):
    @classmethod
    def __prepare__(mcs, *a): return 1
try:
    class Q(metaclass=BadPrep): pass
except TypeError as e:
    print(e)
class H:
    def __eq__(self, o): return True
t(lambda: hash(H()))
t(lambda: H.__hash__)
t(lambda: {H()})
class H2(H):
    __hash__ = object.__hash__
t(lambda: type(hash(H2())).__name__)
class H3:
    def __hash__(self): return "x"
t(lambda: hash(H3()))
class H4:
    def __hash__(self): return 2**70
t(lambda: hash(H4()))
class H5:
    def __hash__(self): return -1
t(lambda: hash(H5()))
class Bo:
    def __bool__(self): return 1
t(lambda: bool(Bo()))
class Bo2:
    def __len__(self): return -1
t(lambda: bool(Bo2()))
class Bo3:
    def __len__(self): return "x"
t(lambda: len(Bo3()))
class Bo4:
    def __len__(self): return 2**70
t(lambda: len(Bo4()))
class Bo5:
    __bool__ = None
t(lambda: bool(Bo5()))
class It:
    def __getitem__(self, i):
        if i > 3: raise IndexError
        return i
t(lambda: (2 in It(), 9 in It(), list(It())))
class NoIt:
    __iter__ = None
t(lambda: iter(NoIt()))
t(lambda: 1 in NoIt())
t(lambda: 1 in 5)
class BadIter:
    def __iter__(self): return 5
t(lambda: iter(BadIter()))
class Ctx:
    def __enter__(self): return "entered"
    def __exit__(self, *a): return "truthy"
def usectx():
    with Ctx() as c:
        raise ValueError
    return c
t(usectx)
class NoExit:
    def __enter__(self): pass
def useno():
    with NoExit():
        pass
t(useno)
def usenoenter():
    with 5:
        pass
t(usenoenter)
class Call:
    def __call__(self, x): return x * 2
t(lambda: Call()(4))
t(lambda: Call()())
t(lambda: 5())
t(lambda: vars(5))
t(lambda: vars())
t(lambda: sorted(vars(Sl()).items()))
t(lambda: dir(Sl2())[:3])
class DirO:
    def __dir__(self): return ["b", "a"]
t(lambda: dir(DirO()))
class DirBad:
    def __dir__(self): return 5
t(lambda: dir(DirBad()))
class A:
    @property
    def x(self):
        "getter doc"
        return 1
    @x.setter
    def x(self, v): pass
    y = property(lambda s: 1, doc="explicit")
    y = y.setter(lambda s, v: None)
    def g2(self):
        "second getter"
    z = x.getter(g2)
    w = y.getter(g2)
    n = property(None, None, None, None)
    n2 = n.getter(g2)
print(A.x.__doc__, A.y.__doc__, A.z.__doc__, A.w.__doc__, A.n.__doc__, A.n2.__doc__)
class Sub(property):
    "sub doc"
print(Sub(lambda s: 1).__doc__, Sub().__doc__)
p = property(A.g2)
p.__doc__ = "set"
print(p.getter(A.g2).__doc__, p.setter(None).__doc__)
class NI:
    __iter__ = None
    def __getitem__(self, i): raise IndexError
for o in (NI(),):
    try:
        print(1 in o)
    except TypeError as e:
        print(e)
class BadIter:
    def __iter__(self): return 5
class RaisesTE:
    def __iter__(self): raise TypeError("own message")
class RaisesVE:
    def __iter__(self): raise ValueError("kept")
for o in (BadIter(), RaisesTE(), RaisesVE()):
    try:
        print(1 in o)
    except Exception as e:
        print(type(e).__name__, e)
print(Sub(None, None, None, "given").__doc__, Sub(lambda s: 1, doc=None).__doc__)
def documented(self):
    "fget doc"
print(Sub(documented).__doc__, Sub(documented).getter(lambda s: 2).__doc__)
