# shutil corners: copyfileobj chunking, symlink handling of the copy
# functions, rmtree's errors, move's cases, which's PATH handling and
# get_terminal_size's environment parsing.
import io
import os
import shutil
import stat
import tempfile

def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(label, repr(r))

class Chunky(io.BytesIO):
    reads = []
    def read(self, n=-1):
        Chunky.reads.append(n)
        return super().read(n)

src = Chunky(b"x" * 10)
dst = io.BytesIO()
print(shutil.copyfileobj(src, dst, 4), dst.getvalue(), Chunky.reads)
Chunky.reads = []
shutil.copyfileobj(Chunky(b"abc"), io.BytesIO())
print(Chunky.reads, shutil.COPY_BUFSIZE)
out = io.StringIO()
shutil.copyfileobj(io.StringIO("text data"), out, 3)
print(out.getvalue())

base = tempfile.mkdtemp()
os.chdir(base)
with open("f", "w") as f:
    f.write("data")
os.chmod("f", 0o604)
os.utime("f", ns=(1_000_000_000_123_456_789, 1_100_000_000_987_654_321))
os.symlink("f", "lnk")
os.symlink("missing-target", "dangling")
open("g", "w").close()
shutil.copymode("f", "g")
print(oct(stat.S_IMODE(os.stat("g").st_mode)))
open("h", "w").close()
shutil.copystat("f", "h")
st = os.stat("h")
print(oct(stat.S_IMODE(st.st_mode)), st.st_mtime_ns, st.st_atime_ns)
print(shutil.copyfile("lnk", "lnk2", follow_symlinks=False), os.path.islink("lnk2"), os.readlink("lnk2"))
print(shutil.copyfile("lnk", "plain"), os.path.islink("plain"), open("plain").read())
print(shutil.copy("lnk", "lnk3", follow_symlinks=False), os.path.islink("lnk3"))
print(shutil.copy2("dangling", "dang2", follow_symlinks=False), os.readlink("dang2"))
show("copy dangling", lambda: shutil.copy("dangling", "dang3"))
show("copymode missing", lambda: shutil.copymode("nope", "g"))
show("copystat missing", lambda: shutil.copystat("nope", "g"))
show("copy to missing dir", lambda: shutil.copy("f", "no/such/dir"))
show("copy2 same", lambda: shutil.copy2("f", "f"))
show("copy same via link", lambda: shutil.copy("lnk", "f"))
show("same error", lambda: shutil.copyfile("f", "./f"))
print(issubclass(shutil.SpecialFileError, OSError), issubclass(shutil.ExecError, OSError),
      issubclass(shutil.ReadError, OSError), issubclass(shutil.RegistryError, Exception),
      shutil.SameFileError.__mro__[1].__name__)

# rmtree refuses links and reports to onerror.
os.mkdir("d")
os.symlink("d", "dlink")
show("rmtree link", lambda: shutil.rmtree("dlink"))
calls = []
shutil.rmtree("dlink", onerror=lambda fn, p, e: calls.append((fn.__name__, p, e[0].__name__, str(e[1]))))
print(calls, os.path.isdir("d"))  # avoids_symlink_attacks differs: docs/deviations.md
calls = []
shutil.rmtree("f", onerror=lambda fn, p, e: calls.append((fn.__name__, p, e[0].__name__, e[1].filename)))
print(calls)
os.makedirs("d/e/f")
open("d/e/file", "w").close()
os.symlink("../../f", "d/e/to_f")
print(shutil.rmtree("d"), os.path.exists("d"), os.path.exists("f"))

# copytree: dangling links, failures gathered in one Error.
os.makedirs("t/sub")
open("t/sub/a", "w").close()
os.symlink("nowhere", "t/broken")
show("copytree dangling", lambda: shutil.copytree("t", "t2"))
print(sorted(os.listdir("t2")))
print(shutil.copytree("t", "t3", ignore_dangling_symlinks=True), sorted(os.listdir("t3")))
print(shutil.copytree("t", "t4", symlinks=True), os.path.islink("t4/broken"))
seen = []
def ign(d, names):
    seen.append((d, sorted(names)))
    return ["sub"]
print(shutil.copytree("t", "t5", ignore=ign, symlinks=True), seen, sorted(os.listdir("t5")))
log = []
def logging_copy(s, d):
    log.append((type(s).__name__, s, d))
    return shutil.copy2(s, d)
shutil.copytree("t/sub", "t6", copy_function=logging_copy)
print(log)
ip = shutil.ignore_patterns("*.py", "a?")
print(sorted(ip("x", ["a.py", "ab", "abc", "b.txt", "a"])))

# move.
open("m1", "w").close()
os.mkdir("md")
print(shutil.move("m1", "md"), os.listdir("md"))
open("m1", "w").close()
show("move exists", lambda: shutil.move("m1", "md"))
show("move missing", lambda: shutil.move("nope", "zz"))
print(shutil.move("lnk3", "moved_link"), os.path.islink("moved_link"))
print(shutil.move("md/", "md2"), os.path.isdir("md2"))
os.mkdir("md3")
print(shutil.move("md2/", "md3"), os.listdir("md3"))
show("move into itself", lambda: shutil.move("md3", "md3/inner"))

# which.
os.mkdir("bin1")
os.mkdir("bin2")
for d in ("bin1", "bin2"):
    with open(d + "/tool", "w") as f:
        f.write("#!/bin/sh\n")
os.chmod("bin2/tool", 0o755)
os.mkdir("bin1/dirtool")
print(shutil.which("tool", path="bin1" + os.pathsep + "bin2"))
print(shutil.which("tool", path="bin2" + os.pathsep + "bin2"))
print(shutil.which("dirtool", path="bin1", mode=os.F_OK))
print(shutil.which(b"tool", path=b"bin2"), shutil.which("tool", path=b"bin2"))
print(shutil.which("./bin2/tool"), shutil.which("bin1/tool"), shutil.which(b"bin2/tool"))
old_path = os.environ.get("PATH")
os.environ["PATH"] = os.path.join(base, "bin2")
print(shutil.which("tool") == os.path.join(base, "bin2", "tool"))
os.environ["PATH"] = ""
print(shutil.which("tool"))
os.environ["PATH"] = old_path

# get_terminal_size reads COLUMNS and LINES first.
for cols, lines in [("120", "50"), ("abc", "30"), ("0", "-1"), ("90", None), (None, "33")]:
    for name, value in (("COLUMNS", cols), ("LINES", lines)):
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
    print(shutil.get_terminal_size((61, 19)))
print(shutil.get_terminal_size.__defaults__, shutil.which.__defaults__[0] == os.F_OK | os.X_OK)
os.chdir("/")
shutil.rmtree(base)
print(os.path.exists(base))
