# The io ABCs are subclassable: user streams get the mixin methods.
import io


class Lines(io.TextIOBase):
    def __init__(self, lines):
        self._lines = list(lines)

    def readable(self):
        return True

    def readline(self, size=-1):
        return self._lines.pop(0) if self._lines else ""


r = Lines(["a\n", "b\n", "c"])
print(list(r))
print(r.readable(), r.writable(), r.seekable(), r.closed)
for bad in [lambda: r.write("x"), lambda: r.seek(0), lambda: r.fileno(), r.tell, r.truncate]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
r.close()
print(r.closed)
try:
    iter(r)
except ValueError as e:
    print(type(e).__name__, e)


class Collect(io.TextIOBase):
    def __init__(self):
        self.parts = []

    def writable(self):
        return True

    def write(self, s):
        self.parts.append(s)
        return len(s)


c = Collect()
print("x", 1, sep="-", file=c)
print(c.parts)
with c:
    pass
print(c.closed)


class Raw(io.RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readable(self):
        return True

    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos, 3)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n


print(Raw(b"abcdefgh").read(), Raw(b"abcdefgh").readall(), Raw(b"ab\ncd").readline())
br = io.BufferedReader(Raw(b"hello world\nbye\n"), buffer_size=4)
print(br.read(5), br.peek(1)[:1], br.readline(), br.read())
t = io.TextIOWrapper(io.BufferedReader(Raw("ünï\nline".encode())), encoding="utf-8")
print(t.readlines())
print(issubclass(Raw, io.IOBase), isinstance(br, io.BufferedIOBase))
print(io.IOBase.__module__, io.TextIOWrapper.__module__, io.StringIO.__module__)
print([c.__name__ for c in io.TextIOWrapper.__mro__])
print([c.__name__ for c in io.StringIO.__mro__])
print([c.__name__ for c in io.BytesIO.__mro__])
print([c.__name__ for c in io.FileIO.__mro__])
print(io.UnsupportedOperation.__mro__)
