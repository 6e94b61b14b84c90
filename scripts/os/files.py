# os file and directory operations in a private temporary directory.
import os
import stat

base = os.path.join(os.environ.get("TMPDIR") or "/tmp", "gilpy_os_" + os.urandom(6).hex())
os.mkdir(base)
start = os.getcwd()
os.chdir(base)


def attempt(fn):
    try:
        r = fn()
        print("ok", repr(r))
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2)
    except Exception as e:
        print(type(e).__name__, e)


try:
    print(os.getcwd() == base, os.path.samefile(".", base))
    os.mkdir("d")
    attempt(lambda: os.mkdir("d"))
    os.makedirs("d/e/f")
    attempt(lambda: os.makedirs("d/e/f"))
    os.makedirs("d/e/f", exist_ok=True)
    with open("d/file.txt", "w") as f:
        f.write("12345")
    print(sorted(os.listdir()), sorted(os.listdir("d")), sorted(os.listdir(b"d")))
    st = os.stat("d/file.txt")
    print(type(st).__name__, st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), st[6], len(st))
    print(st.st_mtime == st[8] or isinstance(st[8], int), isinstance(st.st_mtime_ns, int), st.st_nlink)
    print(stat.S_ISDIR(os.stat("d").st_mode), stat.filemode(os.stat("d").st_mode)[0])
    print(os.path.getsize("d/file.txt"), os.path.exists("d"), os.path.isdir("d"), os.path.isfile("d"),
          os.path.isfile("d/file.txt"), os.path.exists("nope"), os.path.islink("d"), os.path.lexists("d"))
    os.symlink("d/file.txt", "link")
    print(os.path.islink("link"), os.readlink("link"), os.lstat("link").st_size != 5, os.stat("link").st_size)
    print(os.path.realpath("link") == os.path.join(base, "d/file.txt"))
    with os.scandir("d") as it:
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        print(e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), repr(e))
    print(sorted((root, sorted(dirs), sorted(files)) for root, dirs, files in os.walk("d")))
    print([root for root, dirs, files in os.walk("d", topdown=False)][-1])
    os.rename("d/file.txt", "d/renamed.txt")
    attempt(lambda: os.rename("nope", "other"))
    os.replace("d/renamed.txt", "moved.txt")
    print(sorted(os.listdir(".")))
    attempt(lambda: os.rmdir("d"))
    attempt(lambda: os.remove("d"))
    attempt(lambda: os.remove("nope"))
    attempt(lambda: os.listdir("nope"))
    attempt(lambda: os.stat("nope"))
    attempt(lambda: os.chdir("nope"))
    attempt(lambda: os.chdir("moved.txt"))
    attempt(lambda: os.mkdir("nope/x"))
    attempt(lambda: os.stat(""))
    attempt(lambda: os.stat(3.5))
    os.removedirs("d/e/f")
    print(sorted(os.listdir(".")))
    os.unlink("link")
    # descriptors
    fd = os.open("raw.bin", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    print(os.write(fd, b"hello world"), os.lseek(fd, 0, os.SEEK_CUR))
    os.close(fd)
    attempt(lambda: os.close(fd))
    attempt(lambda: os.write(fd, b"x"))
    fd = os.open("raw.bin", os.O_RDONLY)
    print(os.read(fd, 5), os.lseek(fd, 6, os.SEEK_SET), os.read(fd, 100), os.read(fd, 10), os.fstat(fd).st_size)
    os.close(fd)
    attempt(lambda: os.open("nope", os.O_RDONLY))
    attempt(lambda: os.open("raw.bin", os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    r, w = os.pipe()
    os.write(w, b"through the pipe")
    os.close(w)
    print(os.read(r, 100), os.read(r, 100))
    os.close(r)
    os.truncate("raw.bin", 4)
    with open("raw.bin", "rb") as f:
        print(f.read())
    os.chmod("raw.bin", 0o600)
    print(oct(stat.S_IMODE(os.stat("raw.bin").st_mode)), os.access("raw.bin", os.R_OK), os.access("nope", os.F_OK))
    os.utime("raw.bin", (1000000000, 1200000000))
    print(os.stat("raw.bin").st_mtime, os.path.getmtime("raw.bin"), os.stat("raw.bin").st_atime)
    os.remove("raw.bin")
    os.remove("moved.txt")
    print(os.listdir())
finally:
    os.chdir(start)
    os.rmdir(base)
print(os.path.exists(base))
