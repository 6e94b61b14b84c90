# weakref.ref and proxy: liveness, sharing, callbacks, hashing, equality,
# reprs, the types that cannot be weakly referenced; gc.collect() makes
# the collection happen at a known point.
import gc
import re
import weakref


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def clean(s):
    return re.sub(r"0x[0-9a-f]+", "ADDR", s)


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Obj(%s)" % self.name

    def method(self):
        return "method of " + self.name


a = Obj("a")
r = weakref.ref(a)
print(r() is a, weakref.ref(a) is r, type(r), weakref.ref, weakref.ReferenceType is weakref.ref)
print(clean(repr(r)), r.__callback__, weakref.getweakrefcount(a), weakref.getweakrefs(a) == [r])

events = []


def callback(wr):
    events.append(("callback", wr is r2, wr()))


r2 = weakref.ref(a, callback)
print(r2 is not r, r2 == r, hash(r2) == hash(a), hash(r) == hash(a), r2.__callback__ is callback,
      weakref.getweakrefcount(a), weakref.getweakrefs(a) == [r, r2])
many = [weakref.ref(a, lambda w: None) for i in range(3)]
print([many.index(x) if x in many else x is r and "basic" for x in weakref.getweakrefs(a)])
del many
del a
gc.collect()
print(events, r(), r2(), clean(repr(r)), r2.__callback__)
print(r == r, r == r2, r != r2, hash(r) == hash(r))
w_gone = weakref.ref(Obj("gone"))
gc.collect()
show("hash dead", lambda: hash(w_gone))

# Equality follows the objects while both live.
class Eq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Eq) and self.v == other.v

    def __hash__(self):
        return hash(self.v)


e1, e2, e3 = Eq(1), Eq(1), Eq(2)
print(weakref.ref(e1) == weakref.ref(e2), weakref.ref(e1) == weakref.ref(e3),
      weakref.ref(e1) != weakref.ref(e2), weakref.ref(e1) == e1, hash(weakref.ref(e1)) == hash(1))
show("order", lambda: weakref.ref(e1) < weakref.ref(e2))

# What can and cannot be weakly referenced.
def func():
    pass


class Slotted:
    __slots__ = ("x",)


class SlottedWeak:
    __slots__ = ("x", "__weakref__")


for o in (func, Obj, {1}, frozenset(), Obj("x").method, len, weakref, SlottedWeak(), (i for i in ())):
    print(type(o).__name__, weakref.ref(o)() is o)
for o in (1, "s", (1,), [1], {1: 2}, None, 1.5, b"b", Slotted()):
    show("ref", lambda: weakref.ref(o))
show("ref", lambda: weakref.ref())
show("ref", lambda: weakref.ref(func, None, 1))
show("ref", lambda: weakref.ref(func, callback=None))
print(weakref.ref(func, None) is weakref.ref(func), weakref.ref[int])

# Callbacks run newest first; an exception in one is reported and ignored.
b = Obj("b")
order = []
refs = [weakref.ref(b, lambda wr, i=i: order.append(i)) for i in range(3)]


class Bad:
    def __call__(self, wr):
        raise ValueError("from a callback")

    def __repr__(self):
        return "<a failing callback>"


bad = Bad()
bad_ref = weakref.ref(b, bad)
del b
gc.collect()
print(order)
print("after the failing callback")

# A reference that dies before its object calls nothing.
c = Obj("c")
lost = weakref.ref(c, lambda wr: print("never"))
del lost
gc.collect()
del c
gc.collect()
print("no callback for a dead reference")

# Subclasses of ref.
class Named(weakref.ref):
    __slots__ = ("label",)

    def __init__(self, ob, callback=None, label=""):
        super().__init__(ob, callback)
        self.label = label

    def __new__(cls, ob, callback=None, label=""):
        return super().__new__(cls, ob, callback)


d = Obj("d")
n = Named(d, None, "tag")
print(type(n).__name__, n() is d, n.label, isinstance(n, weakref.ref), n is not weakref.ref(d),
      clean(repr(n)))

# Proxies.
p = weakref.proxy(d)
print(p.name, p.method(), clean(repr(p)), str(p), type(p), isinstance(p, Obj), p.__class__)
p.name = "renamed"
print(d.name, weakref.getweakrefcount(d))
show("hash proxy", lambda: hash(p))
lst = [1, 2, 3]


class L(list):
    pass


lp_target = L([3, 1, 2])
lp = weakref.proxy(lp_target)
print(len(lp), lp[0], 2 in lp, list(lp), sorted(lp), lp + [9], [0] + lp, lp == [3, 1, 2], bool(lp))
lp[0] = 7
lp += [4]
print(lp_target, type(lp).__name__)


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Num(self.v + (other.v if isinstance(other, Num) else other))

    __radd__ = __add__

    def __repr__(self):
        return "Num(%d)" % self.v


nt = Num(5)
np_ = weakref.proxy(nt)
print(np_ + 1, 1 + np_, np_ + np_)
fp = weakref.proxy(func)
print(type(fp).__name__, fp() is None, weakref.ProxyTypes)
proxy_events = []
tmp = Obj("tmp")
tp = weakref.proxy(tmp, lambda pr: proxy_events.append(type(pr).__name__))
del tmp
gc.collect()
print(proxy_events, clean(repr(tp)))
show("dead proxy", lambda: tp.name)
show("dead proxy", lambda: str(tp))
show("proxy of int", lambda: weakref.proxy(1))

# WeakMethod.
class Greeter:
    def hello(self):
        return "hello"


g = Greeter()
wm = weakref.WeakMethod(g.hello)
print(wm()(), wm() == g.hello, wm == weakref.WeakMethod(g.hello), isinstance(wm, weakref.ref))
show("WeakMethod", lambda: weakref.WeakMethod(func))
died = []
wm2 = weakref.WeakMethod(g.hello, lambda r: died.append("dead"))
del g
gc.collect()
print(wm(), wm2(), died)

# gc.
print(gc.isenabled(), gc.get_threshold())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), type(gc.collect()).__name__, type(gc.collect(0)).__name__)
show("collect", lambda: gc.collect(3))

# Argument errors.
import _weakref
target = Obj("args")
for f in [lambda: weakref.ref.__new__(int, target), lambda: weakref.ref.__new__(5, target),
          lambda: weakref.ref(target)(1), lambda: weakref.ref(target)(a=1),
          lambda: weakref.ref(target, a=1), lambda: weakref.ref.__new__(weakref.ref),
          lambda: weakref.ref.__init__(weakref.ref(target)),
          lambda: weakref.ref.__init__(weakref.ref(target), 1, 2, 3),
          lambda: weakref.ref(weakref.ref(target)), lambda: weakref.ref(target, 5)() is target,
          lambda: _weakref.getweakrefcount(), lambda: _weakref.getweakrefs(1),
          lambda: _weakref._remove_dead_weakref([], 1), lambda: weakref.ref.__eq__(weakref.ref(target), 1),
          lambda: gc.collect("x"), lambda: gc.collect(1, 2), lambda: gc.collect(generation=1) >= 0,
          lambda: gc.enable(1), lambda: gc.isenabled(x=1), lambda: gc.set_threshold(),
          lambda: gc.set_threshold(1, 2, 3, 4), lambda: gc.set_threshold(a=1), lambda: gc.set_threshold("a"),
          lambda: gc.get_threshold(1), lambda: weakref.WeakMethod(target), lambda: weakref.KeyedRef(target)]:
    show("args", f)
