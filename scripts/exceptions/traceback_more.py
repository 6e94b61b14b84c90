# traceback: the default frames of the stack functions, argument checks
# of the exception functions, messages whose str() fails, equality of
# captured exceptions, clear_frames and print_last.
import io
import sys
import traceback


def inner():
    names = [f.f_code.co_name for f, _ in traceback.walk_stack(None)][:3]
    stack = traceback.extract_stack()
    text = traceback.format_stack()
    out = io.StringIO()
    traceback.print_stack(file=out)
    return names, [e.name for e in stack][-3:], len(text) == len(stack), out.getvalue().count("File")


def outer():
    return inner()


print(outer())
print([e.name for e in traceback.extract_stack(sys._getframe(), limit=1)])


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no")


for args in [(ValueError("x"), None), (ValueError, ValueError("v"), None), (None,), (BadStr(),),
             ("notexc",), (ValueError, ValueError("v"))]:
    try:
        print(traceback.format_exception(*args))
    except Exception as e:
        print(type(e).__name__, e)
print(traceback.format_exception_only(BadStr()))
print(traceback.format_exception_only(ValueError, KeyError("k")))
print(traceback.format_exception_only(None))


def fail():
    x = [1, 2]
    raise KeyError(x)


try:
    fail()
except KeyError as e:
    a = traceback.TracebackException.from_exception(e)
    b = traceback.TracebackException.from_exception(e)
    c = traceback.TracebackException.from_exception(e, limit=1)
    print(a == b, a == c, a == 5, str(a), a.exc_type.__name__, [f.name for f in a.stack])
    frame = a.stack[-1]
    print(frame.line, repr(frame._original_line), len(frame), list(frame)[1:3], frame == tuple(frame))
    tb = e.__traceback__
    traceback.clear_frames(tb)
    print(tb.tb_next.tb_frame.f_locals)
    print([ln for ln, in [(f.lineno,) for f in traceback.extract_tb(tb)]],
          [line for _, line in traceback.walk_tb(tb)])
if hasattr(sys, "last_type"):
    del sys.last_type
try:
    traceback.print_last()
except ValueError as e:
    print("print_last:", e)
try:
    raise ValueError("last one")
except ValueError as e:
    sys.last_type, sys.last_value, sys.last_traceback = type(e), e, None
out = io.StringIO()
traceback.print_last(file=out)
print(out.getvalue(), end="")
s = traceback.StackSummary.from_list([("f.py", 3, "fn", "x = 1"), traceback.FrameSummary("g.py", 4, "gn", line="y")])
print(s.format(), repr(s[0]))
traceback.TracebackException(ValueError, ValueError("z"), None).print(file=sys.stdout)
