# shutil and tempfile, inside a temporary directory the script makes.
import os
import shutil
import stat
import sys
import tempfile

print(tempfile.gettempprefix(), tempfile.gettempprefixb(), tempfile.template)
print(os.path.isabs(tempfile.gettempdir()), tempfile.gettempdir() == tempfile.gettempdir(), type(tempfile.gettempdirb()).__name__)
with tempfile.TemporaryDirectory(prefix="gilpy_", suffix="_t") as base:
    print(os.path.basename(base).startswith("gilpy_"), base.endswith("_t"), os.path.isdir(base))
    print(oct(stat.S_IMODE(os.stat(base).st_mode)))
    fd, path = tempfile.mkstemp(dir=base, prefix="pre", suffix=".txt")
    print(type(fd).__name__, os.path.dirname(path) == base, os.path.basename(path)[:3], path.endswith(".txt"),
          len(os.path.basename(path)), oct(stat.S_IMODE(os.stat(path).st_mode)))
    os.write(fd, b"payload\n")
    os.close(fd)
    fdb, pathb = tempfile.mkstemp(dir=base.encode())
    os.close(fdb)
    print(type(pathb).__name__)
    for bad in [lambda: tempfile.mkstemp(prefix=b"x", suffix="y"), lambda: tempfile.mkdtemp(dir=base, prefix="a", suffix=b"b")]:
        try:
            bad()
        except TypeError as e:
            print(type(e).__name__, e)
    d = tempfile.mkdtemp(dir=base)
    print(os.path.isdir(d), oct(stat.S_IMODE(os.stat(d).st_mode)), len(os.path.basename(d)))
    m = tempfile.mktemp(dir=base)
    print(os.path.exists(m), os.path.dirname(m) == base)
    with tempfile.NamedTemporaryFile(dir=base, suffix=".n") as f:
        print(type(f).__name__, f.name.endswith(".n"), os.path.exists(f.name), f.mode, f.write(b"abc"), f.tell())
        f.seek(0)
        print(f.read(), f.closed, f.delete)
        name = f.name
    print(os.path.exists(name))
    f = tempfile.NamedTemporaryFile("w+", dir=base, delete=False, encoding="utf-8")
    f.write("kept\n")
    f.close()
    print(os.path.exists(f.name), f.closed, open(f.name).read())
    os.remove(f.name)
    with tempfile.TemporaryFile(dir=base) as t:
        print(type(t).__name__, type(t.name).__name__, t.write(b"xyz"), t.seek(0), t.read())
    with tempfile.TemporaryFile("w+", dir=base) as t:
        print(type(t).__name__, t.write("text"), t.seek(0), t.read())
    with tempfile.SpooledTemporaryFile(max_size=10, dir=base) as s:
        s.write(b"small")
        print(s._rolled, s.tell())
        s.write(b" and now larger")
        print(s._rolled, s.tell(), s.seek(0), s.read())
    with tempfile.TemporaryDirectory(dir=base) as inner:
        open(os.path.join(inner, "x"), "w").close()
        os.mkdir(os.path.join(inner, "sub"))
    print(os.path.exists(inner))
    td = tempfile.TemporaryDirectory(dir=base)
    print(repr(td).startswith("<TemporaryDirectory '"), os.path.isdir(td.name))
    td.cleanup()
    td.cleanup()
    print(os.path.exists(td.name), tempfile.TemporaryDirectory[str])

    os.chdir(base)
    os.makedirs("tree/a/b")
    with open("tree/top.txt", "w") as f:
        f.write("top")
    with open("tree/a/b/deep.py", "w") as f:
        f.write("deep")
    with open("tree/a/skip.pyc", "w") as f:
        f.write("skip")
    os.chmod("tree/top.txt", 0o640)
    os.utime("tree/top.txt", (1000000000, 1100000000))
    print(shutil.copyfile("tree/top.txt", "copy1.txt"), oct(stat.S_IMODE(os.stat("copy1.txt").st_mode)) != "0o640" or "same")
    print(shutil.copy("tree/top.txt", "copy2.txt"), oct(stat.S_IMODE(os.stat("copy2.txt").st_mode)), os.stat("copy2.txt").st_mtime != 1100000000)
    print(shutil.copy2("tree/top.txt", "copy3.txt"), oct(stat.S_IMODE(os.stat("copy3.txt").st_mode)), os.stat("copy3.txt").st_mtime)
    os.mkdir("dest")
    print(shutil.copy("tree/top.txt", "dest"), shutil.copy2("tree/top.txt", "dest/"))
    for bad in [lambda: shutil.copyfile("tree/top.txt", "tree/top.txt"), lambda: shutil.copyfile("nope", "x"),
                lambda: shutil.copyfile("tree/top.txt", "nodir/x"), lambda: shutil.copyfile("tree", "x"),
                lambda: shutil.copytree("tree", "dest"), lambda: shutil.rmtree("nope"),
                lambda: shutil.rmtree("copy1.txt"), lambda: shutil.move("tree", "tree/a"),
                lambda: shutil.copytree("nope", "x")]:
        try:
            print(bad())
        except Exception as e:
            print(type(e).__name__, e)
    print(shutil.copytree("tree", "tree2"), sorted((r, sorted(d), sorted(f)) for r, d, f in os.walk("tree2")))
    print(oct(stat.S_IMODE(os.stat("tree2/top.txt").st_mode)), os.stat("tree2/top.txt").st_mtime)
    print(shutil.copytree("tree", "tree3", ignore=shutil.ignore_patterns("*.pyc", "b")),
          sorted((r, sorted(d), sorted(f)) for r, d, f in os.walk("tree3")))
    print(shutil.copytree("tree", "tree3", dirs_exist_ok=True))
    os.symlink("top.txt", "tree/link")
    shutil.copytree("tree", "tree4", symlinks=True)
    print(os.path.islink("tree4/link"), os.readlink("tree4/link"))
    shutil.copytree("tree", "tree5")
    print(os.path.islink("tree5/link"), open("tree5/link").read())
    calls = []
    shutil.rmtree("nope", onerror=lambda f, p, e: calls.append((f.__name__, p, e[0].__name__)))
    print(calls)
    shutil.rmtree("nope", ignore_errors=True)
    print(shutil.move("copy1.txt", "moved.txt"), os.path.exists("copy1.txt"))
    print(shutil.move("moved.txt", "dest"), shutil.move("tree5", "dest"), sorted(os.listdir("dest")))
    try:
        shutil.move("copy2.txt", "dest/top.txt") and shutil.move("copy3.txt", "dest") and shutil.move("copy3.txt", "dest")
    except Exception as e:
        print(type(e).__name__, e)
    for t in ["tree", "tree2", "tree3", "tree4", "dest"]:
        shutil.rmtree(t)
    print(sorted(n[:3] for n in os.listdir(".")))  # the rest of the names is random
    os.mkdir("bin")
    with open("bin/mytool", "w") as f:
        f.write("#!/bin/sh\n")
    os.chmod("bin/mytool", 0o755)
    with open("bin/noexec", "w") as f:
        f.write("x")
    print(shutil.which("mytool", path="bin"), shutil.which("noexec", path="bin"), shutil.which("nope", path="bin"),
          shutil.which("bin/mytool"), shutil.which("mytool", path=""), shutil.which(b"mytool", path="bin"),
          shutil.which("noexec", mode=os.F_OK, path="bin"))
    os.environ["COLUMNS"], os.environ["LINES"] = "100", "40"
    print(shutil.get_terminal_size())
    del os.environ["COLUMNS"], os.environ["LINES"]
    print(shutil.get_terminal_size((77, 11)))
    os.chdir("/")
print(os.path.exists(base))
print(issubclass(shutil.Error, OSError), issubclass(shutil.SameFileError, shutil.Error))

import gc
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    td = tempfile.TemporaryDirectory()
    name = td.name
    del td
    gc.collect()
print(os.path.exists(name), [w.category.__name__ for w in caught], str(caught[0].message).startswith("Implicitly cleaning up <TemporaryDirectory"))
