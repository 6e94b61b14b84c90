# logging.handlers corners: MemoryHandler targets and flushOnClose,
# BufferingHandler, QueueHandler/QueueListener hooks, rotation with a
# rotator and namer, without backups and with maxBytes=0; and the
# StreamHandler/FileHandler corners they build on.
import logging
import logging.handlers
import os
import queue
import sys


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def rec(msg, level=logging.INFO, *args):
    return logging.LogRecord("h", level, "p.py", 1, msg, args, None)


class Collect(logging.Handler):
    def __init__(self):
        super().__init__()
        self.got = []

    def emit(self, record):
        self.got.append(record.getMessage())


# MemoryHandler.
t1, t2 = Collect(), Collect()
m = logging.handlers.MemoryHandler(10, target=t1)
print(m, m.capacity, m.flushLevel, m.flushOnClose, m.target is t1)
m.handle(rec("a"))
m.setTarget(t2)
m.handle(rec("b", logging.ERROR))
print(t1.got, t2.got, m.buffer)
m.handle(rec("c"))
m2 = logging.handlers.MemoryHandler(10, flushLevel=logging.INFO, target=t1, flushOnClose=False)
m2.handle(rec("d", logging.DEBUG))
m2.close()
print(t1.got, len(m2.buffer), m2.target)
m.close()
print(t2.got, m.target, len(m.buffer))
m3 = logging.handlers.MemoryHandler(1)
m3.handle(rec("e"))
m3.handle(rec("f"))
print([r.msg for r in m3.buffer])
m3.flush()
print(len(m3.buffer))
m3.close()

# BufferingHandler forgets its records when flushed or closed.
b = logging.handlers.BufferingHandler(0)
print(b.shouldFlush(rec("x")))
b.handle(rec("g"))
print(b.buffer)
b = logging.handlers.BufferingHandler(5)
b.handle(rec("h"))
b.close()
print(b.buffer, b)


# QueueHandler: prepare and enqueue may be replaced.
class ListQueue(logging.handlers.QueueHandler):
    def enqueue(self, record):
        self.queue.append(record)


lq = ListQueue([])
lq.setFormatter(logging.Formatter("[%(levelname)s] %(message)s"))
lq.handle(rec("fmt %s %d", logging.WARNING, "args", 3))
r0 = lq.queue[0]
print(r0.msg, r0.args, r0.message, r0.levelname, r0.name)
print(logging.handlers.QueueHandler(queue.Queue()).prepare(rec("plain %s", 20, "x")).msg)


class Broken(logging.handlers.QueueHandler):
    def enqueue(self, record):
        raise RuntimeError("queue is broken")


logging.raiseExceptions = False
Broken(None).handle(rec("lost"))
logging.raiseExceptions = True
full = logging.handlers.QueueHandler(queue.Queue(1))
full.handle(rec("fits"))
logging.raiseExceptions = False
full.handle(rec("does not fit"))
logging.raiseExceptions = True
print(full.queue.qsize())


# QueueListener: dequeue/prepare hooks; handler levels ignored by default.
class Tagging(logging.handlers.QueueListener):
    def prepare(self, record):
        record.msg = "tagged " + record.msg
        return record


q = queue.Queue()
low, high = Collect(), Collect()
high.setLevel(logging.ERROR)
lst = Tagging(q, low, high)
print(lst.handlers == (low, high), lst.respect_handler_level, lst._thread)
for i in range(3):
    q.put(rec("m%d" % i))
lst.start()
lst.stop()
print(low.got, high.got, q.qsize())
lst.handle(rec("direct"))
print(low.got[-1], high.got[-1])


class ListQueueListener(logging.handlers.QueueListener):
    def dequeue(self, block):
        return self.queue.pop(0)

    def enqueue_sentinel(self):
        self.queue.append(None)


plain = Collect()
lql = ListQueueListener([rec("x1"), rec("x2"), None], plain)
lql.start()
lql.stop()
print(plain.got)

