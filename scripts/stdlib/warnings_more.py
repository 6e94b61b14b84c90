# warnings: the parts warnings_basic.py leaves out: catch_warnings'
# arguments, repr and misuse, the registries (__warningregistry__,
# onceregistry, the version that filter changes bump), warn_explicit's
# module and registry arguments, stacklevel through nested calls,
# replaced formatwarning/showwarning, WarningMessage, filter ordering and
# duplicates, and an unknown action found in the filters list.
import io
import sys
import warnings


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def cat(f):
    return f and (f[0], f[1] and f[1].pattern, f[2].__name__, f[3] if isinstance(f[3], (str, type(None))) else f[3].pattern, f[4])


# catch_warnings: repr, entering twice, leaving without entering.
cw = warnings.catch_warnings()
print(repr(cw), repr(warnings.catch_warnings(record=True)))
import types
fake = types.ModuleType("fakewarn")
print(repr(warnings.catch_warnings(module=fake)).startswith("catch_warnings(module=<module 'fakewarn'"))
with cw:
    show("twice", lambda: cw.__enter__())
show("exit", lambda: warnings.catch_warnings().__exit__(None, None, None))
print(cw.__exit__ is not None)

# catch_warnings(action=...) sets a simplefilter inside the block.
with warnings.catch_warnings(record=True, action="always") as log:
    warnings.warn("a1")
    warnings.warn("a1")
