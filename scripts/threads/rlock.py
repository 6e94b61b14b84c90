# _thread.RLock (threading.RLock()): reentrant, owned by the thread that
# holds it, released as many times as it was acquired.
import _thread
import threading


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


print(type(threading.RLock()) is _thread.RLock, threading._CRLock is _thread.RLock)
r = threading.RLock()
print(r._is_owned(), r._recursion_count())
print(r.acquire(), r.acquire(), r.acquire(False), r._is_owned(), r._recursion_count())
print(repr(r).startswith('<locked _thread.RLock object owner='), 'count=3' in repr(r))
r.release()
r.release()
print(r._recursion_count())
r.release()
print(r._is_owned(), r._recursion_count(), repr(r).startswith('<unlocked _thread.RLock object owner=0 count=0 at 0x'))
show(r.release)

# Another thread can neither release it nor take it while we hold it.
r.acquire()
out = []


def other():
    try:
        r.release()
    except RuntimeError as e:
        out.append(str(e))
    out.append(r.acquire(False))
    out.append(r.acquire(timeout=0.05))
    out.append(r._is_owned())


t = threading.Thread(target=other)
t.start()
t.join()
print(out)
r.release()

# _release_save and _acquire_restore let go of every level at once.
r.acquire()
r.acquire()
state = r._release_save()
print(state[0], r._is_owned(), r.acquire(False))
r.release()
r._acquire_restore(state)
print(r._recursion_count(), r._is_owned())
r.release()
r.release()
show(r._release_save)

with r:
    with r:
        print("nested", r._recursion_count())
print(r._recursion_count())

for a, k in [((False, 1), {}), ((True, -2), {}), ((1, 2, 3), {}), ((), {'x': 1})]:
    show(r.acquire, *a, **k)


class MyRLock(_thread.RLock):
    pass


m = MyRLock()
with m:
    print(type(m).__name__, m._is_owned(), repr(m).startswith('<locked MyRLock object owner='))
print(m._is_owned())
for name in ['release', '_is_owned', '_recursion_count', '_release_save', '_at_fork_reinit']:
    show(getattr(r, name), 1)
show(r._acquire_restore)
show(r._acquire_restore, (1,))
show(threading.RLock, 1)
