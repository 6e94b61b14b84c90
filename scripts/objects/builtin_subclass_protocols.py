# Subclasses of dict, list, str, tuple, set, frozenset, int, float and
# exceptions: overridden dunders against builtin methods, __missing__,
# and str() of numbers whose subclass overrides __repr__.
import sys
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except BaseException as e:
        print(type(e).__name__, e)
class D(dict):
    def __missing__(self, k):
        self[k] = v = len(k)
        return v
d = D()
t(lambda: (d["abc"], d, d.get("zz"), d.setdefault("q", 1), d.pop("abc"), d))
class D2(dict):
    def __setitem__(self, k, v):
        print("setitem", k)
        super().__setitem__(k, v * 2)
d2 = D2(a=1)
d2.update(b=2)
d2["c"] = 3
t(lambda: sorted(d2.items()))
t(lambda: D2.fromkeys("xy", 1))
class D3(dict):
    def keys(self): return ["k"]
    def __getitem__(self, k): return "v"
t(lambda: dict(D3(a=1)))
t(lambda: {**D3(a=1)})
t(lambda: dict({}, **D3(a=1)))
class L(list):
    def __len__(self): return 99
    def __iter__(self): return iter("xyz")
l = L([1, 2])
t(lambda: (len(l), list(l), l[:], l + [], sorted(l), [*l], tuple(l), l == [1, 2], str(l)))
class L2(list):
    def __getitem__(self, i): return "item"
l2 = L2([1, 2])
t(lambda: (l2[0], list(l2), l2.pop(), l2.index(1)))
class S(str):
    def __len__(self): return 5
    def __iter__(self): return iter("zz")
    def __eq__(self, o): return True
    __hash__ = str.__hash__
s = S("ab")
t(lambda: (len(s), list(s), s == "x", {s: 1}["ab"], "".join(s), s.upper(), "ab" in {s}, s in ["q"]))
class T(tuple):
    def __getitem__(self, i): return "ti"
tt = T((1, 2))
t(lambda: (tt[0], list(tt), tt + (3,), a := None))
class EI(Exception):
    def __init__(self, *a):
        print("EI init", a)
        super().__init__(*a)
t(lambda: EI(1, 2).args)
class ERepr(Exception):
    def __repr__(self): return "custom repr"
t(lambda: (repr(ERepr(1)), str(ERepr(1))))
class Obj(object):
    pass
t(lambda: (Obj.__base__, Obj.__bases__, Obj.__mro__, object.__bases__, object.__base__, type.__base__))
t(lambda: (type(Obj), type(type), type(object), isinstance(type, object), isinstance(object, type)))
class SetSub(set):
    def __init__(self, it, extra):
        super().__init__(it)
        self.extra = extra
ss = SetSub([1, 2], "x")
t(lambda: (ss, ss.extra, type(ss & {1}).__name__, type(ss.union()).__name__))
class FZ(frozenset):
    def __new__(cls, *a):
        return super().__new__(cls, a)
t(lambda: (FZ(1, 2), type(FZ(1) | FZ(2)).__name__))
class IntSub(int):
    def __new__(cls, v, label):
        o = super().__new__(cls, v)
        o.label = label
        return o
i = IntSub(5, "five")
t(lambda: (i, i.label, i + 1, type(i + 1).__name__, repr(i), hash(i) == hash(5), i.bit_length(), type(i.real).__name__, type(i.numerator).__name__))
class BoolLike(int): pass
t(lambda: (bool(BoolLike(0)), BoolLike(3) == 3, format(BoolLike(3), "x"), f"{BoolLike(255):#x}"))
t(lambda: type("X", (bool,), {}))
class Fl(float):
    def __repr__(self): return "Fl!"
t(lambda: (repr(Fl(1.5)), str(Fl(1.5)), f"{Fl(1.5)}", "%s" % Fl(1.5), "%r" % Fl(1.5), [Fl(1.5)], round(Fl(1.5)), type(round(Fl(1.26), 1)).__name__))
class I(int):
    def __repr__(self): return "I!"
class C(complex):
    def __repr__(self): return "C!"
class B(float):
    def __str__(self): return "Bstr"
for v in (I(3), C(1j), B(2.5)):
    print(str(v), repr(v), f"{v}", format(v, ""), "%s" % (v,), [v], str([v]), print(v) or "")
print(str(True), str(1), str(2.5), str(1j), str(-0.0), str(10**30), str(False), f"{True}", format(True, ""), format(True, "d"))
print(int.__str__(5), float.__str__(2.5), bool.__str__(True), object.__str__(7))
