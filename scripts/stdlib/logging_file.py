# FileHandler and basicConfig(filename=...): files opened at once or on
# the first record, modes, reprs, closing; the process id is os.getpid().
import logging
import os

# A fresh directory of this run (no tempfile module needed).
d = os.path.abspath("gilpy-logging-test-%d" % os.getpid())
os.mkdir(d)
path = os.path.join(d, "app.log")

rec = logging.LogRecord("n", 20, "p.py", 1, "m", (), None)
print(rec.process == os.getpid())

h = logging.FileHandler(path)
print(repr(h) == "<FileHandler %s (NOTSET)>" % path, h.baseFilename == path,
      h.mode, h.encoding, h.delay, h.stream is not None)
log = logging.getLogger("file")
log.propagate = False
log.addHandler(h)
log.warning("first %s", 1)
log.error("second")
h.close()
print(h.stream)
with open(path) as f:
    print(repr(f.read()))

h = logging.FileHandler(path, mode="w", delay=True)
print(h.stream, os.path.exists(path))
log.handlers = [h]
h.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
log.warning("rewritten")
h.close()
log.warning("after close: not written in mode w")
with open(path) as f:
    print(repr(f.read()))

rel = logging.FileHandler(os.path.relpath(os.path.join(d, "rel.log")), delay=True)
print(rel.baseFilename == os.path.join(d, "rel.log"))
rel.close()

logging.basicConfig(filename=os.path.join(d, "basic.log"), filemode="w",
                    format="%(name)s:%(message)s", level=logging.INFO)
print(logging.root.handlers[0].__class__.__name__, logging.root.handlers[0].mode)
logging.info("to the file")
logging.getLogger("sub").warning("also")
logging.shutdown()
with open(os.path.join(d, "basic.log")) as f:
    print(repr(f.read()))
try:
    logging.FileHandler(os.path.join(d, "missing", "x.log"))
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
for name in sorted(os.listdir(d)):
    os.remove(os.path.join(d, name))
os.rmdir(d)
