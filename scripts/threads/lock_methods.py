# _thread.lock (threading.Lock()): acquire's arguments and their errors,
# release, locked, the context manager and the old method names.
import _thread
import threading


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


print(threading.Lock is _thread.allocate_lock)
l = threading.Lock()
print(l.locked(), l.acquire(), l.locked(), l.acquire(False), l.acquire(timeout=0.01), l.acquire(True, 0))
print(l.acquire(blocking=False), l.acquire(0), l.acquire(True, 0.02), l.acquire(timeout=0))
for a, k in [((False, 1), {}), ((), {'blocking': False, 'timeout': 1}),
             ((True, -2), {}), ((True, -0.5), {}), ((True, 1e20), {}),
             ((True, 'x'), {}), (('x',), {}), ((1.5,), {}), ((1, 2, 3), {}),
             ((), {'foo': 1}), ((True,), {'blocking': False}),
             ((True, 1), {'timeout': 2}), ((True, float('nan')), {}),
             ((True, 1 << 70), {}), ((1 << 70,), {})]:
    show(l.acquire, *a, **k)
# -1 (an int or a float) means "no timeout": this would block, so only
# check it on a free lock.
l.release()
print(l.acquire(True, -1), l.locked())
l.release()
print(l.acquire(timeout=-1.0), l.locked())
l.release()
show(l.release)
print(l.locked())

# The obsolete names are the same operations.
print(l.acquire_lock(), l.locked_lock(), l.release_lock(), l.locked_lock())
show(l.release_lock)

# As a context manager.
with l as entered:
    print("inside", entered, l.locked())
print("after", l.locked())
print(l.__enter__(), l.__exit__(None, None, None), l.locked())
show(l.__exit__)
show(l.release, 1)
show(l.locked, 1)

# A lock is not reentrant, and another thread may release it.
l.acquire()
print(l.acquire(False))
t = threading.Thread(target=l.release)
t.start()
t.join()
print(l.locked())

print(repr(threading.Lock()).startswith('<unlocked _thread.lock object at 0x'))
l.acquire()
print(repr(l).startswith('<locked _thread.lock object at 0x'))
show(_thread.LockType)
try:
    class Sub(_thread.LockType):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    l.foo = 1
except AttributeError as e:
    print(type(e).__name__, e)
