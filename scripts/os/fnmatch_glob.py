# fnmatch and glob: wildcard matching of names and of paths on disk.
import fnmatch
import glob
import os

names = ["", "a", "abc", "a.py", "b.py", ".hidden.py", "x/y.py", "a-b", "a]b", "a[b", "-", "!", "^", "\\",
         "A.PY", "ab", "aab", "abab", "abcabc", "a\nb", "é", "z", "m"]
pats = ["*", "?", "??", "a*", "*.py", "*a*b*", "a*b", "[ab]*", "[!ab]*", "[a-c]", "[c-a]", "[a-]", "[-a]",
        "[]]", "[!]]", "[]-a]", "[", "[a", "a[", "[!]", "[\\]", "[a-c-e]", "[z-ac-d]", "[!a-y]", "*[!.]*",
        "a**b", "*ab", "ab*", "*b*b", "a?b", "\\", "[^a]", "[[]", "*.[pP][yY]", "[a-c-]", "[--/]", "?*?",
        "[!-]", "[a-a]", "[b-ad]", "[ab-ad]"]
for p in pats:
    print(repr(p), [n for n in names if fnmatch.fnmatchcase(n, p)])
import re
for p in pats + ["*.py", "a*b*c", "x*y*z*", "[a&&b]", "[a~|b]", "a.b+c", "[!]", "***", "*[!a-c-e]?*"]:
    rx = fnmatch.translate(p)
    print(repr(p), repr(rx), [n for n in names if re.match(rx, n)] == [n for n in names if fnmatch.fnmatchcase(n, p)])
print(fnmatch.filter(names, "*.py"), fnmatch.fnmatch("A.PY", "*.py"))
print(fnmatch.fnmatch(b"a.py", b"*.py"), fnmatch.filter([b"x", b"y"], b"[x]"))
for bad in [lambda: fnmatch.fnmatch("a", b"a"), lambda: fnmatch.fnmatch(b"a", "a"), lambda: fnmatch.fnmatch(1, "a"),
            lambda: fnmatch.fnmatchcase("a", 1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

base = os.path.join(os.environ.get("TMPDIR") or "/tmp", "gilpy_glob_" + os.urandom(6).hex())
os.mkdir(base)
start = os.getcwd()
os.chdir(base)
try:
    for d in ["src", "src/pkg", "src/pkg/sub", "docs", ".git", "src/.cache"]:
        os.mkdir(d)
    for f in ["a.py", "b.txt", ".hidden.py", "src/m.py", "src/pkg/__init__.py", "src/pkg/sub/deep.py",
              "docs/x.md", ".git/config", "src/.cache/c.py", "weird[1].py", "q?.txt"]:
        open(f, "w").close()
    def show(*a, **k):
        print(a, k, sorted(glob.glob(*a, **k)))
    show("*")
    show("*.py")
    show("*", include_hidden=True)
    show(".*")
    show("src/*")
    show("*/*.py")
    show("**/*.py")
    show("**/*.py", recursive=True)
    show("**", recursive=True)
    show("src/**", recursive=True)
    show("src/**/", recursive=True)
    show("**/", recursive=True)
    show("**/*.py", recursive=True, include_hidden=True)
    show("*/")
    show("a.py")
    show("nope.py")
    show("src/")
    show("nope/")
    show("")
    show("weird[1].py")
    show(glob.escape("weird[1].py"))
    show(glob.escape("q?.txt"))
    show("*.py", root_dir="src")
    show("**/*.py", root_dir="src", recursive=True)
    show(b"*.py")
    show(b"src/*")
    show("[ab].*")
    show("s*/p*/s*/*.py")
    show(os.path.join(base, "src", "*.py").replace(base, "") and "src/*.py")
    print(glob.escape("a*b?c[d]"), glob.escape(b"x*"), glob.has_magic("a[b"), glob.has_magic("ab"), glob.has_magic(b"*"))
    print(type(glob.iglob("*")).__name__ in ("generator", "chain", "list_iterator", "tuple_iterator"))
finally:
    os.chdir(start)
    for root, dirs, files in os.walk(base, topdown=False):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(base)