# Rotation.
d = os.path.abspath("gilpy-rotmore-%d" % os.getpid())
os.mkdir(d)
path = os.path.join(d, "r.log")


def listing():
    out = []
    for name in sorted(os.listdir(d)):
        with open(os.path.join(d, name)) as f:
            out.append((name, f.read()))
    return out


log = logging.getLogger("rot")
log.propagate = False
log.setLevel(logging.DEBUG)
moved = []


def rotator(src, dst):
    moved.append((os.path.basename(src), os.path.basename(dst)))
    os.rename(src, dst)


rh = logging.handlers.RotatingFileHandler(path, maxBytes=20, backupCount=3)
rh.namer = lambda name: name + ".gz"
rh.rotator = rotator
log.addHandler(rh)
for i in range(6):
    log.info("entry %d", i)
rh.close()
print(moved)
print(listing())
for name in os.listdir(d):
    os.remove(os.path.join(d, name))
log.removeHandler(rh)

nb = logging.handlers.RotatingFileHandler(path, maxBytes=15)
log.addHandler(nb)
for i in range(4):
    log.info("no backup %d", i)
nb.close()
print(listing())
log.removeHandler(nb)
never = logging.handlers.RotatingFileHandler(path, mode="w")
print(never.mode, never.maxBytes, never.shouldRollover(rec("x" * 100)))
log.addHandler(never)
for i in range(3):
    log.info("never rolls %d", i)
never.close()
print(listing())
log.removeHandler(never)
amode = logging.handlers.RotatingFileHandler(path, mode="w", maxBytes=100)
print(amode.mode, amode.encoding, amode.errors)
amode.close()
big = logging.handlers.RotatingFileHandler(path, maxBytes=5, delay=True)
print(big.stream, big.shouldRollover(rec("a long message")), big.stream is not None)
big.close()
for name in os.listdir(d):
    os.remove(os.path.join(d, name))
# An empty file rolls over too when one record would take it past
# maxBytes; a name that is not a regular file never does (and is not
# opened to find out).
empty = logging.handlers.RotatingFileHandler(path, maxBytes=5, delay=True)
print(empty.shouldRollover(rec("a long message")), empty.stream.tell())
empty.close()
os.remove(path)
os.mkdir(path)
nodir = logging.handlers.RotatingFileHandler(path, maxBytes=5, delay=True)
print(nodir.shouldRollover(rec("a long message")), nodir.stream)
nodir.close()
os.rmdir(path)
devnull = logging.handlers.RotatingFileHandler(os.devnull, maxBytes=5)
print(devnull.shouldRollover(rec("a long message")), devnull.baseFilename)
devnull.close()
# emit: a failing rollover is reported by handleError, like a failing write.
class FailingRoll(logging.handlers.RotatingFileHandler):
    def doRollover(self):
        raise OSError("cannot roll")


fr = FailingRoll(path, maxBytes=1, delay=True)
fr.setFormatter(logging.Formatter("%(message)s"))
logging.raiseExceptions = False
fr.handle(rec("first"))
fr.handle(rec("second"))
logging.raiseExceptions = True
fr.close()
print(listing())
os.remove(path)

# StreamHandler: the terminator, streams without flush or name.
class NoFlush:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


nf = NoFlush()
sh = logging.StreamHandler(nf)
sh.terminator = "|"
sh.handle(rec("one"))
sh.handle(rec("two"))
print(nf.parts, sh)
nf.name = 7
print(sh)
sh.flush()

# FileHandler with errors and encoding, delayed and binary-free.
fh = logging.FileHandler(os.path.join(d, "e.log"), encoding="ascii", errors="replace", delay=True)
print(fh.encoding, fh.errors, fh.stream)
fh.setFormatter(logging.Formatter("%(message)s"))
fh.handle(rec("caf\u00e9"))
fh.close()
fh.close()
print(listing())
for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
