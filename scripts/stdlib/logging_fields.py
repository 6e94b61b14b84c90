# Record fields that vary from run to run (times, thread and process ids)
# have the right shapes and relations; threadName follows threading.
import logging
import sys
import threading
import time

logging.basicConfig(
    stream=sys.stdout, level=logging.DEBUG,
    format="%(asctime)s|%(created)f|%(msecs)d|%(relativeCreated)d|%(thread)d|"
           "%(process)d|%(threadName)s|%(message)s")
logging.info("the fields")

rec = logging.LogRecord("n", 20, "p.py", 1, "m", (), None)
before = time.time()
print(abs(rec.created - before) < 60, 0 <= rec.msecs < 1000,
      rec.msecs == int((rec.created - int(rec.created)) * 1000),
      rec.relativeCreated >= 0,
      rec.thread == threading.get_ident(), isinstance(rec.process, int) and rec.process > 0)
print(logging.Formatter().formatTime(rec)[:4] == time.strftime("%Y"),
      logging.Formatter.converter is time.localtime)

# A record made in a thread names that thread.
records = []


class Keep(logging.Handler):
    def emit(self, record):
        records.append((record.threadName, record.thread == ident[record.threadName],
                        record.getMessage()))


ident = {}
log = logging.getLogger("threads")
log.addHandler(Keep())
log.propagate = False


def work(n):
    ident[threading.current_thread().name] = threading.get_ident()
    log.warning("work %d", n)


threads = [threading.Thread(target=work, args=(i,), name="worker-%d" % i) for i in range(3)]
for t in threads:
    t.start()
    t.join()
ident["MainThread"] = threading.get_ident()
log.warning("main")
for r in records:
    print(r)
t = threading.Thread(target=work, args=(9,))
t.start()
t.join()
print(records[-1][0] == t.name, records[-1][1:])
logging.logThreads = False
rec = logging.LogRecord("n", 20, "p.py", 1, "m", (), None)
print(rec.thread, rec.threadName)
logging.logProcesses = False
logging.logMultiprocessing = False
rec = logging.LogRecord("n", 20, "p.py", 1, "m", (), None)
print(rec.process, rec.processName)
