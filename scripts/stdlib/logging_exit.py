# At exit, logging.shutdown flushes and closes the handlers (newest
# first) and weakref.finalize runs the finalizers still alive (newest
# first), after the program's own atexit functions registered later.
import atexit
import logging
import sys
import weakref


class Noisy(logging.StreamHandler):
    def __init__(self, label):
        super().__init__(sys.stdout)
        self.label = label

    def flush(self):
        print("flush", self.label)
        super().flush()

    def close(self):
        print("close", self.label)
        super().close()


log = logging.getLogger("exit")
log.propagate = False
one, two = Noisy("one"), Noisy("two")
log.addHandler(one)
log.addHandler(two)
log.warning("a record")


class Thing:
    pass


keep = [Thing(), Thing()]
weakref.finalize(keep[0], print, "finalize first")
weakref.finalize(keep[1], print, "finalize second")
quiet = weakref.finalize(keep[1], print, "not at exit")
quiet.atexit = False
atexit.register(print, "program's own atexit")
print("end of the program")
