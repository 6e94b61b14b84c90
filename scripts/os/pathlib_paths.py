# pathlib: pure path operations, then Path operations in a temporary directory.
import os
import pathlib
from pathlib import Path, PurePath, PurePosixPath

for s in ["", ".", "/", "//", "///", "a", "a/b", "/a/b/", "a//b/./c", "../x", "/a/b.tar.gz", ".bashrc",
          "a/b.", "~/f.txt", "//host/share", "a/..", "x.y.z/"]:
    p = PurePath(s)
    print(repr(s), repr(p), str(p), p.parts, p.drive, p.root, p.anchor, p.name, p.suffix, p.suffixes, p.stem,
          p.parent, p.is_absolute(), p.as_posix(), os.fspath(p))
p = PurePosixPath("/usr/lib/python3.11/os.py")
print(list(p.parents), len(p.parents), p.parents[0], p.parents[-1], p.parents[1:3], repr(p.parents))
for bad in [lambda: p.parents[10], lambda: p.parents[-10], lambda: PurePath(b"x"), lambda: PurePath(1),
            lambda: p.with_suffix("py"), lambda: p.with_suffix("."), lambda: p.with_suffix("/x"),
            lambda: PurePath("/").with_name("x"), lambda: p.with_name(""), lambda: p.with_name("a/b"),
            lambda: PurePath("").with_suffix(".x"), lambda: p.relative_to("/etc"), lambda: p.relative_to("usr"),
            lambda: PurePath("a") < 1, lambda: p.match(""), lambda: PurePath("x").as_uri(),
            lambda: pathlib.WindowsPath("x"), lambda: p.relative_to()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(p.with_name("sys.py"), p.with_stem("ntpath"), p.with_suffix(".txt"), p.with_suffix(""), PurePath("a.tar.gz").with_suffix(".bz2"))
print(p.relative_to("/usr"), p.relative_to("/usr", "lib"), p.is_relative_to("/usr"), p.is_relative_to("/etc"), PurePath("a/b").relative_to(""))
print(PurePath("a", "b", "/c", "d"), PurePath("a") / "b" / "c", "x" / PurePath("y"), PurePath("/a") / "/b", p.joinpath("x", "y"))
print(PurePath("a/b") == PurePosixPath("a/b"), PurePath("a") == "a", PurePath("a") != PurePath("b"), PurePath("a/b") == Path("a/b"))
print(sorted([PurePath("b"), PurePath("a/c"), PurePath("a"), PurePath("/z")]), PurePath("a") < PurePath("b"), PurePath("a") <= PurePath("a"))
print(hash(PurePath("a/b")) == hash(PurePath("a//b")), len({PurePath("x"), PurePath("./x"), PurePath("y")}))
print(p.match("*.py"), p.match("python3.11/*.py"), p.match("/usr/*/*/*.py"), p.match("/*.py"), p.match("lib/*.py"), p.match("*/*/*/*/*/*.py"))
print(PurePath("/a b/ü").as_uri(), bytes(PurePath("/x")), PurePath("/a").is_reserved())
print(type(PurePath("x")).__name__, type(Path("x")).__name__, isinstance(Path("x"), PurePath), isinstance(Path("x"), os.PathLike))
print(PurePosixPath("a").__class__.__mro__[1].__name__, issubclass(pathlib.PosixPath, PurePosixPath))

base = os.path.join(os.environ.get("TMPDIR") or "/tmp", "gilpy_pathlib_" + os.urandom(6).hex())
os.mkdir(base)
start = os.getcwd()
os.chdir(base)
try:
    root = Path(".")
    print(Path.cwd() == Path(base), Path("x").absolute() == Path(base) / "x", Path("a/../b").absolute().name)
    d = Path("pkg/sub")
    try:
        d.mkdir()
    except FileNotFoundError as e:
        print(type(e).__name__, e)
    d.mkdir(parents=True)
    d.mkdir(exist_ok=True)
    try:
        d.mkdir()
    except FileExistsError as e:
        print(type(e).__name__, e)
    f = Path("pkg/mod.py")
    print(f.write_text("print('hi')\n"), f.read_text(), f.write_bytes(b"data"), f.read_bytes())
    try:
        f.write_text(b"x")
    except TypeError as e:
        print(type(e).__name__, e)
    (d / "deep.py").write_text("deep")
    (d / "notes.txt").write_text("n")
    Path("pkg/.hidden.py").touch()
    Path("top.py").touch()
    Path("top.py").touch()
    try:
        Path("top.py").touch(exist_ok=False)
    except FileExistsError as e:
        print(type(e).__name__, e)
    print(f.exists(), f.is_file(), f.is_dir(), d.is_dir(), Path("nope").exists(), Path("nope").is_file(),
          f.is_symlink(), Path("top.py/x").exists(), Path("pkg").is_mount())
    print(sorted(str(c) for c in Path("pkg").iterdir()))
    print(sorted(str(c) for c in root.glob("*")))
    print(sorted(str(c) for c in root.glob("*.py")))
    print(sorted(str(c) for c in root.glob("**/*.py")))
    print(sorted(str(c) for c in root.glob("**")))
    print(sorted(str(c) for c in root.glob("pkg/*/")))
    print(sorted(str(c) for c in root.glob("*/sub/*.txt")))
    print(sorted(str(c) for c in root.rglob("*.py")))
    print(sorted(str(c) for c in Path("pkg").glob("s?b")))
    print(sorted(str(c) for c in root.glob("nope/*")))
    for bad in [lambda: list(root.glob("")), lambda: list(root.glob("/abs"))]:
        try:
            print(bad())
        except Exception as e:
            print(type(e).__name__, e)
    print(f.stat().st_size, f.lstat().st_size, f.samefile("pkg/mod.py"), f.samefile(Path(base) / "pkg" / "mod.py"))
    link = Path("link.py")
    link.symlink_to("pkg/mod.py")
    print(link.is_symlink(), link.readlink(), link.resolve() == Path(base).resolve() / "pkg/mod.py", link.read_text())
    print(Path("pkg/../top.py").resolve() == Path(base).resolve() / "top.py", Path("nope/x").resolve().name)
    try:
        Path("nope").resolve(strict=True)
    except FileNotFoundError as e:
        print(type(e).__name__, e.strerror)
    n = f.rename("pkg/renamed.py")
    print(n, type(n).__name__, n.exists(), f.exists())
    print(n.replace("moved.py"), Path("moved.py").exists())
    with Path("moved.py").open() as fh:
        print(fh.read())
    with Path("moved.py").open("ab") as fh:
        fh.write(b"!")
    print(Path("moved.py").read_text())
    Path("moved.py").chmod(0o600)
    print(oct(Path("moved.py").stat().st_mode & 0o777))
    Path("moved.py").unlink()
    Path("moved.py").unlink(missing_ok=True)
    try:
        Path("moved.py").unlink()
    except FileNotFoundError as e:
        print(type(e).__name__, e)
    try:
        Path("pkg").rmdir()
    except OSError as e:
        print(type(e).__name__, e)
    os.environ["HOME"] = "/home/tester"
    print(Path("~/x").expanduser(), Path.home(), Path("/~").expanduser(), Path("x~").expanduser())
finally:
    os.chdir(start)
    for r, ds, fs in os.walk(base, topdown=False):
        for x in fs:
            os.remove(os.path.join(r, x))
        for x in ds:
            p = os.path.join(r, x)
            os.remove(p) if os.path.islink(p) else os.rmdir(p)
    os.rmdir(base)
print(os.path.exists(base))
