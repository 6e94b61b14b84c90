# os.environ, getenv/putenv/unsetenv, constants and process information.
import os
import sys

os.environ["GILPY_A"] = "1"
print(os.environ["GILPY_A"], os.getenv("GILPY_A"), os.getenv("GILPY_NOPE"), os.getenv("GILPY_NOPE", "dflt"))
print("GILPY_A" in os.environ, os.environ.get("GILPY_NOPE"), type(os.environ).__name__)
del os.environ["GILPY_A"]
print("GILPY_A" in os.environ, os.getenv("GILPY_A"))
for bad in [lambda: os.environ["GILPY_NOPE"], lambda: os.environ.__setitem__("X", 1),
            lambda: os.environ.__delitem__("GILPY_NOPE"), lambda: os.putenv("A=B", "x"),
            lambda: os.environ.__setitem__("", "x"), lambda: os.getenv(1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
os.environ.setdefault("GILPY_B", "b")
print(os.environ.pop("GILPY_B"), os.environ.pop("GILPY_B", None))
os.environb[b"GILPY_C"] = b"c"
print(os.environ["GILPY_C"], os.environb[b"GILPY_C"])
os.environ.update(GILPY_D="d")
print(os.environ.copy()["GILPY_D"], isinstance(os.environ.copy(), dict))
print(repr(os.environ).startswith("environ({"))
print(os.name, os.sep, os.altsep, os.extsep, os.pathsep, repr(os.linesep), os.devnull, os.curdir, os.pardir)
print(os.error is OSError, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.O_RDONLY, os.O_WRONLY, os.O_RDWR)
print(os.path is sys.modules["os.path"], os.path.__name__)
print(type(os.getpid()).__name__, os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid())
print(type(os.cpu_count()).__name__, os.cpu_count() >= 1)
print(len(os.urandom(16)), type(os.urandom(0)).__name__, os.urandom(0))
try:
    os.urandom(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(os.strerror(2), os.strerror(13), os.strerror(17), os.strerror(0), os.strerror(99999))
print(os.fsencode("x"), os.fsdecode(b"y"), os.fsencode(b"z"))
u = os.uname()
print(type(u).__name__, u.sysname, len(u))
t = os.times()
print(type(t).__name__, len(t), all(isinstance(x, float) for x in t))
print(hasattr(os, "getcwd"), hasattr(os, "walk"))
try:
    os.get_terminal_size(99)
except OSError as e:
    print(type(e).__name__, e)
print(os.terminal_size((80, 24)), os.terminal_size((80, 24)).columns)
print(os.stat_result.n_sequence_fields, os.stat_result.n_fields, os.stat_result.n_unnamed_fields)
s = os.stat_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
print(s, s.st_mtime, s[8], s.st_size)
print(os.supports_follow_symlinks.__class__.__name__)
print(sorted(k for k in ("getcwd", "listdir", "scandir", "makedirs", "walk") if k in os.__all__))
