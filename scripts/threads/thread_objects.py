# threading.Thread: names, arguments, daemon flag, start and join rules,
# is_alive, ident, repr, and run() overridden in a subclass.
import threading
import time


def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)


def f():
    pass


class Callable:
    def __call__(self):
        pass


names = [threading.Thread(target=tg).name for tg in [f, Callable(), print, lambda: 0, None]]
print(names)
print(threading.Thread(name=5).name, repr(threading.Thread(name='').name), threading.Thread(name='worker').name)
show(threading.Thread, group=1)
show(threading.Thread, None, f, 'n', (), {}, True)

t = threading.Thread(target=f, daemon=True)
print(t.daemon, t.is_alive(), t.ident, t.native_id, repr(t))
show(t.join)
t.start()
t.join()
print(t.is_alive(), type(t.ident), t.ident != threading.get_ident(), type(t.native_id))
print(repr(t).replace(str(t.ident), 'IDENT'))
show(t.start)
try:
    t.daemon = False
except RuntimeError as e:
    print(type(e).__name__, e)
show(threading.current_thread().join)

# Daemon status is inherited from the creating thread.
flags = []


def child():
    flags.append(threading.Thread(target=f).daemon)


for d in [True, False]:
    p = threading.Thread(target=child, daemon=d)
    p.start()
    p.join()
print(flags, threading.Thread(target=f).daemon)

# Arguments and the return value (ignored).
got = []


def collect(a, b=0, *rest, **kw):
    got.append((a, b, rest, sorted(kw.items())))
    return "ignored"


for args, kwargs in [((1,), None), ((1, 2, 3), {'x': 4}), ([5], {'b': 6})]:
    th = threading.Thread(target=collect, args=args, kwargs=kwargs)
    th.start()
    th.join()
print(got)


# A subclass overriding run().
class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__(name="counter-%d" % n)
        self.n = n
        self.total = None

    def run(self):
        self.total = sum(range(self.n))


cs = [Counter(n) for n in (10, 100, 1000)]
for c in cs:
    c.start()
for c in cs:
    c.join()
print([(c.name, c.total) for c in cs])

# join(timeout) returns None; is_alive tells whether the thread ended.
go = threading.Event()
slow = threading.Thread(target=go.wait)
slow.start()
print(slow.join(0.05), slow.is_alive(), slow.join(-1), slow.is_alive())
go.set()
slow.join()
print(slow.is_alive())

# The name can be changed; the target and its arguments are dropped
# after run().
t = threading.Thread(target=f, args=(1,))
t.name = 42
print(repr(t.name))
t2 = threading.Thread(target=collect, args=(0,))
t2.start()
t2.join()
print(hasattr(t2, '_target'), hasattr(t2, '_args'))


class NoInit(threading.Thread):
    def __init__(self):
        pass


n = NoInit()
show(n.start)
show(n.join)
try:
    n.daemon = True
except RuntimeError as e:
    print(type(e).__name__, e)
