# More of os.path's edges: join's resets and type errors, relpath and
# commonpath over many shapes, expanduser with odd homes, and the stat
# predicates on files, directories, missing names and names with NUL.
import os
import posixpath as p
import tempfile


class P:
    def __init__(self, s):
        self.s = s

    def __fspath__(self):
        return self.s


class S(str):
    pass


def show(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        r = (type(e).__name__, str(e))
    print(f.__name__, _label(args), '->', repr(r))


def _label(x):
    if isinstance(x, P):
        return 'P(%r)' % (x.s,)
    if isinstance(x, (list, tuple)):
        return type(x).__name__ + '[' + ', '.join(_label(a) for a in x) + ']'
    if hasattr(x, '__next__'):
        return 'iterator'
    return repr(x)


for args in [("a",), ("/a", "/b", "c"), ("a", "", "b", ""), ("", ""), ("a/", "/", "b"), ("a//", "b"),
             (b"a", b"/b"), ("a", P("b")), (P("/x"), "y"), (S("a"), "b"), ("a", S("/b")),
             ("a", b"b"), (b"a", "b"), ("/a", "/b", b"c"), (1,), ("a", 1), ("a", None, b"x"), (P(b"a"), "b"),
             ("a", "b", "/c", "d", "/e/", "f"), (b"", b"a", b"")]:
    show(p.join, *args)

for args in [("/a/b/c", "/a/b/c"), ("/a/b/c", "/"), ("/", "/a/b"), ("/a/x", "/a/y/z"), ("a/b", "a/b/c/d"),
             ("/a//b/./c/", "/a/b"), ("/a/b", "/a/b/.."), (b"/a", b"/a/b"), ("/a", b"/a"), (b"/a", "/"),
             ("", "/"), ("a", None), (P("/a/b"), P("/a")), ("/ab", "/a"), ("/a/b", "/ab")]:
    show(p.relpath, *args)

for paths in [["/a/b/c", "/a/b/d", "/a/b"], ["/a", "/b"], ["/", "/a"], ["a/b/", "a/b"], ["./a/./b", "a/b/c"],
              ["a", "a"], ["x/y", "x/yz"], [b"/a/b", b"/a/c"], ["/a", "a"], [b"/a", "/a"], ["/a", b"a"],
              ["a", b"/a"], [], ["//a", "/a/b"], [P("/u/v"), "/u/w"], ("/t/x", "/t/y"), iter(["/i/a", "/i/b"])]:
    show(p.commonpath, paths)

home0 = os.environ.get("HOME")
for home in ["/home/u", "/home/u/", "/", "", "//", "rel/dir"]:
    os.environ["HOME"] = home
    for path in ["~", "~/", "~/x/y", "~nosuchuser_gilpy_abc", "x~", b"~", b"~/b", "~nosuchuser_gilpy_xyz/z", b"~nosuchuser_gilpy_xyz"]:
        show(p.expanduser, path)

with tempfile.TemporaryDirectory() as d:
    f = p.join(d, "file")
    with open(f, "w") as fh:
        fh.write("x")
    os.symlink(f, p.join(d, "link"))
    os.symlink(p.join(d, "nowhere"), p.join(d, "broken"))
    for name in ["file", "link", "broken", "missing", "", "a\0b", "file/sub"]:
        q = p.join(d, name)
        print(repr(name), p.exists(q), p.isfile(q), p.isdir(q), p.islink(q), p.lexists(q), p.exists(q.encode()))
    print(p.isdir(d), p.isfile(d), p.exists(d), p.isdir(P(d)), p.exists(d.encode()))
    for bad in [None, 3.5, [d]]:
        try:
            print(p.exists(bad))
        except Exception as e:
            print(type(e).__name__, e)
