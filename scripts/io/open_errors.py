# open() errors: bad modes and arguments, missing files, closed files,
# unsupported operations.
import io
import os

base = os.path.join(os.environ.get("TMPDIR") or "/tmp", "gilpy_openerr_" + os.urandom(6).hex())
os.mkdir(base)
os.chdir(base)


def attempt(fn):
    try:
        r = fn()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)


try:
    with open("f.txt", "w") as f:
        f.write("data\n")
    os.mkdir("sub")
    for mode in ["", "rw", "rr", "z", "rt+b", "wb+t", "U", "rU", "xa", "r+a", "bt", "t"]:
        attempt(lambda: open("f.txt", mode).close())
    attempt(lambda: open("f.txt", "rb", encoding="utf-8"))
    attempt(lambda: open("f.txt", "rb", errors="strict"))
    attempt(lambda: open("f.txt", "rb", newline="\n"))
    attempt(lambda: open("f.txt", newline="x"))
    attempt(lambda: open("f.txt", encoding="bogus"))
    attempt(lambda: open("f.txt", 5))
    attempt(lambda: open(3.5))
    attempt(lambda: open(None))
    attempt(lambda: open("f.txt", buffering="x"))
    attempt(lambda: open("missing.txt"))
    attempt(lambda: open("nodir/x.txt", "w"))
    attempt(lambda: open("sub"))
    attempt(lambda: open("sub", "w"))
    attempt(lambda: open(""))
    attempt(lambda: open("a\0b"))
    attempt(lambda: open(-1))
    attempt(lambda: open(9999))
    try:
        open("missing.txt")
    except FileNotFoundError as e:
        print(e.errno, e.strerror, e.filename, e.filename2, e.args, isinstance(e, OSError))
    f = open("f.txt")
    attempt(lambda: f.write("x"))
    attempt(lambda: f.truncate())
    f.close()
    for op in [f.read, f.readline, lambda: f.write("x"), f.tell, lambda: f.seek(0), f.fileno,
               f.flush, f.isatty, lambda: next(f), f.readable, lambda: f.__enter__()]:
        attempt(op)
    f.close()
    print(f.closed)
    f = open("f.txt", "w")
    attempt(f.read)
    attempt(f.readline)
    f.close()
    f = open("f.txt", "rb")
    attempt(lambda: f.write(b"x"))
    attempt(lambda: f.read("x"))
    attempt(lambda: f.seek(0, 7))
    attempt(lambda: f.seek(-5))
    attempt(lambda: f.readinto(b"immutable"))
    f.close()
    attempt(f.read)
    f = open("f.txt", "rb", buffering=0)
    attempt(lambda: f.write(b"x"))
    f.close()
    attempt(f.read)
    attempt(lambda: io.UnsupportedOperation.__mro__)
    w = open("f.txt", "w")
    attempt(lambda: w.write(b"bytes"))
    attempt(lambda: w.write(5))
    w.close()
    b = open("f.txt", "wb")
    attempt(lambda: b.write("text"))
    b.close()
finally:
    os.chdir("/")
    os.remove(os.path.join(base, "f.txt"))
    os.rmdir(os.path.join(base, "sub"))
    os.rmdir(base)
