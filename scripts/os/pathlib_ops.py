# pathlib's file-system operations in their corner cases: touch and
# mkdir flags, unlink/missing_ok, samefile with str and Path, the is_*
# tests on odd names, is_relative_to, and the context-manager protocol.
import os
import stat
import tempfile
from pathlib import Path, PurePosixPath

def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(label, repr(r))

base = Path(tempfile.mkdtemp())
os.chdir(base)
p = Path("t1")
show("touch new", lambda: p.touch())
print(p.exists(), oct(stat.S_IMODE(p.stat().st_mode) & 0o644))
os.utime(p, (1, 2))
show("touch again", lambda: p.touch())
print(p.stat().st_mtime > 2)
show("touch excl", lambda: p.touch(exist_ok=False))
show("touch excl new", lambda: Path("t2").touch(mode=0o600, exist_ok=False))
print(oct(stat.S_IMODE(Path("t2").stat().st_mode)))
show("touch in missing dir", lambda: Path("nodir/t").touch())

show("mkdir", lambda: Path("d1").mkdir())
show("mkdir again", lambda: Path("d1").mkdir())
show("mkdir exist_ok", lambda: Path("d1").mkdir(exist_ok=True))
show("mkdir file exist_ok", lambda: Path("t1").mkdir(exist_ok=True))
show("mkdir missing parent", lambda: Path("a/b/c").mkdir())
show("mkdir parents", lambda: Path("a/b/c").mkdir(parents=True))
show("mkdir parents again", lambda: Path("a/b/c").mkdir(parents=True))
show("mkdir parents ok", lambda: Path("a/b/c").mkdir(parents=True, exist_ok=True))
show("mkdir mode", lambda: Path("m").mkdir(0o700))
print(oct(stat.S_IMODE(Path("m").stat().st_mode)), Path("a/b/c").is_dir())
show("mkdir under file", lambda: Path("t1/x").mkdir(parents=True))
show("mkdir abs parents", lambda: (base / "p/q").mkdir(parents=True))

show("unlink", lambda: Path("t2").unlink())
show("unlink missing", lambda: Path("t2").unlink())
show("unlink missing ok", lambda: Path("t2").unlink(missing_ok=True))
show("unlink dir", lambda: Path("d1").unlink(missing_ok=True))
show("rmdir", lambda: Path("d1").rmdir())
show("rmdir missing", lambda: Path("d1").rmdir())

Path("t1").write_text("x")
os.symlink("t1", "ln")
show("samefile str", lambda: Path("t1").samefile("ln"))
show("samefile path", lambda: Path("ln").samefile(Path("t1")))
show("samefile other", lambda: Path("t1").samefile(Path("m")))
show("samefile missing", lambda: Path("t1").samefile("nope"))
show("samefile missing self", lambda: Path("nope").samefile("t1"))
show("samefile bad", lambda: Path("t1").samefile(3))

for name in ["t1", "ln", "m", "nope", "t1/x", "bad\0name", "ln/x"]:
    q = Path(name)
    print(repr(name), q.exists(), q.is_file(), q.is_dir(), q.is_symlink(), q.is_fifo(), q.is_socket(),
          q.is_block_device(), q.is_char_device(), q.is_mount())
os.symlink("loop", "loop")
show("loop exists", lambda: Path("loop").exists())
show("loop is_file", lambda: Path("loop").is_file())
show("loop is_symlink", lambda: Path("loop").is_symlink())
print(Path("/").is_mount(), Path("/dev/null").is_char_device())

for a, b in [("/a/b", "/a"), ("/a/b", "a"), ("a/b", "a"), ("a/b", "a/b"), ("a/b", "b"), ("/", "/")]:
    print(a, b, PurePosixPath(a).is_relative_to(b), Path(a).is_relative_to(PurePosixPath(b)))
show("is_relative_to none", lambda: PurePosixPath("a").is_relative_to())
show("is_relative_to multi", lambda: PurePosixPath("/a/b/c").is_relative_to("/a", "b"))

with Path("t1") as q:
    print(type(q).__name__, q)
print(Path("t1").__exit__(None, None, None))
print(Path("t1").rename("t3"), Path("t3").replace("t4"), sorted(os.listdir()))
show("rename missing", lambda: Path("t1").rename("t5"))
Path("h").hardlink_to("t4")
print(Path("h").stat().st_nlink, Path("h").read_text())
Path("s").symlink_to("m", target_is_directory=True)
print(Path("s").is_dir(), Path("s").readlink())
Path("t4").chmod(0o600)
print(oct(stat.S_IMODE(Path("t4").stat().st_mode)))
os.chdir("/")
import shutil
shutil.rmtree(base)
print(base.exists())

# The text forms all go through __str__, so a subclass's override shows.
class Shown(PurePosixPath):
    def __str__(self):
        return "over"
sp = Shown("a")
print(os.fspath(sp), sp.as_posix(), bytes(sp), repr(sp), Shown.__fspath__.__name__)
