# Text files in the encodings of the codecs package: the byte order mark
# written once, decoding errors, single-byte code pages.
import io, os
base = os.path.join(os.environ.get("TMPDIR") or "/tmp", "gilpy_enc_" + os.urandom(6).hex())
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig", "cp1252", "iso8859-15", "mac-roman", "utf_32_be"]:
    with open(base, "w", encoding=enc) as f:
        print(f.encoding, f.write("héllo €\n"), f.write("line2\r\n"))
    with open(base, "a", encoding=enc, errors="replace") as f:
        f.write("ü")
    with open(base, "rb") as f:
        data = f.read()
    print(enc, data)
    with open(base, encoding=enc, errors="replace") as f:
        print(repr(f.read()))
    with open(base, encoding=enc, errors="replace") as f:
        print(repr(f.readline()), f.tell() >= 0)
    with open(base, "r+", encoding=enc, errors="replace") as f:
        f.read()
        f.write("Z")
        f.seek(0)
        print(repr(f.read()))
t = io.TextIOWrapper(io.BytesIO(), encoding="utf-16")
t.write("ab"); t.write("c"); t.flush()
print(t.buffer.getvalue())
t.seek(0); t.write("x"); t.flush(); print(t.buffer.getvalue())
try:
    open(base, "w", encoding="cp1252").write("\u4e00")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    io.TextIOWrapper(io.BytesIO(b"\x81\x8d"), encoding="cp1252").read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    io.TextIOWrapper(io.BytesIO(b"abc"), encoding="utf-16").read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(repr(io.TextIOWrapper(io.BytesIO(b"\xff\xfea\x00b\x00"), encoding="utf-16").read()))
print(repr(io.TextIOWrapper(io.BytesIO(b"\xef\xbb\xbfhi"), encoding="utf-8-sig").read()))
os.remove(base)
for enc in ["utf-16", "utf-32", "utf-8-sig", "utf-16-be"]:
    b = io.BytesIO()
    t = io.TextIOWrapper(b, encoding=enc)
    t.write("abc\ndef\n")
    t.flush()
    t.seek(0)
    first = t.readline()
    pos = t.tell()
    rest = t.read()
    t.seek(pos)
    print(enc, repr(first), repr(rest), repr(t.read()), b.getvalue()[:4])

# tell() and seek() far into streams whose byte order came from a mark
for enc in ["utf-16", "utf-32", "utf-8-sig"]:
    b = io.BytesIO()
    t = io.TextIOWrapper(b, encoding=enc)
    for i in range(3000):
        t.write("line %d é\n" % i)
    t.flush()
    t.seek(0)
    out = []
    for i in range(2000):
        t.readline()
        if i % 400 == 399:
            out.append(t.tell())
    p = out[-1]
    t.seek(p)
    print(enc, out, repr(t.readline()))
