# The parts of os written over posix: get_exec_path, makedirs/removedirs/
# renames, walk's ordering, errors and links, fdopen, environ.copy and
# setdefault, PathLike and fsencode/fsdecode.
import os
import tempfile

def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(label, repr(r))

show("exec str", lambda: os.get_exec_path({"PATH": "/a:/b::/c"}))
show("exec bytes", lambda: os.get_exec_path({b"PATH": b"/x:/y"}))
show("exec both", lambda: os.get_exec_path({"PATH": "/a", b"PATH": b"/b"}))
show("exec none", lambda: os.get_exec_path({}))
show("exec empty", lambda: os.get_exec_path({"PATH": ""}))
show("exec bytes None", lambda: os.get_exec_path({b"PATH": None}))
class StrOnly(dict):
    def __getitem__(self, k):
        if not isinstance(k, str):
            raise TypeError("str keys only")
        return dict.__getitem__(self, k)
show("exec str-only", lambda: os.get_exec_path(StrOnly(PATH="/q")))
old = os.environ.get("PATH")
os.environ["PATH"] = "/env1:/env2"
show("exec environ", lambda: os.get_exec_path())
os.environ["PATH"] = old

base = tempfile.mkdtemp()
os.chdir(base)
show("makedirs", lambda: os.makedirs("a/b/c"))
show("makedirs again", lambda: os.makedirs("a/b/c"))
show("makedirs ok", lambda: os.makedirs("a/b/c", exist_ok=True))
show("makedirs dot", lambda: os.makedirs("n/m/."))
show("makedirs trailing", lambda: os.makedirs("t/u/", 0o700))
print(oct(os.stat("t/u").st_mode & 0o777), os.path.isdir("n/m"))
open("f", "w").close()
show("makedirs over file", lambda: os.makedirs("f", exist_ok=True))
show("makedirs under file", lambda: os.makedirs("f/x"))
show("makedirs bytes", lambda: os.makedirs(b"by/te"))
show("removedirs", lambda: os.removedirs("a/b/c"))
print(os.path.exists("a"))
os.makedirs("k/l/m")
open("k/keep", "w").close()
show("removedirs stops", lambda: os.removedirs("k/l/m"))
print(os.path.exists("k/l"), os.path.exists("k"))
show("removedirs missing", lambda: os.removedirs("zz"))
os.makedirs("r1/r2")
open("r1/r2/file", "w").close()
show("renames", lambda: os.renames("r1/r2/file", "s1/s2/moved"))
print(os.path.exists("r1"), os.path.exists("s1/s2/moved"))
show("renames missing", lambda: os.renames("nope", "x/y"))

os.makedirs("w/a/aa")
os.makedirs("w/b")
open("w/top", "w").close()
open("w/a/inner", "w").close()
os.symlink("b", "w/blink")
os.symlink("missing", "w/dangling")
def norm(it):
    return [(r, sorted(d), sorted(f)) for r, d, f in it]
print(sorted(norm(os.walk("w"))))
print([r for r, d, f in os.walk("w", topdown=False)][-1], sorted(r for r, d, f in os.walk("w", topdown=False)))
print(sorted(r for r, d, f in os.walk("w", followlinks=True)))
print(sorted(r for r, d, f in os.walk("w", topdown=False, followlinks=True)))
pruned = []
for r, d, f in os.walk("w"):
    pruned.append(r)
    d[:] = [x for x in d if x != "a"]
print(sorted(pruned))
errs = []
print(list(os.walk("missing", onerror=lambda e: errs.append((type(e).__name__, e.filename)))), errs)
print(list(os.walk("f")), list(os.walk(b"w/b")))

fd = os.open("data", os.O_RDWR | os.O_CREAT)
with os.fdopen(fd, "w+", encoding="utf-8") as fo:
    print(type(fo).__name__, fo.write("hi"), fo.mode)
fd = os.open("data", os.O_RDONLY)
with os.fdopen(fd, "rb") as fo:
    print(type(fo).__name__, fo.read())
show("fdopen str", lambda: os.fdopen("3"))
show("fdopen float", lambda: os.fdopen(1.5))

os.environ["GILPY_OSH"] = "v"
c = os.environ.copy()
print(type(c).__name__, c["GILPY_OSH"], c is not os.environ)
print(os.environ.setdefault("GILPY_OSH", "other"), os.environ.setdefault("GILPY_OSH2", "new"), os.getenv("GILPY_OSH2"))
show("setdefault bad", lambda: os.environ.setdefault("GILPY_OSH3", 5))
show("setdefault bad key", lambda: os.environ.setdefault(5, "x"))
print(os.environb.setdefault(b"GILPY_OSH", b"q"), type(os.environb.copy()).__name__)
del os.environ["GILPY_OSH"], os.environ["GILPY_OSH2"]

class P:
    def __fspath__(self):
        return "p"
class NotP:
    __fspath__ = None
print(issubclass(P, os.PathLike), isinstance(P(), os.PathLike), issubclass(NotP, os.PathLike), issubclass(str, os.PathLike))
class Sub(os.PathLike):
    def __fspath__(self):
        return "s"
class Sub2(Sub):
    pass
print(issubclass(Sub2, Sub), issubclass(P, Sub), os.fspath(Sub2()), os.PathLike[str])
show("abstract", lambda: type("X", (os.PathLike,), {})())
print(os.fsencode("a\udcff"), repr(os.fsdecode(b"a\xff")), os.fsencode(P()), os.fsdecode(b"x"))
show("fsencode int", lambda: os.fsencode(3))
os.chdir("/")
import shutil
shutil.rmtree(base)
