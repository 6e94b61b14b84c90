# Exception groups print in nested boxes, through the traceback module as
# through the interpreter: numbering, width and depth limits, notes,
# chained members.
import sys
import traceback


def raiser(exc):
    raise exc


def grab(fn, *a):
    try:
        fn(*a)
    except BaseException as e:
        return e


def show(e, **kw):
    traceback.print_exception(e, file=sys.stdout, **kw)
    print("=" * 20)


leaf1 = grab(raiser, ValueError("one"))
leaf2 = grab(raiser, TypeError("two"))
show(ExceptionGroup("plain", [ValueError(1), TypeError(2)]))
g = grab(raiser, ExceptionGroup("raised", [leaf1, leaf2]))
show(g)
inner = ExceptionGroup("inner", [KeyError("k"), grab(raiser, OSError(2, "nope"))])
outer = grab(raiser, BaseExceptionGroup("outer", [inner, KeyboardInterrupt(), leaf1]))
show(outer)
print("--- notes")
n = ExceptionGroup("noted", [ValueError("a")])
n.add_note("group note")
n.exceptions[0].add_note("leaf note")
show(n)
print("--- chained member")
def chain():
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("member") from z
m = grab(chain)
show(ExceptionGroup("with chain", [m]))
print("--- group as a cause")
def gcause():
    try:
        raise ExceptionGroup("cause group", [ValueError("c")])
    except ExceptionGroup as eg:
        raise RuntimeError("after") from eg
show(grab(gcause))
print("--- width")
show(ExceptionGroup("wide", [ValueError(i) for i in range(20)]))
te = traceback.TracebackException.from_exception(
    ExceptionGroup("narrow", [ValueError(i) for i in range(5)]), max_group_width=2)
print("".join(te.format()))
print("--- depth")
deep = ValueError("bottom")
for i in range(12):
    deep = ExceptionGroup(f"level {i}", [deep])
show(deep)
te = traceback.TracebackException.from_exception(deep, max_group_depth=2)
print("".join(te.format()))
print("--- format_exception_only and chain=False")
print(traceback.format_exception_only(g))
show(grab(gcause), chain=False)
print("--- except* that re-raises")
def star():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise
    except* TypeError as t:
        raise RuntimeError("new") from None
show(grab(star))
