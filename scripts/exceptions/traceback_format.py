# The traceback module's formatting functions print what the interpreter
# prints for an uncaught exception: frames, carets, chains and notes.
import sys
import traceback


def inner(x):
    return 1 / x


def outer(x):
    return inner(x) + 1


def caught(fn, *args):
    try:
        fn(*args)
    except BaseException as e:
        return e


e = caught(outer, 0)
print("--- format_exception(e)")
print("".join(traceback.format_exception(e)), end="")
print("--- format_exception(type, value, tb)")
print("".join(traceback.format_exception(type(e), e, e.__traceback__)), end="")
print("--- limit=1 and limit=-1")
print("".join(traceback.format_exception(e, limit=1)), end="")
print("".join(traceback.format_exception(e, limit=-1)), end="")
print("--- format_exception_only")
print(traceback.format_exception_only(e))
print(traceback.format_exception_only(type(e), e))
print(traceback.format_exception_only(ValueError("v")))
print(traceback.format_exception_only(KeyError("k")))
print(traceback.format_exception_only(Exception()))
print(traceback.format_exception_only(None))
print("--- print_exception to stdout")
traceback.print_exception(e, file=sys.stdout)
traceback.print_exception(type(e), e, e.__traceback__, file=sys.stdout)
print("--- print_exc / format_exc")
try:
    [1, 2][5]
except IndexError:
    traceback.print_exc(file=sys.stdout)
    s = traceback.format_exc()
print(s, end="")
print(repr(traceback.format_exc()))
print("--- format_tb / print_tb")
print(traceback.format_tb(e.__traceback__))
traceback.print_tb(e.__traceback__, file=sys.stdout)
traceback.print_tb(e.__traceback__, limit=1, file=sys.stdout)
print("--- chains")


def chained():
    try:
        {}["missing"]
    except KeyError as k:
        raise ValueError("bad") from k


c = caught(chained)
print("".join(traceback.format_exception(c)), end="")
print("--- chain=False")
print("".join(traceback.format_exception(c, chain=False)), end="")


def contexted():
    try:
        int("x")
    except ValueError:
        raise TypeError("during")


c = caught(contexted)
print("".join(traceback.format_exception(c)), end="")
print("--- notes")
n = ValueError("with notes")
n.add_note("first note")
n.add_note("second\nnote")
print(traceback.format_exception_only(n))
n.__notes__ = "not a list"
print(traceback.format_exception_only(n))
n.__notes__ = [1, "x"]
print(traceback.format_exception_only(n))
print("--- bad str")


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no")


print(traceback.format_exception_only(BadStr()))
print("--- errors")
for args in [(1,), (ValueError, ), (ValueError, ValueError("x"))]:
    try:
        traceback.format_exception(*args)
    except Exception as err:
        print(type(err).__name__, err)
print("--- syntax errors")
try:
    compile("x = (1,\n", "<src>", "exec")
except SyntaxError as s:
    print("".join(traceback.format_exception_only(s)), end="")
try:
    compile("  a b c", "f.py", "exec")
except SyntaxError as s:
    print("".join(traceback.format_exception_only(s)), end="")
se = SyntaxError("message only")
print(traceback.format_exception_only(se))
se = SyntaxError("m", ("file.py", 3, 2, "  xyz\n", 3, 4))
print(traceback.format_exception_only(se))
