# "Did you mean" hints of NameError and AttributeError, as 3.11 computes
# them: Levenshtein distance with case changes cheaper, bounded by length,
# locals then globals then builtins, attributes from dir(). Only the
# interpreter's own printer (sys.excepthook) adds them in 3.11, so the
# cases print to stderr; the traceback module's lines go to stdout.
import sys
import traceback


def last(e):
    return traceback.format_exception_only(e)[-1].rstrip("\n")


def run(src, ns=None):
    try:
        exec(src, ns if ns is not None else {})
    except (NameError, AttributeError) as e:
        print(repr(src), "->", last(e))
        print(repr(src), file=sys.stderr)
        sys.excepthook(type(e), e, None)


run("prnt(1)")
run("Print(1)")
run("lenn([])")
run("x = 1\nxx")
run("abcdefgh = 1\nabcdefhg")
run("abc = 1\nxyz")
run("a = 1\nb")
run("some_long_name = 1\nsome_lnog_nmae")
run("def f():\n    local_value = 1\n    return local_valeu\nf()")
run("def f():\n    return glob_var\nglob_vr = 1\nf()")
run("ZeroDivisonError")
run("Exeption")
run("[].apend(1)")
run("''.uper()")
run("(1).real_")
run("import sys\nsys.exti")
run("class A:\n    def __init__(self):\n        self.value = 1\nA().valeu")
run("class A:\n    spam = 1\nA.spma")
run("class A:\n    __slots__ = ('alpha',)\nA().alhpa")
run("class A:\n    def __getattr__(self, n):\n        raise AttributeError(n)\nA().foo")
run("None.foo")
run("object().__clas__")
run("x_" + "a" * 30 + " = 1\nx_" + "a" * 29 + "b")
run("aa = 1\nbb")
run("self = 1\ndef f():\n    return selfff\nf()")
for name in ["nme", "nam", "NAME", "n", "obj", "ob", "objx"]:
    try:
        raise NameError("custom", name=name) if False else NameError("custom")
    except NameError as e:
        pass
e = NameError("name 'foo' is not defined")
e.name = "fo"
print(last(e))
a = AttributeError("custom")
print(a.name, a.obj, last(a))
a = AttributeError("custom", name="uppr", obj="")
print(a.name, repr(a.obj), last(a))
sys.excepthook(AttributeError, a, None)
e.name = "ZeroDivisonError"
sys.excepthook(NameError, e, None)
try:
    NameError("x", nam="y")
except TypeError as t:
    print(type(t).__name__, t)
try:
    AttributeError("x", nam="y")
except TypeError as t:
    print(type(t).__name__, t)
