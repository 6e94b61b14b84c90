# codecs' stream classes and helpers: StreamReader/StreamWriter (read
# sizes, readline with every line ending, readlines, iteration, seek,
# reset), StreamReaderWriter, StreamRecoder via EncodedFile, codecs.open,
# the Buffered incremental bases, the abstract bases' defaults, CodecInfo
# construction, make_identity_dict and make_encoding_map.
import codecs
import io
import os
import tempfile


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


text = "caf\xe9 line one\r\nsecond\u20ac\rthird\nfourth\x0bfifth\u2028sixth\x85last"
for enc in ("utf-8", "utf-16", "latin-1", "utf-8-sig"):
    data = text.encode(enc, "replace")
    r = codecs.getreader(enc)(io.BytesIO(data))
    print(enc, repr(r.readline()), repr(r.readline(keepends=False)), repr(r.read(3)), repr(r.readline(4)))
    print("  ", r.readlines())
    r = codecs.getreader(enc)(io.BytesIO(data))
    print("  ", list(r))
    r.seek(0)
    print("  ", repr(r.read(5, 2)), repr(r.read(chars=4)), repr(r.read()), repr(r.read()), repr(r.readline()))
    r.seek(0)
    print("  ", r.readlines(keepends=False))

r = codecs.getreader("utf-8")(io.BytesIO(b"a\r"))
print(repr(r.readline()), repr(r.readline()))
r = codecs.getreader("utf-8")(io.BytesIO(b"x" * 200 + b"\r\ny\n"))
print(len(r.readline()), repr(r.readline()), repr(r.readline()))
r = codecs.getreader("utf-8")(io.BytesIO(b"abc\xe2\x82"))
show("truncated", r.read)
r = codecs.getreader("utf-8")(io.BytesIO(b"abc\xff def"), "replace")
print(repr(r.read()), r.errors)
r = codecs.getreader("ascii")(io.BytesIO(b"one\ntwo"))
print(r.readline(), r.tell(), r.closed, r.getvalue())
r.reset()
print(repr(r.bytebuffer), repr(r.charbuffer), r.linebuffer)
show("reduce", lambda: r.__reduce_ex__(2))
with codecs.getreader("ascii")(io.BytesIO(b"")) as rr:
    print(type(rr).__name__, rr.closed)
print(rr.closed)

buf = io.BytesIO()
w = codecs.getwriter("utf-16")(buf)
w.write("ab")
w.writelines(["c", "\u20ac"])
print(buf.getvalue(), w.errors)
w.seek(0)
w.write("Z")
print(buf.getvalue())
w.reset()
show("reduce", lambda: w.__reduce_ex__(2))
w2 = codecs.getwriter("ascii")(io.BytesIO(), "xmlcharrefreplace")
w2.write("\xe9!")
print(w2.getvalue())
show("write bad", lambda: codecs.getwriter("ascii")(io.BytesIO()).write("\xe9"))
show("write bytes", lambda: codecs.getwriter("ascii")(io.BytesIO()).write(b"x"))

# StreamReaderWriter.
rw = codecs.StreamReaderWriter(io.BytesIO("l\xe91\nl2\n".encode("latin-1")), codecs.getreader("latin-1"),
                               codecs.getwriter("latin-1"))
print(rw.encoding, repr(rw.readline()), rw.readlines(), rw.read())
rw.seek(0)
print(next(rw), list(rw), iter(rw) is rw)
rw.seek(0, 2)
rw.write("\xff")
rw.writelines(["x", "y"])
print(rw.getvalue())
rw.reset()
show("reduce", lambda: rw.__reduce_ex__(2))
with rw as same:
    print(same is rw)
print(rw.closed)

# EncodedFile / StreamRecoder: the program sees utf-8, the file holds latin-1.
raw = io.BytesIO("d\xe9j\xe0\nvu\n".encode("latin-1"))
ef = codecs.EncodedFile(raw, "utf-8", "latin-1")
print(type(ef).__name__, ef.data_encoding, ef.file_encoding, ef.readline(), ef.read())
ef.seek(0)
print(ef.readlines(), ef.readline(), ef.readline(5))
ef.seek(0)
print(next(ef), iter(ef) is ef)
ef.write("\u00fc".encode("utf-8"))
ef.writelines([b"!", b"?"])
print(raw.getvalue())
print(codecs.EncodedFile(io.BytesIO(b"abc"), "ascii").file_encoding)
show("reduce", lambda: ef.__reduce_ex__(2))
show("EncodedFile", lambda: codecs.EncodedFile(io.BytesIO(), "nosuch"))
show("recoder", lambda: codecs.StreamRecoder(io.BytesIO(), None, None, None, None))
print(codecs.StreamRecoder.data_encoding, codecs.StreamRecoder.file_encoding, codecs.StreamReaderWriter.encoding)

