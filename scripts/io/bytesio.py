# io.BytesIO: reading, writing, seeking, getbuffer, errors.
import io

b = io.BytesIO(b"hello\nworld\nlast")
print(b.read(3), b.tell(), b.read1(2), b.readline(), b.readline(2), b.readlines())
b.seek(0)
print(list(b))
print(b.getvalue())
w = io.BytesIO()
print(w.write(b"abc"), w.write(bytearray(b"de")), w.write(memoryview(b"fg")), w.tell())
w.seek(10)
w.write(b"!")
print(w.getvalue())
print(w.seek(-3, 2), w.read())
print(w.truncate(2), w.getvalue(), w.tell())
buf = bytearray(4)
w.seek(0)
print(w.readinto(buf), buf)
print(w.readable(), w.writable(), w.seekable(), w.isatty())
v = w.getbuffer()
print(bytes(v), len(v))
try:
    w.write(b"zz")
except BufferError as e:
    print(type(e).__name__, e)
v.release()
print(w.write(b"zz"), w.getvalue())
for bad in [lambda: w.seek(-1), lambda: w.seek(0, 3), lambda: w.write("s"),
            lambda: io.BytesIO("s"), lambda: w.truncate(-1), lambda: w.fileno(),
            lambda: w.read(1.5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
w.close()
for bad in [w.read, w.getvalue, w.tell, lambda: w.write(b"x"), w.getbuffer]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
with io.BytesIO(b"ctx") as c:
    print(c.read())
print(c.closed)
print(isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.BytesIO(), io.RawIOBase))
print(io.BytesIO(b"a\nb").readlines(1))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE, io.open is open)
