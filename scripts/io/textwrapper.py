# io.TextIOWrapper over BytesIO: encodings, newlines, errors, detach.
import io

raw = io.BytesIO("línea1\nline2\r\nline3\rend".encode("utf-8"))
t = io.TextIOWrapper(raw, encoding="utf-8")
print(t.encoding, t.errors, t.line_buffering, t.newlines)
print(t.readlines(), t.newlines)
t.seek(0)
print(repr(t.read(3)), repr(t.readline()))
print(t.buffer is raw, t.name if hasattr(t, "name") else "no name")

out = io.BytesIO()
t = io.TextIOWrapper(out, encoding="utf-8", newline="\r\n")
print(t.write("a\nb\n"), t.write("ç"))
t.flush()
print(out.getvalue())

for nl in [None, "", "\n", "\r", "\r\n"]:
    t = io.TextIOWrapper(io.BytesIO(b"a\nb\r\nc\rd"), encoding="ascii", newline=nl)
    print(repr(nl), t.readlines())

t = io.TextIOWrapper(io.BytesIO(b"ok\xff\xfe"), encoding="utf-8", errors="replace")
print(repr(t.read()))
t = io.TextIOWrapper(io.BytesIO(b"ok\xff"), encoding="utf-8")
try:
    t.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
t = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
try:
    t.write("é")
    t.flush()
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
t = io.TextIOWrapper(io.BytesIO(), encoding="latin-1", errors="xmlcharrefreplace")
t.write("é€")
t.flush()
print(t.buffer.getvalue())
try:
    io.TextIOWrapper(io.BytesIO(), encoding="nope")
except LookupError as e:
    print(type(e).__name__, e)
try:
    io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="x")
except ValueError as e:
    print(type(e).__name__, e)

b = io.BytesIO()
t = io.TextIOWrapper(b, encoding="utf-8")
t.write("keep")
d = t.detach()
print(d is b, b.getvalue())
try:
    t.write("x")
except ValueError as e:
    print(type(e).__name__, e)

t = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", line_buffering=True)
t.write("x\n")
print(t.buffer.getvalue())
t.reconfigure(line_buffering=False)
print(t.line_buffering)
t = io.TextIOWrapper(io.BytesIO(b"abc\ndef\n"), encoding="utf-8")
pos = t.tell()
print(t.readline(), end="")
p2 = t.tell()
print(t.readline(), end="")
t.seek(p2)
print(t.readline(), end="")
t.seek(pos)
print(repr(t.read()))
try:
    t.seek(1, 1)
except Exception as e:
    print(type(e).__name__, e)
print(t.seek(0, 2), repr(t.read()))
print(repr(io.TextIOWrapper(io.BytesIO(), encoding="utf-8")).startswith("<_io.TextIOWrapper encoding='utf-8'"))
