# os.path.realpath over link chains, loops, '..' after links, missing
# parts, strict mode and bytes; islink/lexists/ismount on odd inputs.
import os
import os.path as p
import tempfile

def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(label, repr(r))

base = p.realpath(tempfile.mkdtemp())
os.chdir(base)
def rel(x):
    if isinstance(x, bytes):
        return x.replace(os.fsencode(base), b"<B>")
    return x.replace(base, "<B>") if isinstance(x, str) else x

os.makedirs("real/sub/deep")
open("real/sub/file", "w").close()
os.symlink("real", "l1")
os.symlink("l1", "l2")
os.symlink("l2/sub", "l3")
os.symlink(base + "/real/sub/deep", "abs")
os.symlink("../..", "real/sub/deep/up")
os.symlink("loopa", "loopb")
os.symlink("loopb", "loopa")
os.symlink("self", "self")
os.symlink("missing/x", "dangling")
os.symlink("sub/file", "real/tofile")

cases = ["real", "l1", "l2", "l3", "l3/deep", "abs", "abs/up", "abs/up/sub", "l3/../sub", "l2/sub/../..",
         "loopa", "loopb", "loopa/x", "self", "self/..", "dangling", "dangling/more", "nope", "nope/../real",
         "real/tofile", "real/tofile/x", ".", "", "./l1/./sub//deep/", "/", "//", "///x", "l1/..",
         base + "/l2/sub", "real/sub/deep/up/up"]
for c in cases:
    show(repr(rel(c)), lambda: rel(p.realpath(c)))
print(p.realpath("..") == p.dirname(base))
for c in ["l3/deep", "loopa", "self", "dangling", "nope", "real/tofile/x", "abs/up", "l1/.."]:
    show("strict " + repr(c), lambda: rel(p.realpath(c, strict=True)))
show("bytes", lambda: rel(p.realpath(b"l3/deep")))
show("bytes loop", lambda: rel(p.realpath(b"loopa")))
show("pathlike", lambda: rel(p.realpath(type("P", (), {"__fspath__": lambda s: "l2"})())))
show("int", lambda: p.realpath(3))

for c in ["l1", "real", "dangling", "nope", "loopa", "bad\0name", b"l1", 3, None]:
    show("islink " + repr(c), lambda: p.islink(c))
    show("lexists " + repr(c), lambda: p.lexists(c))
for c in ["/", "real", "l1", "nope", b"/", "bad\0", "//"]:
    show("ismount " + repr(c), lambda: p.ismount(c))
os.chdir("/")
import shutil
shutil.rmtree(base)
