# tempfile beyond the basics: SpooledTemporaryFile's delegating surface in
# both states, the NamedTemporaryFile wrapper, argument errors, bytes names.
import io
import os
import tempfile

def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(label, repr(r))

base = tempfile.mkdtemp(prefix="gilpy_more_")

# Spooled, binary, never rolled.
s = tempfile.SpooledTemporaryFile(max_size=100, dir=base)
print(isinstance(s, io.IOBase), s._rolled, s.closed, s.name, s.mode)
show("write", lambda: s.write(b"line1\nline2\nline3\n"))
show("writelines", lambda: s.writelines([b"a\n", b"b\n"]))
show("tell", s.tell)
show("seek", lambda: s.seek(0))
show("readline", s.readline)
show("readline-n", lambda: s.readline(3))
show("read1", lambda: s.read1(4))
show("readlines", s.readlines)
show("seek2", lambda: s.seek(2))
buf = bytearray(4)
show("readinto", lambda: s.readinto(buf))
print(bytes(buf))
show("readinto1", lambda: s.readinto1(buf))
show("read", lambda: s.read())
show("readable", s.readable)
show("writable", s.writable)
show("seekable", s.seekable)
show("isatty", s.isatty)
show("flush", s.flush)
show("encoding", lambda: s.encoding)
show("errors", lambda: s.errors)
show("newlines", lambda: s.newlines)
show("truncate-small", lambda: s.truncate(5))
print(s._rolled)
show("seek0", lambda: s.seek(0))
print(list(s))
show("truncate-none", lambda: (s.seek(3), s.truncate()))
show("getvalue", lambda: s._file.getvalue())
show("truncate-big", lambda: s.truncate(200))
print(s._rolled, type(s.name).__name__, s.mode)
s.close()
print(s.closed)
show("enter-closed", lambda: s.__enter__())

# Spooled text mode.
t = tempfile.SpooledTemporaryFile(max_size=8, mode="w+", encoding="utf-8", newline=None, dir=base)
print(t._rolled, t.encoding, t.errors, t.mode, t.name)
show("twrite", lambda: t.write("ab\r\ncd\n"))
print(t._rolled)
t.seek(0)
show("tread", t.read)
show("tnewlines", lambda: t.newlines)
show("twrite2", lambda: t.write("more than eight chars"))
print(t._rolled, t.mode, t.encoding)
t.seek(0)
show("tread2", t.read)
t.close()

# fileno forces the rollover; position is kept.
u = tempfile.SpooledTemporaryFile(dir=base)
u.write(b"hello world")
u.seek(4)
print(type(u.fileno()).__name__, u._rolled, u.tell(), u.read())
u.rollover()
print(u._rolled)
u.close()

# max_size 0 never rolls by size.
z = tempfile.SpooledTemporaryFile(0, dir=base)
z.write(b"x" * 10000)
print(z._rolled)
z.close()

# The named wrapper forwards attributes and iterates lines.
with tempfile.NamedTemporaryFile("w+", dir=base, prefix="nt", suffix=".txt", encoding="utf-8") as n:
    print(type(n).__name__, n.encoding, n.mode, os.path.basename(n.name)[:2], n.delete)
    n.write("one\ntwo\n")
    n.seek(0)
    print(list(n), n.readable(), callable(n.close))
    show("missing", lambda: n.no_such_attribute)
print(n.closed)
n.close()
w = tempfile.NamedTemporaryFile(dir=base)
w.close()
w.close()
print(w.closed, os.path.exists(w.name))

# Bytes names and mixing errors.
d = tempfile.mkdtemp(prefix=b"bp", dir=base.encode())
print(type(d).__name__, os.path.basename(d)[:2])
fd, p = tempfile.mkstemp(suffix=b".b", dir=base.encode())
os.close(fd)
print(type(p).__name__, p.endswith(b".b"), len(os.path.basename(p)))
show("mix", lambda: tempfile.mkstemp(prefix="x", dir=base.encode()))
show("mix-named", lambda: tempfile.NamedTemporaryFile(prefix=b"x", suffix="y"))
show("mix-tmpdir", lambda: tempfile.TemporaryDirectory(prefix=b"x", dir=base))
show("badtype", lambda: tempfile.mkstemp(prefix=3))
for maker in (tempfile.mkstemp, tempfile.mkdtemp):
    try:  # the message holds a random name: print its stable parts
        maker(dir=os.path.join(base, "missing"))
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, os.path.dirname(e.filename) == os.path.join(base, "missing"))
show("badmode", lambda: tempfile.TemporaryFile("q", dir=base))
print(sorted(n[:2] for n in os.listdir(base)))

# mktemp names do not exist; its defaults.
m = tempfile.mktemp(suffix=".m", prefix="mk", dir=base)
print(os.path.basename(m)[:2], m.endswith(".m"), os.path.exists(m), len(os.path.basename(m)))
print(os.path.dirname(tempfile.mktemp()) == tempfile.gettempdir())

# TemporaryDirectory details.
td = tempfile.TemporaryDirectory(dir=base, prefix="td")
r = repr(td)
print(r.startswith("<TemporaryDirectory '") and r.endswith("'>"), os.path.basename(td.name)[:2])
print(td.__enter__() == td.name)
td.__exit__(None, None, None)
print(os.path.exists(td.name))
td2 = tempfile.TemporaryDirectory(dir=base, ignore_cleanup_errors=True)
os.makedirs(os.path.join(td2.name, "a", "b"))
open(os.path.join(td2.name, "a", "b", "f"), "w").close()
os.chmod(os.path.join(td2.name, "a", "b"), 0o500)
td2.cleanup()
print(os.path.exists(td2.name))
print(tempfile.SpooledTemporaryFile[int], tempfile.TMP_MAX, sorted(tempfile.__all__))
import shutil
shutil.rmtree(base)
print(os.path.exists(base))
