# threading.Semaphore and BoundedSemaphore: counting, non-blocking and
# timed acquires, release(n), the errors, and as a context manager that
# limits how many threads run a section at once.
import threading
import time


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


s = threading.Semaphore(2)
print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.01), s.acquire(True, 0))
s.release()
print(s.acquire(blocking=False))
s.release(2)
print(s._value)
show(threading.Semaphore, -1)
show(s.release, 0)
show(s.acquire, False, 1)
print(threading.Semaphore(0).acquire(False), threading.Semaphore().acquire())

b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
show(b.release)
b.acquire()
b.acquire()
show(b.release, 3)
b.release(2)
print(b._value)
print(repr(threading.Semaphore(3)).split(':')[-1], repr(b).split(':')[-1])
print(issubclass(threading.BoundedSemaphore, threading.Semaphore))

# At most two workers inside at once.
limit = threading.BoundedSemaphore(2)
inside = 0
peak = 0
lock = threading.Lock()


def worker():
    global inside, peak
    with limit:
        with lock:
            inside += 1
            peak = max(peak, inside)
        time.sleep(0.02)
        with lock:
            inside -= 1


ts = [threading.Thread(target=worker) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(peak <= 2, inside, limit._value)

# A blocked acquire is woken by a release from another thread.
gate = threading.Semaphore(0)
got = []
t = threading.Thread(target=lambda: got.append(gate.acquire(timeout=5)))
t.start()
gate.release()
t.join()
print(got)
