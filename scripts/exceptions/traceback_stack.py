# The traceback module's data: FrameSummary, StackSummary, extract_tb,
# extract_stack, walk_tb, walk_stack and TracebackException.
import sys
import traceback
import linecache


def fail(n):
    if n == 0:
        raise LookupError("deep")
    fail(n - 1)


try:
    fail(2)
except LookupError as e:
    err = e

tb = err.__traceback__
print("--- walk_tb")
for frame, lineno in traceback.walk_tb(tb):
    print(frame.f_code.co_name, lineno)
print("--- extract_tb")
s = traceback.extract_tb(tb)
print(type(s).__name__, len(s))
for fs in s:
    print(fs.name, fs.lineno, repr(fs.line), fs.filename.endswith("traceback_stack.py"))
    print(repr(fs).replace(fs.filename, "F"))
    print(len(fs), fs[1], fs[2], fs[3], list(fs)[1:])
print(s[0] == s[0], s[0] == s[1], s[0] == tuple(s[0]), s[0] == 3)
print(traceback.extract_tb(tb, limit=2)[-1].name)
print(traceback.extract_tb(tb, limit=-1)[0].name)
print(s.format())
print(traceback.format_list(s[-2:]))
traceback.print_list(s[:1], file=sys.stdout)
print("--- FrameSummary")
f = traceback.FrameSummary("nofile.py", 3, "func", line="  x = 1  ")
print(f.filename, f.lineno, f.name, repr(f.line), f.locals)
print(traceback.FrameSummary("nofile.py", 3, "func").line)
print(traceback.FrameSummary("nofile.py", 3, "func", lookup_line=False, locals={"a": [1]}).locals)
print(traceback.FrameSummary(__file__, 3, "here").line)
print(traceback.format_list([("a.py", 1, "f", "pass"), ("b.py", 2, "g", None)]))
print(traceback.StackSummary.from_list([("a.py", 1, "f", "x + 1")]).format())
print("--- extract_stack / format_stack")


def where():
    st = traceback.extract_stack()
    print([(x.name, x.lineno) for x in st])
    print(traceback.extract_stack(limit=1)[0].name)
    print(traceback.format_stack()[-1], end="")
    traceback.print_stack(file=sys.stdout)
    frames = [fr.f_code.co_name for fr, _ in traceback.walk_stack(None)]
    print(frames)
    cur = sys._getframe()
    print([fr.f_code.co_name for fr, _ in traceback.walk_stack(cur)])


def caller():
    where()


caller()
print("--- recursion folding")


def rec(n):
    if n == 0:
        raise RecursionError("stop")
    rec(n - 1)


try:
    rec(30)
except RecursionError as r:
    print("".join(traceback.format_tb(r.__traceback__)), end="")
print("--- TracebackException")
te = traceback.TracebackException.from_exception(err)
print(te.exc_type.__name__, str(te), len(te.stack), te.__cause__, te.__context__)
print(te.__suppress_context__, te.exceptions if hasattr(te, "exceptions") else "-")
print("".join(te.format_exception_only()), end="")
print("".join(te.format()), end="")
te.print(file=sys.stdout)
te2 = traceback.TracebackException(type(err), err, None)
print(list(te2.format()))
print(te == traceback.TracebackException.from_exception(err))
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise KeyError("k") from OSError(2, "cause")
except KeyError as k:
    kexc = k
    kte = traceback.TracebackException.from_exception(k)
print(kte.__cause__.exc_type.__name__, kte.__context__.exc_type.__name__)
print(kte.__suppress_context__)
compact = traceback.TracebackException.from_exception(kexc, compact=True)
print(compact.__cause__.exc_type.__name__, compact.__context__)
print(len(list(kte.format(chain=False))), len(list(kte.format())))
st = traceback.TracebackException.from_exception(err, limit=1).stack
print(len(st), st[0].name)
cap = traceback.TracebackException.from_exception(err, capture_locals=True)
print([sorted(f.locals.items()) for f in cap.stack][1:])
print("--- subclass of StackSummary")


class Quiet(traceback.StackSummary):
    def format_frame_summary(self, fs):
        if fs.name == "fail":
            return None
        return "[" + fs.name + "]\n"


print(Quiet.from_list(s).format())
print(Quiet(s).format())
print("--- linecache")
print(repr(linecache.getline(__file__, 1)))
print(repr(linecache.getline(__file__, 100000)))
print(repr(linecache.getline("no/such/file.py", 1)))
print(linecache.getlines(__file__)[1])
print(__file__ in linecache.cache)
linecache.checkcache(__file__)
print(__file__ in linecache.cache)
linecache.checkcache()
print(__file__ in linecache.cache)
entry = linecache.cache[__file__]
print(len(entry), entry[0] > 0, type(entry[1]).__name__, entry[2] is linecache.getlines(__file__), entry[3] == __file__)
print(repr(linecache.getline("traceback_stack.py", 2)))
print(linecache.updatecache(__file__)[0] == entry[2][0], linecache.cache[__file__] is entry)
linecache.clearcache()
print(__file__ in linecache.cache, linecache.cache)
print(repr(linecache.getline("<string>", 1)))
print(linecache.getline(traceback.__file__, 1) != "")
print(linecache.lazycache(__file__, None), linecache.lazycache("<x>", None))
