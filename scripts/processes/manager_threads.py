# multiprocessing.Manager: the manager adds no threads that threading
# lists, and after shutdown() none of its server threads are left, however
# many client threads used it.
import multiprocessing as mp
import threading
import time
import _thread
from multiprocessing.pool import ThreadPool


def work(args):
    d, lock, i = args
    with lock:
        d[i % 5] = d.get(i % 5, 0) + 1
    return i


def settled_count():
    # Server threads end a moment after shutdown() returns: wait for them
    # (up to a generous deadline, so a leak still shows).
    deadline = time.monotonic() + 30
    while _thread._count() and time.monotonic() < deadline:
        time.sleep(0.01)
    return _thread._count()


if __name__ == '__main__':
    with mp.Manager() as m:
        d, lock = m.dict(), m.Lock()
        print(threading.active_count(), [t.name for t in threading.enumerate()])
        with ThreadPool(8) as tp:
            print(sum(tp.map(work, [(d, lock, i) for i in range(200)])))
        print(sorted(d.items()))
    print(settled_count(), threading.active_count())
