# The stat module: every constant's value, the S_IS* tests and S_IMODE/
# S_IFMT over each file type, and filemode over many permission sets.
import stat

names = [n for n in dir(stat) if not n.startswith("_") and n.isupper() or (n[:2] in ("S_", "ST", "UF", "SF") and not callable(getattr(stat, n)))]
for n in sorted(names):
    v = getattr(stat, n)
    if not callable(v):
        print(n, v, oct(v))
tests = ["S_ISDIR", "S_ISCHR", "S_ISBLK", "S_ISREG", "S_ISFIFO", "S_ISLNK", "S_ISSOCK", "S_ISDOOR", "S_ISPORT", "S_ISWHT"]
types = [stat.S_IFDIR, stat.S_IFCHR, stat.S_IFBLK, stat.S_IFREG, stat.S_IFIFO, stat.S_IFLNK, stat.S_IFSOCK, 0]
for t in types:
    mode = t | 0o4755
    print(oct(mode), [int(getattr(stat, f)(mode)) for f in tests], oct(stat.S_IMODE(mode)), oct(stat.S_IFMT(mode)),
          stat.filemode(mode))
for perm in [0, 0o777, 0o644, 0o1777, 0o1776, 0o2750, 0o2740, 0o4711, 0o4600, 0o7000, 0o7777, 0o0421]:
    print(oct(perm), stat.filemode(perm | stat.S_IFREG), stat.filemode(perm | stat.S_IFDIR), stat.filemode(perm))
print(stat.filemode(0o170000 | 0o644), stat.filemode(0o030000 | 0o644), stat.S_IFMT(2 ** 32 - 1))
for f in (stat.S_IMODE, stat.S_IFMT, stat.S_ISDIR, stat.S_ISDOOR, stat.filemode):
    for bad in (-1, 2 ** 32, 2 ** 40, 2 ** 64, "x", 1.5, None):
        try:
            r = f(bad)
        except Exception as e:
            r = "%s: %s" % (type(e).__name__, e)
        print(f.__name__, repr(bad), r)
print(stat.S_ISDIR(True), stat.S_IMODE(True), stat.filemode(False))
print(callable(stat.S_ISDIR), callable(stat.filemode))
