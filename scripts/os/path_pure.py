# os.path's string functions (posixpath), with str and bytes.
import os.path as p
import posixpath

print(p is posixpath, p.sep, p.pathsep, p.curdir, p.pardir, p.extsep, p.altsep, p.devnull)
cases = ["", "/", "//", "///", "a", "a/", "/a", "a/b", "a/b/", "/a/b/c.txt", "a//b", "./a/../b",
         "../..", "a/./b/.", ".hidden", "a/.hidden", "file.tar.gz", "a.b/c", "..", ".", "//a//b//",
         "/..", "a/b/../../..", "~", "~/x", "c.", "...x"]
for c in cases:
    print(repr(c), p.split(c), p.splitext(c), p.basename(c), p.dirname(c), p.normpath(c), p.isabs(c), p.splitdrive(c))
print(p.join("a"), p.join("a", "b", "c"), p.join("a/", "b"), p.join("a", "/b", "c"), p.join("", "a"), p.join("a", ""), p.join("/", "x"))
print(p.join(b"a", b"b"), p.split(b"/x/y"), p.normpath(b"a//./b/.."), p.splitext(b"f.txt"), p.basename(b"a/b"))
for bad in [lambda: p.join("a", b"b"), lambda: p.join(1), lambda: p.join("a", None), lambda: p.split(3),
            lambda: p.normpath(None), lambda: p.commonpath([]), lambda: p.commonpath(["/a", "b"]),
            lambda: p.commonpath(["a", b"b"]), lambda: p.relpath(""), lambda: p.relpath("a", b"b")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(p.commonprefix([]), p.commonprefix(["abc", "abd", "ab"]), p.commonprefix(["/usr/lib", "/usr/local"]))
print(p.commonpath(["/usr/lib", "/usr/local"]), p.commonpath(["a/b", "a/c/d"]), p.commonpath(["/a"]), p.commonpath(["a/./b", "a/b/c"]))
print(p.relpath("/a/b/c", "/a"), p.relpath("/a", "/a/b/c"), p.relpath("/x/y", "/a/b"), p.relpath("/a", "/a"))
print(p.relpath("a/b", "a"), p.relpath(b"/a/b", b"/a"))
print(p.normcase("A/B"), p.expandvars("$NOPE_gilpy/x"), p.expandvars("plain"), p.expandvars("${NOPE_gilpy}"))
import os
os.environ["GILPY_T"] = "val"
print(p.expandvars("$GILPY_T/${GILPY_T}/$GILPY_Tx/$/${"), p.expandvars(b"$GILPY_T"))
os.environ["HOME"] = "/home/someone"
print(p.expanduser("~"), p.expanduser("~/x"), p.expanduser("x/~"), p.expanduser(b"~/b"))
os.environ["HOME"] = "/"
print(p.expanduser("~"), p.expanduser("~/x"))


class P:
    def __fspath__(self):
        return "/via/fspath.txt"


print(p.basename(P()), p.splitext(P()), p.join(P(), "x"), os.fspath(P()), os.fspath("s"), os.fspath(b"b"))
for bad in [lambda: os.fspath(1), lambda: os.fspath(None)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)


class Bad:
    def __fspath__(self):
        return 1


try:
    os.fspath(Bad())
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(P(), os.PathLike), issubclass(str, os.PathLike), os.PathLike[str])
