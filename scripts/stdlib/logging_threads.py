# logging from several threads at once: getLogger hands every thread the
# same logger, handler locks keep each record's write whole, and records
# carry the name and ident of the thread that logged them.
import logging
import threading


class Lines:
    """A stream that checks that no write starts while another runs."""

    def __init__(self):
        self.busy = False
        self.overlaps = 0
        self.lines = []

    def write(self, s):
        if self.busy:
            self.overlaps += 1
        self.busy = True
        # Give other threads every chance to run inside the write.
        for _ in range(50):
            pass
        self.lines.append(s)
        self.busy = False

    def flush(self):
        pass


class Fields(logging.Handler):
    def __init__(self):
        super().__init__()
        self.seen = []

    def emit(self, record):
        self.seen.append((record.threadName, record.thread, record.processName,
                          record.process is not None))


stream = Lines()
out = logging.StreamHandler(stream)
out.setFormatter(logging.Formatter("%(threadName)s %(name)s %(message)s"))
fields = Fields()
loggers = {}
start = threading.Barrier(4)


def work(n):
    start.wait()
    for i in range(100):
        log = logging.getLogger("threads.shared.%d" % (i % 5))
        loggers.setdefault(log.name, set()).add(id(log))
        if not log.handlers:
            # Every thread may try; addHandler ignores a second add.
            log.addHandler(out)
            log.addHandler(fields)
        log.propagate = False
        log.warning("record %d", i)
    idents[threading.current_thread().name] = threading.get_ident()


idents = {}
threads = [threading.Thread(target=work, args=(n,), name="worker-%d" % n) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(sorted((name, len(ids)) for name, ids in loggers.items()))
print([len(logging.getLogger("threads.shared.%d" % k).handlers) for k in range(5)])
print(len(stream.lines), stream.overlaps, all(l.endswith("\n") for l in stream.lines))
per_thread = {}
for line in stream.lines:
    per_thread[line.split()[0]] = per_thread.get(line.split()[0], 0) + 1
print(sorted(per_thread.items()))
print(sorted(set((t, i == idents[t], p, has) for t, i, p, has in fields.seen)))
print(type(logging.getLogger("threads").parent).__name__,
      type(logging.Logger.manager.loggerDict["threads.shared"]).__name__)
