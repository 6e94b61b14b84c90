# ThreadPoolExecutor: submit, map, as_completed, wait, shutdown, thread
# names and errors. Threads are ordered with Events, so the output does
# not depend on timing.
import concurrent.futures as cf
import threading
from concurrent.futures import ThreadPoolExecutor


def square(x):
    return x * x


def names():
    return sorted(t.name for t in threading.enumerate())


with ThreadPoolExecutor(max_workers=2) as ex:
    print(ex._max_workers, ex._thread_name_prefix)
    futs = [ex.submit(square, i) for i in range(6)]
    print([f.result() for f in futs])
    print(list(ex.map(square, range(5))))
    print(list(ex.map(pow, [2, 3, 4], [5, 2, 1])))
    print(sorted(f.result() for f in cf.as_completed(futs)))
    print(names())
print("after with:", names())

# The default size is min(32, cpu_count + 4); names count pools.
ex = ThreadPoolExecutor(thread_name_prefix="worker")
print(ex._thread_name_prefix, ex.submit(threading.current_thread).result().name)
ex.shutdown()
ex.shutdown()
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print(type(e).__name__, e)

for bad in [dict(max_workers=0), dict(max_workers=-1), dict(initializer=3)]:
    try:
        ThreadPoolExecutor(**bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# An exception in the call lands in its future.
with ThreadPoolExecutor(1) as ex:
    f = ex.submit(int, "x")
    print(type(f.exception()).__name__, f.exception())
    try:
        list(ex.map(int, ["1", "y", "3"]))
    except ValueError as e:
        print("map raised", e)

# Ordering with events: the first call blocks until released, so the
# second is still queued and can be cancelled.
gate = threading.Event()
started = threading.Event()


def blocked():
    started.set()
    gate.wait()
    return "released"


with ThreadPoolExecutor(1) as ex:
    first = ex.submit(blocked)
    second = ex.submit(square, 7)
    started.wait()
    print(first.running(), second.running(), first.cancel(), second.cancel())
    done, not_done = cf.wait([first, second], timeout=0.01)
    print(len(done), len(not_done), second in done)
    # A cancelled future no worker has taken yet is not done for wait().
    gate.set()
    done, not_done = cf.wait([first, second], return_when=cf.FIRST_COMPLETED)
    print(len(done) >= 1)
    done, not_done = cf.wait([first, second])
    print(len(done), len(not_done), first.result())

# shutdown(cancel_futures=True) cancels what no thread has taken.
gate.clear()
started.clear()
ex = ThreadPoolExecutor(1)
running = ex.submit(blocked)
queued = [ex.submit(square, i) for i in range(3)]
started.wait()
gate.set()
ex.shutdown(wait=True, cancel_futures=True)
print(running.result(), [q.cancelled() for q in queued])


# A failing initializer breaks the pool.
def broken_init():
    raise OSError("no")


ex = ThreadPoolExecutor(1, initializer=broken_init)
f = ex.submit(square, 2)
try:
    f.result()
except cf.BrokenExecutor as e:
    print(type(e).__name__, e)
try:
    ex.submit(square, 3)
except cf.BrokenExecutor as e:
    print(type(e).__name__, e)
ex.shutdown()

# as_completed and map with a timeout.
gate.clear()
with ThreadPoolExecutor(2) as ex:
    slow = ex.submit(gate.wait)
    fast = ex.submit(square, 3)
    try:
        for f in cf.as_completed([slow, fast], timeout=0.05):
            print("completed", f.result())
    except TimeoutError as e:
        print(type(e).__name__, e)
    try:
        list(ex.map(lambda x: gate.wait(), [1], timeout=0.01))
    except TimeoutError as e:
        print("map", type(e).__name__)
    gate.set()
print("done")
# The constructor's checks, in CPython's order.
from concurrent.futures import ThreadPoolExecutor as _TPE
for _kw in [dict(max_workers=0), dict(initializer=1), dict(max_workers=0, initializer=1), dict(max_workers=-1)]:
    try:
        _TPE(**_kw)
    except Exception as e:
        print(type(e).__name__, e)