# codecs.open.
with tempfile.TemporaryDirectory() as d:
    name = os.path.join(d, "f.txt")
    with codecs.open(name, "w", "utf-16") as f:
        print(type(f).__name__, f.encoding, f.mode if hasattr(f, "mode") else None)
        f.write("h\xe9llo\nw\u20acrld\n")
    with open(name, "rb") as f:
        print(f.read())
    with codecs.open(name, "r", "utf-16") as f:
        print(f.readlines())
    with codecs.open(name, encoding="utf-16") as f:
        print(repr(f.read()), f.stream.mode)
    with codecs.open(name, "rb") as f:
        print(type(f).__name__, f.read()[:4])
    with codecs.open(name, "a", "utf-16", buffering=0) as f:
        f.write("!")
    with open(os.path.join(d, "plain.txt"), "w", encoding="utf-8") as f:
        f.write("plain \u20ac text\n")
    with codecs.open(os.path.join(d, "plain.txt"), "r") as f:
        print(type(f).__name__, repr(f.read()))
    show("open bad", lambda: codecs.open(name, "r", "nosuch"))
    try:
        codecs.open(os.path.join(d, "none"), "r", "utf-8")
    except OSError as e:
        print("open missing", type(e).__name__, e.errno, e.filename == os.path.join(d, "none"))

# The abstract bases.
for f in [lambda: codecs.Codec().encode("x"), lambda: codecs.Codec().decode(b"x"),
          lambda: codecs.IncrementalEncoder().encode("x"), lambda: codecs.IncrementalDecoder().decode(b"x"),
          lambda: codecs.BufferedIncrementalEncoder().encode("x"),
          lambda: codecs.BufferedIncrementalDecoder().decode(b"x"),
          lambda: codecs.StreamReader(io.BytesIO(b"x")).read()]:
    show("abstract", f)
e = codecs.IncrementalEncoder("ignore")
print(e.errors, repr(e.buffer), e.getstate(), e.setstate(5), e.reset())
dd = codecs.IncrementalDecoder()
print(dd.errors, dd.getstate(), dd.setstate((b"", 0)), dd.reset())


class Halves(codecs.BufferedIncrementalEncoder):
    # Encodes characters two at a time; an odd one waits for the next call.
    def _buffer_encode(self, input, errors, final):
        n = len(input) if final else len(input) // 2 * 2
        return input[:n].upper().encode(), n


h = Halves()
print(h.encode("abc"), repr(h.buffer), h.getstate(), h.encode("d"), h.encode("e"), h.encode("", True))
h.setstate("zz")
print(h.buffer, h.encode("y"))
h.setstate(0)
print(repr(h.buffer))
h.encode("q")
h.reset()
print(repr(h.buffer))


class Pairs(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        n = len(input) if final else len(input) // 2 * 2
        return input[:n].decode("latin-1")[::-1], n


pd = Pairs()
print(pd.decode(b"abc"), pd.getstate(), pd.decode(b"d"), pd.decode(b"e", True), pd.buffer)
pd.setstate((b"xy", 0))
print(pd.decode(b"z"), pd.getstate())
pd.reset()
print(pd.getstate())

# CodecInfo built by hand.
ci = codecs.CodecInfo(str.upper, str.lower)
print(tuple(ci) == (str.upper, str.lower, None, None), ci.name, ci.incrementalencoder, ci.streamreader,
      ci._is_text_encoding, len(ci), type(ci).__mro__[1].__name__)
ci = codecs.CodecInfo(1, 2, 3, 4, 5, 6, "nm", _is_text_encoding=False)
print(tuple(ci), ci.streamreader, ci.streamwriter, ci.incrementalencoder, ci.incrementaldecoder, ci.name,
      ci._is_text_encoding)
show("CodecInfo", lambda: codecs.CodecInfo(1))
show("CodecInfo", lambda: codecs.CodecInfo(1, 2, 3, 4, 5, 6, 7, 8))
print(repr(codecs.CodecInfo(1, 2, name="x")).split(" at ")[0])

# Helper tables.
print(codecs.make_identity_dict(range(3)), codecs.make_identity_dict([]))
print(codecs.make_encoding_map({1: 10, 2: 20, 3: 10, 4: 30}))
print(sorted(codecs.make_encoding_map({0x41: 0x61, 0x42: 0x61}).items()))
print(codecs.strict_errors.__name__, codecs.replace_errors is codecs.lookup_error("replace"))
print(codecs.getencoder("ascii") is codecs.lookup("ascii").encode, codecs.getreader("latin-1").__name__,
      codecs.getwriter("utf-8").__module__)