print(len(log), [str(w.message) for w in log])
with warnings.catch_warnings(action="error", category=RuntimeWarning):
    print(cat(warnings.filters[0]))
    try:
        warnings.warn("rt", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", e)
with warnings.catch_warnings(action="ignore", lineno=5, append=True):
    print(cat(warnings.filters[-1]), len(warnings.filters))
show("bad action", lambda: warnings.catch_warnings(action="nope").__enter__())
print(len(warnings.filters))

# The filters list: duplicates move to the front, append keeps them once.
with warnings.catch_warnings():
    warnings.resetwarnings()
    warnings.simplefilter("ignore", UserWarning)
    warnings.simplefilter("error", RuntimeWarning)
    warnings.simplefilter("ignore", UserWarning)
    print([cat(f) for f in warnings.filters])
    warnings.simplefilter("error", RuntimeWarning, append=True)
    warnings.simplefilter("always", SyntaxWarning, append=True)
    print([cat(f) for f in warnings.filters])
    warnings.filterwarnings("once", "msg.*", UserWarning, "mod", 3)
    warnings.filterwarnings("once", "msg.*", UserWarning, "mod", 3)
    f = warnings.filters[0]
    print(len(warnings.filters), f[0], f[1].pattern, f[1].flags & 2, f[3].pattern, f[3].flags & 2, f[4])
    for bad in [lambda: warnings.filterwarnings("ignore", message=5), lambda: warnings.filterwarnings("ignore", module=5),
                lambda: warnings.filterwarnings("ignore", lineno="1"), lambda: warnings.filterwarnings("ignore", category=int),
                lambda: warnings.filterwarnings("nope"), lambda: warnings.simplefilter("ignore", lineno=1.5)]:
        show("bad", bad)

# Registries.
ns = {"__name__": "regmod"}
with warnings.catch_warnings():
    warnings.simplefilter("default")
    old = sys.stderr
    sys.stderr = io.StringIO()
    try:
        exec(compile("import warnings\nwarnings.warn('reg one')\nwarnings.warn('reg one')\n", "regfile.py", "exec"), ns)
    finally:
        captured, sys.stderr = sys.stderr.getvalue(), old
    print(repr(captured))
    reg = ns["__warningregistry__"]
    print(sorted((k, v) for k, v in reg.items() if k != "version") == [(("reg one", UserWarning, 2), True)] or
          sorted(k for k in reg if k != "version"), "version" in reg)
    r = {}
    warnings.simplefilter("module")
    warnings.warn_explicit("m1", UserWarning, "x.py", 1, "xmod", r)
    warnings.warn_explicit("m1", UserWarning, "x.py", 2, "xmod", r)
    print(sorted(k for k in r if k != "version"))
    r2 = {}
    warnings.simplefilter("once")
    warnings.warn_explicit("o1", UserWarning, "y.py", 1, "ymod", r2)
    warnings.warn_explicit("o1", UserWarning, "y.py", 9, "ymod", r2)
    print(sorted(k for k in r2 if k != "version"), ("o1", UserWarning) in warnings.onceregistry)
    # Changing the filters makes the registry stale.
    v = r2["version"]
    warnings.simplefilter("once")
    warnings.warn_explicit("o2", UserWarning, "y.py", 1, "ymod", r2)
    print(r2["version"] > v, sorted(k for k in r2 if k != "version"))

# warn_explicit: module from the file name, int line numbers, a Warning instance.
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filterwarnings("error", module="some/path/file\\Z")
    show("module from filename", lambda: warnings.warn_explicit("x", UserWarning, "some/path/file.PY", 1))
    show("module from filename", lambda: warnings.warn_explicit("x", UserWarning, "some/path/file.py", 1))
    warnings.resetwarnings()
    warnings.simplefilter("always")
    show("lineno str", lambda: warnings.warn_explicit("x", UserWarning, "", "7"))
    show("lineno float", lambda: warnings.warn_explicit("x", UserWarning, "", 3.0))
    warnings.warn_explicit("x", UserWarning, "", True)
    warnings.warn_explicit(RuntimeWarning("inst"), UserWarning, "f.py", 3)
    show("registry", lambda: warnings.warn_explicit("x", UserWarning, "f.py", 3, "m", []))
    show("registry", lambda: warnings.warn_explicit("x", UserWarning, "f.py", 3, "m", None, []))
    show("filename", lambda: warnings.warn_explicit("x", UserWarning, 5, 3))
    show("message", lambda: warnings.warn_explicit(5, UserWarning, "f.py", 3))
    show("category", lambda: warnings.warn_explicit("x", None, "f.py", 3))
    show("category", lambda: warnings.warn_explicit("x", int, "f.py", 3))
    show("module", lambda: warnings.warn_explicit("x", UserWarning, "f.py", 3, 5))
    warnings.warn_explicit("src", UserWarning, "f.py", 4, source=42)
    show("lineno", lambda: warnings.warn_explicit("x", UserWarning, "f.py", "x"))
for w in log:
    print(repr(w.message), w.category.__name__, repr(w.filename), repr(w.lineno), w.source, w.file, w.line)

# An action the module does not know.
with warnings.catch_warnings():
    warnings.filters.insert(0, ("strange", None, Warning, None, 0))
    show("unknown action", lambda: warnings.warn("x"))
    warnings.filters[0] = ("ignore", None, Warning, None, 0)
    warnings.defaultaction = "error"
    print(warnings.warn("ignored"))
warnings.defaultaction = "default"
with warnings.catch_warnings():
    warnings.resetwarnings()
    warnings.defaultaction = "error"
    show("defaultaction", lambda: warnings.warn("by default"))
    warnings.defaultaction = "default"

# stacklevel through nested calls.
def inner(level):
    warnings.warn("lvl %d" % level, stacklevel=level)


def outer(level):
    inner(level)


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    for level in (0, 1, 2, 3, 50, -3):
        outer(level)
print([(str(w.message), w.lineno, w.filename.rsplit('/', 1)[-1]) for w in log])

# warn's argument checks.
for bad in [lambda: warnings.warn("x", "UserWarning"), lambda: warnings.warn("x", Exception),
            lambda: warnings.warn("x", UserWarning, "1"), lambda: warnings.warn("x", UserWarning, 1.0)]:
    show("warn", bad)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn(5)
    warnings.warn(("t", 1), RuntimeWarning)
    warnings.warn(DeprecationWarning("d"), UserWarning)
print([(repr(w.message), w.category.__name__) for w in log])

# Replaced formatwarning and showwarning.
saved_fmt, saved_show = warnings.formatwarning, warnings.showwarning
warnings.formatwarning = lambda m, c, f, l, line=None: "FMT[%s|%s|%s]\n" % (m, c.__name__, l)
buf = io.StringIO()
old, sys.stderr = sys.stderr, buf
try:
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.warn("formatted")
        warnings.showwarning("direct", UserWarning, "d.py", 5)
        warnings.showwarning = 42
        show("not callable", lambda: warnings.warn("x"))
finally:
    sys.stderr = old
    warnings.formatwarning = saved_fmt
print(repr(buf.getvalue()), warnings.showwarning is saved_show)
old, sys.stderr = sys.stderr, None
try:
    warnings.showwarning("to nowhere", UserWarning, "n.py", 1)
finally:
    sys.stderr = old
print("no stderr: nothing written")


class Broken:
    def write(self, s):
        raise OSError("gone")


warnings.showwarning("lost", UserWarning, "n.py", 1, Broken())
print("OSError swallowed")


class Other:
    def write(self, s):
        raise ValueError("bad stream")


show("other error", lambda: warnings.showwarning("lost", UserWarning, "n.py", 1, Other()))
print(repr(warnings.formatwarning("m", UserWarning, "nofile.py", 3)))
print(repr(warnings.formatwarning("m", UserWarning, "nofile.py", 3, "   ")))
print(repr(warnings.formatwarning("m", UserWarning, __file__, 1).split("\n", 1)[1]))
print(repr(warnings.formatwarning(UserWarning("inst"), UserWarning, "f", "L", "line\n")))

# WarningMessage.
wm = warnings.WarningMessage("text", UserWarning, "f.py", 3)
print(str(wm), wm.file, wm.line, wm.source, wm._WARNING_DETAILS)
wm = warnings.WarningMessage(UserWarning("m"), None, "f.py", 3, line="src")
print(str(wm))
print(sorted(vars(warnings.WarningMessage("t", UserWarning, "f", 1))))

# A warning about an object (source=) suggests tracemalloc on stderr.
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn("unclosed thing", ResourceWarning, source=object())
    warnings.warn_explicit("with source", UserWarning, "src.py", 2, source=1)
sys.stderr.flush()
