# Instances of subclasses of builtin types: builtin methods' results have
# the base type, overridden dunders win; function attributes and
# argument-binding errors.
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)

class L(list):
    pass
l = L([3, 1, 2])
t(lambda: type(l + []).__name__)
t(lambda: type(l * 2).__name__)
t(lambda: type(l[:]).__name__)
t(lambda: type(l.copy()).__name__)
l.sort(); t(lambda: (l, type(l).__name__))
t(lambda: l == [1, 2, 3])
l.x = 5
t(lambda: l.x)
t(lambda: repr(L()))
class D(dict):
    def __missing__(self, k):
        return k * 2
d = D(a=1)
t(lambda: d["zz"])
t(lambda: d.get("zz"))
t(lambda: "zz" in d)
t(lambda: type(d.copy()).__name__)
t(lambda: type(d | {}).__name__)
t(lambda: D.fromkeys("ab").__class__.__name__)
class D2(dict):
    def __getitem__(self, k):
        return 99
d2 = D2(a=1)
t(lambda: (d2["a"], d2.get("a"), dict(d2), list(d2.values())))
t(lambda: "{a}".format_map(d2))
class S(str):
    def __str__(self):
        return "S-str"
s = S("abc")
t(lambda: (type(s.upper()).__name__, type(s + "x").__name__, type(s[0:1]).__name__, str(s), s + "", "%s" % s, f"{s}", format(s)))
t(lambda: type(str(s)).__name__)
class I(int):
    def __add__(self, o):
        return "added"
i = I(5)
t(lambda: (i + 1, 1 + i, i * 2, type(i * 2).__name__, type(-i).__name__, type(abs(i)).__name__, int(i), type(int(i)).__name__))
t(lambda: (repr(I(3)), str(I(3)), f"{I(3):04d}", I("12"), I("ff", 16)))
class F(float):
    pass
t(lambda: (F(1.5), type(F(1.5) + 1).__name__, F("2.5"), F.fromhex("0x1p1"), type(F.fromhex("0x1p1")).__name__))
class T(tuple):
    def __new__(cls, *args):
        return super().__new__(cls, args)
tt = T(1, 2)
t(lambda: (tt, type(tt[:]).__name__, type(tt + ()).__name__, len(tt), tt.count(1)))
class St(set): pass
ss = St([1, 2])
t(lambda: (type(ss | {3}).__name__, type(ss.copy()).__name__, type(ss - set()).__name__, repr(ss)))
class FS(frozenset): pass
fs = FS([1])
t(lambda: (type(fs | {3}).__name__, type(fs.copy()).__name__, repr(fs), hash(fs) == hash(frozenset([1]))))
class By(bytes): pass
b = By(b"ab")
t(lambda: (b, type(b + b"").__name__, type(b[:1]).__name__, type(b.upper()).__name__, bytes(b), repr(b)))
class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
e = E(1, 2)
t(lambda: (e.args, e.b, str(e), repr(e)))
class E2(Exception):
    def __str__(self):
        return "custom"
t(lambda: (str(E2(1)), repr(E2(1)), E2(1, 2).args))
class E3(Exception):
    def __init__(self):
        pass
t(lambda: (E3().args, str(E3()), repr(E3())))
class E4(ValueError):
    def __new__(cls, *a):
        inst = super().__new__(cls, "fixed")
        return inst
t(lambda: (E4(1).args,))
class O:
    pass
t(lambda: (O.__dict__["__module__"], O.__qualname__, O.__doc__, sorted(k for k in O.__dict__)))
def fn(a, b=1, *c, d, e=2, **f):
    "doc"
t(lambda: (fn.__name__, fn.__qualname__, fn.__defaults__, fn.__kwdefaults__, fn.__doc__, fn.__code__.co_varnames, fn.__annotations__, fn.__module__))
def ann(x: int, y: "str" = 1) -> list: pass
t(lambda: ann.__annotations__)
class Ann:
    a: int
    b: str = "x"
t(lambda: (Ann.__annotations__, Ann.__dict__.get("a", "no")))
t(lambda: fn())
t(lambda: fn(1))
t(lambda: fn(1, d=1, g=2, a=3))
t(lambda: fn(1, 2, 3, d=4, b=5))
def pos(a, /, b): pass
t(lambda: pos(a=1, b=2))
t(lambda: pos(1, 2, 3))
class M:
    def meth(self, x): pass
    @classmethod
    def cm(cls, x): pass
    @staticmethod
    def sm(x): pass
t(lambda: M().meth())
t(lambda: M().meth(1, 2))
t(lambda: M.meth(1))
t(lambda: M.cm())
t(lambda: M().sm(1, 2))
t(lambda: M().meth(1, x=2))
def kwo(*, a): pass
t(lambda: kwo(1))
t(lambda: kwo())
def two(a, b, c): pass
t(lambda: two(1))
t(lambda: two())
def noargs(): pass
t(lambda: noargs(1))
t(lambda: noargs(x=1))
t(lambda: (lambda x: x)())
