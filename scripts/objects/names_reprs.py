# __name__, __qualname__, __module__, __doc__, __annotations__ and
# __defaults__ of classes and functions, reprs of functions, methods,
# builtins and classes, and argument-binding errors naming qualnames.
import sys
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except BaseException as e:
        print(type(e).__name__, e)

class K:
    """Kdoc"""
    def meth(self): pass
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass
    class Inner:
        def deep(self): pass
def outer():
    def inner(): pass
    return inner
t(lambda: (K.meth.__qualname__, K.Inner.deep.__qualname__, outer().__qualname__, K.Inner.__qualname__))
t(lambda: (K.__module__, K.meth.__module__, K.__doc__, K.Inner.__doc__))
t(lambda: (K.cm.__qualname__, K.sm.__name__, K().cm.__self__ is K, K.__dict__["sm"].__func__.__name__))
t(lambda: repr(K.__dict__["cm"]).split(" at ")[0])
t(lambda: repr(K.__dict__["sm"]).split(" at ")[0])
t(lambda: repr(K().meth).split(" at ")[0][:40])
t(lambda: repr(K.meth).split(" at ")[0])
t(lambda: repr(K.cm).split(" of ")[0])
t(lambda: repr(sys))
t(lambda: repr(len))
t(lambda: repr([].append).split(" at ")[0])
t(lambda: repr(int.__add__))
t(lambda: repr((1).__add__).split(" at ")[0])
t(lambda: repr(object.__init__))
t(lambda: repr(str.join))
t(lambda: repr(dict.fromkeys).split(" at ")[0])
t(lambda: repr(K))
t(lambda: repr(K.Inner))
t(lambda: repr(type))
t(lambda: repr(lambda: 1).split(" at ")[0])
t(lambda: repr(outer()).split(" at ")[0])
t(lambda: K.__name__ == "K" and K.__bases__)
K.__name__ = "Renamed"
t(lambda: (repr(K), K.__qualname__))
t(lambda: setattr(K, "__name__", 5))
t(lambda: setattr(K, "__qualname__", 5))
t(lambda: setattr(int, "__name__", "x"))
t(lambda: setattr(K, "__module__", "mod") or repr(K))
def annotated(a: int, *args: str, b: "x" = 2, **kw: float) -> None: pass
t(lambda: annotated.__annotations__)
t(lambda: (annotated.__defaults__, annotated.__kwdefaults__))
annotated.__defaults__ = (5,)
t(lambda: annotated.__defaults__)
t(lambda: setattr(annotated, "__defaults__", 5))
t(lambda: setattr(annotated, "__name__", 5))
t(lambda: setattr(annotated, "__annotations__", 5))
t(lambda: outer.__dict__)
outer.attr = 1
t(lambda: (outer.__dict__, outer.attr))
t(lambda: outer.missing)
t(lambda: K().meth.missing)
t(lambda: K().meth.__func__.__name__)
t(lambda: setattr(K().meth, "x", 1))
t(lambda: (outer.__code__.co_name, outer.__globals__ is globals(), outer.__closure__, outer.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else "skip"))
t(lambda: K().meth == K().meth)
k = K()
t(lambda: (k.meth == k.meth, k.meth is k.meth, hash(k.meth) == hash(k.meth)))
def kwonly(a, *, b, c=3): pass
t(lambda: kwonly(1, 2))
t(lambda: kwonly(1, 2, 3))
t(lambda: kwonly(b=1))
def many(a, b, /, c, *, d): pass
t(lambda: many(1, 2, 3, 4))
t(lambda: many(1, b=2, c=3, d=4))
t(lambda: many(1, 2, c=3))
def defs(a, b=2, c=3): pass
t(lambda: defs())
t(lambda: defs(1, 2, 3, 4))
t(lambda: defs(1, a=1))
t(lambda: defs(1, **{"b": 1}, b=2))
t(lambda: defs(*1))
t(lambda: defs(**1))
t(lambda: defs(**{1: 2}))
class MM:
    def m(self, a, b=1): pass
t(lambda: MM().m())
t(lambda: MM().m(1, 2, 3))
t(lambda: MM().m(1, c=2))
t(lambda: MM.m())
t(lambda: MM.__init__(1))
t(lambda: MM(1))
t(lambda: MM(a=1))
class WithInit:
    def __init__(self, a): pass
t(lambda: WithInit())
t(lambda: WithInit(1, 2))
class WithNew:
    def __new__(cls, a): return super().__new__(cls)
t(lambda: WithNew())
