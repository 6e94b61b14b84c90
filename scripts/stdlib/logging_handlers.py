# logging.handlers: MemoryHandler and BufferingHandler, QueueHandler with
# a QueueListener thread, RotatingFileHandler's rollover.
import logging
import logging.handlers
import os
import queue
import threading


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Collect(logging.Handler):
    def __init__(self, level=logging.NOTSET):
        super().__init__(level)
        self.got = []

    def emit(self, record):
        self.got.append((record.levelname, self.format(record), record.threadName))


log = logging.getLogger("handlers")
log.propagate = False
log.setLevel(logging.DEBUG)

# MemoryHandler: hands records on when full or at flushLevel.
target = Collect()
mem = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=target)
log.addHandler(mem)
log.info("one")
log.info("two")
print(len(mem.buffer), target.got)
log.info("three")
print(len(mem.buffer), [g[1] for g in target.got])
log.info("four")
log.error("five")
print(len(mem.buffer), [g[1] for g in target.got])
log.info("six")
mem.close()
print(len(mem.buffer), [g[1] for g in target.got], mem.target)
log.removeHandler(mem)
no_target = logging.handlers.MemoryHandler(2)
no_target.handle(logging.makeLogRecord({"msg": "kept", "levelno": 50, "levelname": "CRITICAL"}))
print(len(no_target.buffer))
buf = logging.handlers.BufferingHandler(2)
for i in range(3):
    buf.handle(logging.makeLogRecord({"msg": str(i)}))
print([r.msg for r in buf.buffer], buf.shouldFlush(None))

# QueueHandler and QueueListener.
q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
qh.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
log.addHandler(qh)
log.warning("queued %s", "arg")
try:
    1 / 0
except ZeroDivisionError:
    log.exception("with exc")
rec = q.get_nowait()
print(rec.msg, rec.args, rec.message, rec.exc_info, rec.levelname)
rec = q.get_nowait()
print(rec.msg.splitlines()[0], rec.msg.splitlines()[-1], rec.exc_info, rec.exc_text)

sink = Collect()
sink.setFormatter(logging.Formatter("%(message)s"))
high = Collect(logging.ERROR)
high.setFormatter(logging.Formatter("%(message)s"))
listener = logging.handlers.QueueListener(q, sink, high, respect_handler_level=True)
listener.start()


def work(n):
    log.info("from worker %d", n)


threads = [threading.Thread(target=work, args=(i,), name="w%d" % i) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.error("an error")
listener.stop()
print(sorted(g[1] for g in sink.got), [g[1] for g in high.got], listener._thread)
print(sorted(g[2] for g in sink.got))
log.removeHandler(qh)

# RotatingFileHandler.
d = os.path.abspath("gilpy-rotating-%d" % os.getpid())
os.mkdir(d)
path = os.path.join(d, "app.log")
rh = logging.handlers.RotatingFileHandler(path, maxBytes=40, backupCount=2)
rh.setFormatter(logging.Formatter("%(message)s"))
log.addHandler(rh)
for i in range(8):
    log.info("message number %d", i)
rh.close()
for name in sorted(os.listdir(d)):
    with open(os.path.join(d, name)) as f:
        print(name, repr(f.read()))
named = logging.handlers.RotatingFileHandler(path, maxBytes=10, backupCount=1, delay=True)
named.namer = lambda name: name + ".old"
print(named.rotation_filename("x"), named.mode, named.maxBytes, named.backupCount, named.stream)
named.close()
for name in os.listdir(d):
    os.remove(os.path.join(d, name))
os.rmdir(d)
