# threading's less travelled paths: Thread's reprs through its life, the
# errors of start/join/daemon, names, a subclass that skipped
# Thread.__init__, Timer, Event/Semaphore/Barrier reprs and states,
# Condition over a lock-like object, dummy threads and the hooks.
import re
import threading
import _thread


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


def addr(s):
    return re.sub(r'0x[0-9a-f]+', '0xADDR', re.sub(r' \d+\)>', ' IDENT)>', s))


def work(x, y=0):
    return x + y


t = threading.Thread(target=work, args=(1,), kwargs={'y': 2}, name=42)
print(t.name, type(t.name).__name__, addr(repr(t)), t.is_alive(), t.ident, t.native_id)
show(t.join)
t.daemon = True
print(t.daemon, addr(repr(t)))
t.daemon = False
t.start()
show(t.start)
show(setattr, t, 'daemon', True)
t.join()
t.join(0)
t.join(-5)
print(addr(repr(t)), t.is_alive(), t.ident is not None)
print(hasattr(t, '_target'), hasattr(t, '_args'))

# Default names count up and carry the target's name.
a = threading.Thread(target=work)
b = threading.Thread()
c = threading.Thread(target=work, name='')
print(re.sub(r'\d+', 'N', a.name), re.sub(r'\d+', 'N', b.name), re.sub(r'\d+', 'N', c.name))
print(int(b.name.split('-')[1]) == int(a.name.split('-')[1].split()[0]) + 1)
import functools
p = threading.Thread(target=functools.partial(work, 1))
print(re.sub(r'\d+', 'N', p.name))
show(threading.Thread, group=1)
show(threading.Thread, None, None, None, (), None, None)

cur = threading.current_thread()
show(cur.join)
print(cur is threading.main_thread(), cur.name, cur.daemon, cur.is_alive())


class NoInit(threading.Thread):
    def __init__(self):
        pass


n = NoInit()
show(n.start)
show(n.join)
show(setattr, n, 'daemon', True)
show(lambda: n.name)
show(repr, n)
show(n.is_alive)


class Custom(threading.Thread):
    def __init__(self, out):
        super().__init__(daemon=True)
        self.out = out

    def run(self):
        self.out.append(threading.current_thread() is self)


out = []
ct = Custom(out)
ct.start()
ct.join()
print(out, ct.daemon)

# Timer: the function's arguments, cancel before it fires.
got = []
tm = threading.Timer(0.01, lambda *a, **k: got.append((a, k)), args=(1, 2), kwargs={'k': 3})
print(tm.interval, tm.args, tm.kwargs, tm.finished.is_set())
tm.start()
tm.join()
print(got, tm.finished.is_set())
tm2 = threading.Timer(60, got.append, args=['never'])
print(tm2.args, tm2.kwargs)
tm2.start()
tm2.cancel()
tm2.join()
print(got, tm2.finished.is_set())
show(threading.Timer)

# Event.
e = threading.Event()
print(addr(repr(e)), e.is_set(), e.wait(0), e.wait(-1))
e.set()
print(addr(repr(e)), e.wait(), e.wait(0))
e.clear()
print(e.is_set())

# Semaphore reprs as the value moves.
s = threading.Semaphore(0)
print(addr(repr(s)))
s.release(3)
print(addr(repr(s)), s.acquire(timeout=0), s._value)
bs = threading.BoundedSemaphore(3)
bs.acquire()
print(addr(repr(bs)))
show(threading.BoundedSemaphore, -2)
with s:
    print(s._value)
print(s._value)

# Barrier states.
br = threading.Barrier(3, timeout=0.01)
print(addr(repr(br)), br.parties, br.n_waiting, br.broken)
show(br.wait)
print(addr(repr(br)), br.broken, br.n_waiting)
show(br.wait)
br.reset()
print(addr(repr(br)), br.broken)
br.abort()
print(addr(repr(br)), br.broken)
show(br.wait, 0)
br.reset()
one = threading.Barrier(1, action=lambda: print('action'))
print(one.wait(), one.wait())
bad = threading.Barrier(1, action=lambda: 1 / 0)
show(bad.wait)
print(bad.broken)
show(bad.wait)
print(issubclass(threading.BrokenBarrierError, RuntimeError), threading.BrokenBarrierError.__module__)


# Condition over a lock-like object that has only acquire and release.
class Plain:
    def __init__(self):
        self.lock = threading.Lock()
        self.acquire = self.lock.acquire
        self.release = self.lock.release

    def __enter__(self):
        return self.lock.__enter__()

    def __exit__(self, *a):
        return self.lock.__exit__(*a)

    def __repr__(self):
        return '<Plain>'


pc = threading.Condition(Plain())
print(repr(pc))
show(pc.wait, 0)
with pc:
    print(pc.wait(0), pc.wait_for(lambda: 'yes', 0), pc.wait_for(lambda: '', 0.01))
    pc.notify()
    pc.notify_all()
show(pc.notify)
rc = threading.Condition(threading.RLock())
with rc:
    with rc:
        print(rc.wait(0.001), rc._lock._is_owned())
print(rc._lock._is_owned())

# A thread _thread started gets a dummy Thread object.
seen = []
done = threading.Lock()
done.acquire()


def raw():
    me = threading.current_thread()
    seen.append((re.sub(r'\d+', 'N', me.name), me.daemon, me.is_alive(),
                 me in threading.enumerate(), type(me).__name__))
    try:
        me.join()
    except AssertionError as e:
        seen.append(('join', str(e)))
    done.release()


_thread.start_new_thread(raw, ())
done.acquire()
print(seen)

# Hooks and module functions.
print(threading.gettrace(), threading.getprofile())
threading.settrace(None)
threading.setprofile(None)
print(threading.gettrace(), threading.getprofile())
print(threading.active_count() == len(threading.enumerate()), threading.main_thread().name)
print(threading.get_ident() == threading.current_thread().ident,
      threading.get_native_id() == threading.current_thread().native_id)
print(threading.excepthook is threading.__excepthook__, threading.ExceptHookArgs.__name__)
print(threading.Lock is _thread.allocate_lock, threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX)
print(type(threading.RLock()).__name__, type(threading.local()).__name__)
print(sorted(threading.__all__))
