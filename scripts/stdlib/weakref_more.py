# weakref: what weakref_ref.py and weakref_containers.py leave out:
# proxy operators and errors, KeyedRef, WeakMethod equality and death,
# the weak dictionaries' update/iteration/copy details and errors, and
# finalize at exit (newest first, exceptions reported, atexit=False).
import copy
import gc
import re
import sys
import weakref


def clean(s):
    return re.sub(r"0x[0-9a-f]+", "ADDR", s)


def show(label, f):
    try:
        print(label, clean(repr(f())))
    except Exception as e:
        print(label, type(e).__name__, clean(str(e)))


class Box:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "Box(%r)" % (self.v,)

    def __index__(self):
        return self.v

    def __int__(self):
        return self.v + 1

    def __float__(self):
        return self.v / 2

    def __abs__(self):
        return "abs"

    def __neg__(self):
        return "neg"

    def __pos__(self):
        return "pos"

    def __invert__(self):
        return "inv"

    def __bytes__(self):
        return b"bytes!"

    def __lt__(self, o):
        return ("lt", o)

    def __le__(self, o):
        return ("le", o)

    def __gt__(self, o):
        return ("gt", o)

    def __ge__(self, o):
        return ("ge", o)

    def __eq__(self, o):
        return ("eq", o)

    def __ne__(self, o):
        return ("ne", o)

    __hash__ = object.__hash__

    def __call__(self, *a, **k):
        return ("called", a, k)

    def __getitem__(self, k):
        return ("item", k)

    def __setitem__(self, k, v):
        print("setitem", k, v)

    def __delitem__(self, k):
        print("delitem", k)

    def __len__(self):
        return 3

    def __iter__(self):
        return iter("abc")

    def __reversed__(self):
        return iter("cba")

    def __contains__(self, x):
        return x == "in"

    def __bool__(self):
        return False

    def __mod__(self, o):
        return ("mod", o)

    def __rmod__(self, o):
        return ("rmod", o)

    def __matmul__(self, o):
        return ("matmul", o)

    def __pow__(self, o, m=None):
        return ("pow", o)

    def __rpow__(self, o):
        return ("rpow", o)

    def __divmod__(self, o):
        return ("divmod", o)

    def __rdivmod__(self, o):
        return ("rdivmod", o)

    def __lshift__(self, o):
        return ("lshift", o)

    def __rxor__(self, o):
        return ("rxor", o)

    def __iand__(self, o):
        return ("iand", o)


b = Box(4)
p = weakref.proxy(b)
print(type(p).__name__, type(p) is weakref.CallableProxyType, isinstance(p, Box), p.__class__.__name__)
show("reversed", lambda: reversed(p))
print(p(1, k=2), p["k"], len(p), list(p), "in" in p, "out" in p, bool(p), not p)
print(operator_index := __import__("operator").index(p), int(p), float(p), abs(p), -p, +p, ~p, bytes(p))
print(p < 1, p <= 1, p > 1, p >= 1, p == 1, p != 1, p == p, 1 < p)
print(p % 2, 2 % p, p @ 3, p ** 2, 2 ** p, divmod(p, 2), divmod(2, p), p << 1, 3 ^ p, [1, 2, 3, 4, 5][p])
q = p
q &= 5
print(q)
p["a"] = 1
del p["a"]
p.extra = 9
print(b.extra, p.extra, hasattr(p, "missing"))
del p.extra
print(hasattr(b, "extra"))
show("attr", lambda: p.nothing)
show("hash", lambda: hash(p))
print(weakref.ProxyType.__name__, weakref.CallableProxyType.__name__, weakref.ProxyType.__module__,
      weakref.ProxyTypes == (weakref.ProxyType, weakref.CallableProxyType))
show("proxy()", lambda: weakref.proxy())
show("proxy list", lambda: weakref.proxy([]))
show("proxy 3 args", lambda: weakref.proxy(b, None, 1))
pb = weakref.proxy(b, None)
print(pb.v)
cb_seen = []
doomed = Box(1)
dead_p = weakref.proxy(doomed, lambda pr: cb_seen.append(pr is dead_p))
del doomed
gc.collect()
print(cb_seen)
for label, f in [("getattr", lambda: dead_p.v), ("call", lambda: dead_p()), ("len", lambda: len(dead_p)),
                 ("bool", lambda: bool(dead_p)), ("eq", lambda: dead_p == 1), ("add", lambda: dead_p + 1),
                 ("iter", lambda: iter(dead_p)), ("item", lambda: dead_p[0]), ("setattr", lambda: setattr(dead_p, "x", 1))]:
    show("dead " + label, f)

# KeyedRef.
kr = weakref.KeyedRef(b, None, "thekey")
print(kr.key, kr() is b, isinstance(kr, weakref.ref), clean(repr(kr)).startswith("<weakref at ADDR; to 'Box' at ADDR"))
show("KeyedRef", lambda: weakref.KeyedRef(b, None))
show("KeyedRef", lambda: weakref.KeyedRef(1, None, "k"))
hits = []
kb = Box(2)
kr2 = weakref.KeyedRef(kb, lambda r: hits.append(r.key), "gone")
del kb
gc.collect()
print(hits, kr2.key)

