# At exit: threading first waits for the non-daemon threads (running the
# functions threading._register_atexit registered, which may still start
# nothing new), then the atexit callbacks run, last registered first.
# A callback's exception, even SystemExit or KeyboardInterrupt, is
# reported and the others still run; the exit status stays the one
# sys.exit gave. A callback registered while they run is not run.
import atexit
import sys
import threading
import time

finished = []


def worker(n):
    time.sleep(0.02 * n)
    finished.append(n)


class Callback:
    def __init__(self, name, exc=None):
        self.name, self.exc = name, exc

    def __repr__(self):
        return "<callback %s>" % self.name

    def __call__(self, *args, **kwargs):
        print("atexit:", self.name, args, sorted(kwargs.items()), "threads finished:", sorted(finished))
        if self.name == "registrar":
            atexit.register(Callback("registered during exit"))
        if self.exc is not None:
            raise self.exc


atexit.register(Callback("first", None), 1, key=2)
atexit.register(Callback("system exit", SystemExit(5)))
atexit.register(Callback("keyboard interrupt", KeyboardInterrupt()))
atexit.register(Callback("registrar"))
atexit.register(Callback("value error", ValueError("boom")))
threading._register_atexit(print, "threading's exit hook runs first")
for n in range(3):
    threading.Thread(target=worker, args=(n,)).start()
print("main exits with 3")
sys.exit(3)
