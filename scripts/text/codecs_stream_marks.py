# Stream readers and writers of the codecs with a byte order mark
# (utf-16, utf-32, utf-8-sig) and of the ones that decode partially
# (utf-8, utf-16-le/-be, utf-32-le/-be, unicode_escape): the mark written
# once and again after reset(), the byte order taken from the mark,
# streams without one, and sequences split between reads.
import codecs
import io

cases = [("utf-16", b"a\x00b\x00"), ("utf-16", b"\xfe\xff\x00a\x00b\xfe\xff"), ("utf-16", b"\xff\xfea\x00\xff\xfe"),
         ("utf-32", b"\x00\x00\xfe\xff\x00\x00\x00a"), ("utf-32", b"a\x00\x00\x00"),
         ("utf-8-sig", b"\xef\xbb\xbfab\xef\xbb\xbf"), ("utf-8-sig", b"ab"), ("utf-8-sig", b"\xef\xbb"),
         ("utf-8-sig", b"\xefab"), ("utf-16", b"\xff"), ("utf-8", b"a\xe2\x82\xacb\xe2"),
         ("utf-16-le", b"a\x00\xac\x20b"), ("utf-16-be", b"\x00a\xd8\x3d\xde\x00"), ("utf-32-le", b"a\x00\x00\x00b\x00"),
         ("utf-32-be", b"\x00\x00\x00a\x00"), ("unicode_escape", b"a\\x41b\\u20ac\\"),
         ("raw_unicode_escape", b"a\\u20acb\\u12"), ("latin-1", b"a\xffb"), ("cp1252", b"a\x80b")]
for enc, data in cases:
    r = codecs.getreader(enc)(io.BytesIO(data))
    try:
        print(enc, data, repr(r.read(1)), repr(r.read()), r.bytebuffer)
    except Exception as e:
        print(enc, data, type(e).__name__, e)
    r = codecs.getreader(enc)(io.BytesIO(data))
    try:
        print("   one byte at a time:", [r.read(1, 1) for i in range(7)])
    except Exception as e:
        print("   one byte at a time:", type(e).__name__, e)
    r.seek(0)
    try:
        print("   after seek(0):", repr(r.read()))
    except Exception as e:
        print("   after seek(0):", type(e).__name__, e)

for enc in ["utf-16", "utf-32", "utf-8-sig", "utf-16-be", "utf-32-le", "unicode_escape", "utf-8", "cp437"]:
    b = io.BytesIO()
    w = codecs.getwriter(enc)(b)
    w.write("a\u20ac" if enc != "cp437" else "a\xe9")
    w.write("b")
    w.reset()
    w.write("c")
    w.seek(0, 2)
    w.write("d")
    w.seek(0)
    w.write("e")
    print(enc, b.getvalue())

# A StreamReaderWriter on utf-16: the reader takes the writer's mark.
buf = io.BytesIO()
rw = codecs.StreamReaderWriter(buf, codecs.getreader("utf-16"), codecs.getwriter("utf-16"))
rw.write("line one\nline two\n")
rw.seek(0)
print(rw.readline(), rw.readlines(), buf.getvalue()[:4])
# readline across a sequence split at the read boundary.
data = ("x" * 71 + "\u20ac\ny\n").encode("utf-8")
r = codecs.getreader("utf-8")(io.BytesIO(data))
print(len(r.readline()), repr(r.readline()), repr(r.readline()))
r = codecs.getreader("utf-16")(io.BytesIO(("z" * 80 + "\r\nq").encode("utf-16")))
print(len(r.readline()), repr(r.readline()))
# A bad byte: the lines before it are not lost, unless the read that
# reaches it is the one filling the first line.
for data, size in [(b"ok\nbad\xff\nmore", None), (b"ok\nbad\xff\nmore", 5), (b"ok\nbad\nmore\xff", 3)]:
    r = codecs.getreader("utf-8")(io.BytesIO(data))
    got = []
    for i in range(4):
        try:
            got.append(r.readline(size))
        except UnicodeDecodeError as e:
            got.append("UnicodeDecodeError: %s" % e)
    print(got, r.bytebuffer)
