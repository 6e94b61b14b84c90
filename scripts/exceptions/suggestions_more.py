# More "Did you mean" cases (length and candidate-count limits, modules,
# __getattr__ raising its own AttributeError, scopes), printed by
# sys.excepthook on stderr; and the name/obj an AttributeError gets when
# a lookup fails through __getattr__, a property or __getattribute__.
import sys
def hook(src, ns=None):
    try:
        exec(src, ns if ns is not None else {})
    except (NameError, AttributeError) as e:
        sys.excepthook(type(e), e, None)
long = "a" * 41
hook(f"{long} = 1\n{long[:-1]}b")
hook(f"{'a'*40} = 1\n{'a'*39}b")
ns = {f"v{i}": i for i in range(800)}
hook("v8000", ns)
ns = {f"v{i}": i for i in range(700)}
hook("v8000", ns)
class Many:
    pass
for i in range(800):
    setattr(Many, f"attr{i}", i)
hook("Many.attr8000", {"Many": Many})
hook("import math\nmath.sine")
hook("import math as m\nm.pii")
class GA:
    def __getattr__(self, n):
        raise AttributeError(f"no {n}")
    value = 1
hook("GA().valu", {"GA": GA})
class GA2:
    def __getattr__(self, n):
        raise AttributeError(n)
hook("GA2().__class_", {"GA2": GA2})
hook("x = 5\nx.bitlength()")
hook("(1).imagg")
hook("def f():\n  foo_bar = 1\n  def g():\n    return foo_baz\n  return g()\nf()")
hook("class C:\n  attr_x = 1\n  def m(self):\n    return attr_x\nC().m()")
hook("len_ = 1\nlen_x")
hook("import builtins\nbuiltins.lenn")
hook("___ = 1\n__")
hook("A = 1\na")
hook("abs_ = 1\nABS")
hook("NotImplementedErrorr")
hook("None.__bool")
hook("tru")
hook("nonlocal_x = 1\nnonlocalx")
class GA:
    def __getattr__(self, n):
        raise AttributeError(f"no {n}")
g = GA()
try:
    g.foo
except AttributeError as e:
    print(e.name, e.obj is g)
try:
    getattr(g, "bar")
except AttributeError as e:
    print(e.name, e.obj is g)
class GA2:
    def __getattr__(self, n):
        raise AttributeError("x", name="preset", obj=1)
try:
    GA2().foo
except AttributeError as e:
    print(e.name, e.obj)
class P:
    @property
    def p(self):
        raise AttributeError("inner")
try:
    P().p
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
class Sub(AttributeError): pass
class GA3:
    def __getattr__(self, n):
        raise Sub("s")
try:
    GA3().q
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
try:
    object.__getattribute__(g, "zz")
except AttributeError as e:
    print(e.name, e.obj is g)
try:
    g.__getattribute__("zz")
except AttributeError as e:
    print(e.name, e.obj is g)
import math
try:
    math.zz
except AttributeError as e:
    print(e.name, e.obj is math)
try:
    hasattr(g, "x"), getattr(g, "x", 1)
except AttributeError as e:
    print("no")
def f():
    pass
try:
    f.zz
except AttributeError as e:
    print(e.name, e.obj is f)
