# io.StringIO: reading, writing, seeking, newline handling, errors.
import io

s = io.StringIO("hello\nworld\nlast")
print(repr(s.read(3)), s.tell())
print(repr(s.readline()), repr(s.readline(2)), repr(s.readline()))
print(repr(s.readline()), repr(s.read()))
s.seek(0)
print(s.readlines())
s.seek(0)
print([line for line in s])
print(s.getvalue() == "hello\nworld\nlast")

w = io.StringIO()
print(w.write("abc"), w.write("δεζ\n"), w.tell(), repr(w.getvalue()))
w.seek(1)
print(w.write("XY"), repr(w.getvalue()))
w.seek(10)
w.write("!")
print(repr(w.getvalue()))
print(w.truncate(4), repr(w.getvalue()), w.tell())
w.seek(0, io.SEEK_END)
print(w.tell())
print(w.truncate(), repr(w.getvalue()))

for nl in [None, "", "\n", "\r", "\r\n"]:
    s = io.StringIO("a\nb\r\nc\rd", newline=nl)
    print(repr(nl), s.readlines(), repr(s.getvalue()), s.newlines)
    s = io.StringIO(newline=nl)
    s.write("x\ny\r\nz\r")
    print(repr(nl), repr(s.getvalue()), s.newlines)

s = io.StringIO("abc")
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.closed, s.line_buffering)
print(s.encoding, s.errors)
for bad in [lambda: s.seek(-1), lambda: s.seek(1, 1), lambda: s.seek(0, 5),
            lambda: s.write(b"x"), lambda: io.StringIO(b"x"),
            lambda: s.truncate(-1), lambda: io.StringIO(newline="x"),
            lambda: s.read("x"), lambda: s.fileno(), lambda: s.detach()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
s.close()
print(s.closed)
for bad in [s.read, s.getvalue, s.tell, lambda: s.write("x"), lambda: iter(s), s.readable]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

with io.StringIO("ctx") as c:
    print(c.read())
print(c.closed)

print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.StringIO(), io.IOBase))
print(issubclass(io.StringIO, io.BufferedIOBase))


class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


u = Upper()
print("hi there", file=u)
print(repr(u.getvalue()))
print(repr(io.StringIO("x\ny").__next__()))
s = io.StringIO("abc")
s.seek(0, 2)
try:
    next(s)
except StopIteration:
    print("StopIteration")
print(repr(io.StringIO(None).getvalue()))
s = io.StringIO("é€😀")
print(s.read(1), s.tell(), s.read(), s.tell())