# WeakMethod.
class C:
    def m(self):
        return "m of %s" % id(self)

    def n(self):
        return "n"


c1, c2 = C(), C()
wm1, wm1b, wm2, wn = weakref.WeakMethod(c1.m), weakref.WeakMethod(c1.m), weakref.WeakMethod(c2.m), weakref.WeakMethod(c1.n)
print(wm1 == wm1b, wm1 != wm1b, wm1 == wm2, wm1 == wn, hash(wm1) == hash(wm1b), wm1 == weakref.ref(c1), wm1 != 1)
print(wm1().__func__ is C.m, wm1().__self__ is c1, type(wm1()).__name__, type(wm1).__name__)
notes = []
wm3 = weakref.WeakMethod(c2.m, lambda r: notes.append(r is wm3))
del c2
gc.collect()
print(wm2(), wm3(), notes, wm2 == wm3, wm2 != wm3, wm2 == wm2, wm2 != wm2)
c3 = C()
wm_dead = weakref.WeakMethod(c3.m)
del c3
gc.collect()
show("hash dead", lambda: hash(wm_dead))
show("builtin method", lambda: weakref.WeakMethod([].append))
show("unbound", lambda: weakref.WeakMethod(C.m))

# WeakValueDictionary details.
v1, v2 = Box("v1"), Box("v2")
d = weakref.WeakValueDictionary()
d.update({"a": v1}, b=v2)
d.update([("c", v1)])
d.update(other=v2)
print(sorted(d), sorted(d.keys()), d["other"])
show("update 2", lambda: d.update({}, {}))
show("update bad", lambda: d.update(5))
show("update unweakable", lambda: d.update(x=1))
show("init other kw", lambda: sorted(weakref.WeakValueDictionary(other=v1)))
del d["a"]
show("del missing", lambda: d.__delitem__("a"))
it = iter(d)
print(next(it) in d, type(d.items()).__name__ != "dict_items", type(d.keys()).__name__)
print(sorted(k for k, v in d.items()), sorted(map(repr, d.values())), len(list(d.itervaluerefs())))
print(d == d, d != {}, "zz" in d, d.get("zz"), d.get("c").v)
show("popitem empty", lambda: weakref.WeakValueDictionary().popitem())
show("pop args", lambda: d.pop("x", 1, 2))
show("or", lambda: d | 5)
show("ror", lambda: 5 | d)
print(type(copy.copy(d)).__name__, sorted(copy.deepcopy({"k": d})["k"]))


class SubWVD(weakref.WeakValueDictionary):
    pass


sd = SubWVD(a=v1)
print(type(sd.copy()).__name__, type(sd | {}).__name__, type({} | sd).__name__, type(copy.deepcopy(sd)).__name__,
      clean(repr(sd)))
d.clear()
d["tmp"] = Box("tmp")
gc.collect()
print(len(d), list(d.items()), d.setdefault("tmp", v1) is v1)

# WeakKeyDictionary details.
k1, k2 = Box("k1"), Box("k2")
kd = weakref.WeakKeyDictionary()
kd.update({k1: 1}, )
show("kw", lambda: kd.update(name=1))
show("getitem unweakable", lambda: kd[1])
show("get unweakable", lambda: kd.get(1))
show("del unweakable", lambda: kd.__delitem__(1))
show("del missing", lambda: kd.__delitem__(k2))
show("pop unweakable", lambda: kd.pop(1))
show("pop missing", lambda: kd.pop(k2))
print(kd.pop(k2, "dflt"), 1 in kd, [] in kd, kd.setdefault(k2) is None, len(kd))
print(sorted(map(repr, kd)), sorted(map(repr, kd.keys())), sorted(map(repr, (k for k, v in kd.items()))))
print([type(r).__name__ for r in kd.keyrefs()], clean(repr(kd)))
show("popitem empty", lambda: weakref.WeakKeyDictionary().popitem())
show("or", lambda: kd | 5)
kd2 = weakref.WeakKeyDictionary([(k1, "list")])
print(kd2[k1], type(kd2.copy()).__name__, sorted(map(repr, ({k2: 0} | kd2).values())))
kd3 = weakref.WeakKeyDictionary()
kd3[Box("short")] = 1
gc.collect()
print(len(kd3), list(kd3))

# finalize: class attributes, errors, and what runs at exit.
show("finalize no func", lambda: weakref.finalize(b))
show("finalize kw func", lambda: weakref.finalize(b, func=print))
fx = weakref.finalize(b, print, "never shown")
print(fx.detach()[3], fx.detach(), fx.peek(), fx.alive, fx.atexit, fx(), clean(repr(fx)))
f_ok = weakref.finalize(Box, print, "at exit: first registered")
f_no = weakref.finalize(C, print, "at exit: never (atexit=False)")
f_no.atexit = False


def failing():
    raise RuntimeError("finalizer failed at exit")


f_bad = weakref.finalize(Box, failing)
f_last = weakref.finalize(C, print, "at exit: last registered", end="!\n")
print(f_last.peek()[3], f_ok.atexit, f_no.atexit)
print(weakref.finalize.__call__.__doc__ is not None, isinstance(weakref.finalize._registry, dict))
print("end of program")
