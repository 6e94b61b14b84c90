# open(): modes, reading and writing, seek/tell, truncate, iteration.
import io
import os

base = os.path.join(os.environ.get("TMPDIR") or "/tmp", "gilpy_open_" + os.urandom(6).hex())
os.mkdir(base)
os.chdir(base)
try:
    with open("t.txt", "w") as f:
        print(type(f).__name__, f.name, f.mode, f.encoding, f.closed, f.writable(), f.readable(), f.seekable())
        print(f.write("line1\nline2\n"), f.write("é"), f.tell())
        print(type(f.buffer).__name__, type(f.buffer.raw).__name__, f.buffer.raw.mode, f.buffer.name)
    print(f.closed)
    with open("t.txt") as f:
        print(f.mode, repr(f.read(3)), repr(f.readline()), repr(f.readline(3)), f.readlines())
    with open("t.txt", "rb") as f:
        print(type(f).__name__, f.mode, f.read(), f.tell(), f.seek(2), f.read(3), f.seek(-2, 2), f.read())
    with open("t.txt", "a") as f:
        print(f.tell(), f.write("more\n"))
    with open("t.txt") as f:
        print([l for l in f])
    with open("t.txt", "r+") as f:
        print(f.mode, f.read(2), f.seek(0), f.write("LI"), f.seek(0), f.readline())
        print(f.truncate(8), f.seek(0), repr(f.read()))
    with open("t.txt", "w+b") as f:
        print(f.mode, type(f).__name__, f.read(), f.write(b"xyz"), f.seek(0), f.read())
    with open("t.txt", "ab+") as f:
        print(f.mode, f.tell(), f.seek(0), f.read(), f.write(b"!"), f.tell())
    with open("t.txt", "rb", buffering=0) as f:
        print(type(f).__name__, f.mode, f.read(2), f.readall(), f.name)
    try:
        open("t.txt", "x")
    except FileExistsError as e:
        print(type(e).__name__, e, e.errno, e.filename)
    with open("new.txt", "x") as f:
        print(f.mode, f.write("x"))
    with open("new.txt", "xb" if False else "rb") as f:
        print(f.read())
    # newline handling on write and read
    with open("nl.txt", "w", newline="\r\n") as f:
        f.write("a\nb\n")
    with open("nl.txt", "rb") as f:
        print(f.read())
    for nl in [None, "", "\n", "\r\n"]:
        with open("nl.txt", newline=nl) as f:
            print(repr(nl), f.readlines(), f.newlines)
    with open("nl.txt", "w", newline="\r") as f:
        f.write("a\nb")
    with open("nl.txt", "rb") as f:
        print(f.read())
    # encodings and errors
    with open("enc.txt", "w", encoding="latin-1") as f:
        f.write("café")
    with open("enc.txt", "rb") as f:
        print(f.read())
    with open("enc.txt", encoding="utf-8", errors="replace") as f:
        print(f.read())
    with open("enc.txt", encoding="utf-8", errors="surrogateescape") as f:
        print(repr(f.read()))
    try:
        with open("enc.txt", encoding="utf-8") as f:
            f.read()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
    with open("enc.txt", "w", encoding="ascii", errors="backslashreplace") as f:
        f.write("naïve")
    with open("enc.txt") as f:
        print(f.read())
    # buffering
    for b in [0, 1, 10, -1]:
        try:
            f = open("buf.txt", "wb", buffering=b)
            print(b, type(f).__name__)
            f.close()
        except ValueError as e:
            print(b, type(e).__name__, e)
    f = open("buf.txt", "w", buffering=1)
    print(f.line_buffering)
    f.close()
    try:
        open("buf.txt", "w", buffering=0)
    except ValueError as e:
        print(type(e).__name__, e)
    # fileno, isatty, closefd, opener
    f = open("t.txt", "rb")
    fd = f.fileno()
    print(type(fd).__name__, fd >= 3, f.isatty())
    g = open(fd, "rb", closefd=False)
    print(g.name == fd, g.read())
    g.close()
    print(f.read(), f.closed)
    f.close()
    def opener(path, flags):
        print("opener called", path, flags & os.O_WRONLY != 0)
        return os.open(path, flags, 0o644)
    with open("op.txt", "w", opener=opener) as f:
        f.write("via opener")
    with open("op.txt") as f:
        print(f.read())
    try:
        open("op.txt", closefd=False)
    except ValueError as e:
        print(type(e).__name__, e)
    print(open is io.open)
    print(sorted(os.listdir(".")))
finally:
    os.chdir("/")
    for n in os.listdir(base):
        os.remove(os.path.join(base, n))
    os.rmdir(base)
print(os.path.exists(base))
