# What Thread.start does and guarantees: errors for a thread started twice
# or never initialised, ident and native_id from start() on, the new thread
# running before start() returns (a short target finishes first), its
# place in enumerate(), exceptions reported by excepthook with the hooks
# captured when the thread was made, threads started from threads, and a
# subclass whose daemon property says True (not waited for at exit).
import sys
import threading
import time


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


order = []


def quick(tag):
    order.append("thread " + tag)


t = threading.Thread(target=quick, args=("a",))
print(t.ident, t.native_id, t.is_alive())
print(repr(t))
show("join before start:", t.join)
t.start()
order.append("main after start")
t.join()
print(order)
print(type(t.ident).__name__, type(t.native_id).__name__, t.ident != threading.get_ident())
print(repr(t).replace(str(t.ident), "IDENT"))
show("start twice:", t.start)
show("start after join:", t.start)


class NoInit(threading.Thread):
    def __init__(self):
        pass


show("no __init__:", NoInit().start)
show("no __init__ repr:", lambda: repr(NoInit()))

# current_thread() in the new thread is its Thread object, which is in
# enumerate() while it runs and is gone once it is joined.
seen = []
go = threading.Event()


def watcher():
    me = threading.current_thread()
    seen.append((me is w, me.name, me.ident == threading.get_ident(),
                 me in threading.enumerate(), me.is_alive()))
    go.wait()


w = threading.Thread(target=watcher, name="watcher")
w.start()
print(w in threading.enumerate(), threading.active_count(), w.is_alive())
go.set()
w.join()
print(seen, w in threading.enumerate(), threading.active_count(), w.is_alive())

# Threads starting threads; names keep counting.
names = []


def parent(depth):
    names.append(threading.current_thread().name)
    if depth:
        c = threading.Thread(target=parent, args=(depth - 1,))
        c.start()
        c.join()


p = threading.Thread(target=parent, args=(3,))
p.start()
p.join()
print(names)


# An exception in run() goes to threading.excepthook; the hooks are the
# ones in place when the Thread was created, if they are None by then.
def fail():
    raise ValueError("boom")


f = threading.Thread(target=fail, name="failing")
f.start()
f.join()
sys.stderr.flush()
late = threading.Thread(target=fail, name="hookless")
saved = threading.excepthook
threading.excepthook = None
late.start()
late.join()
threading.excepthook = saved
sys.stderr.flush()


def custom(args):
    print("custom hook:", args.exc_type.__name__, args.exc_value, args.thread.name)


threading.excepthook = custom
h = threading.Thread(target=fail, name="hooked")
h.start()
h.join()
threading.excepthook = saved


class Run(threading.Thread):
    def run(self):
        order.append("run override " + self.name)


r = Run(name="sub")
r.start()
r.join()
print(order[-1])

# Many threads started and joined one after another, and all at once.
count = []
for _ in range(200):
    c = threading.Thread(target=count.append, args=(1,))
    c.start()
    c.join()
many = [threading.Thread(target=count.append, args=(1,)) for _ in range(300)]
for c in many:
    c.start()
for c in many:
    c.join()
print(len(count), threading.active_count())


# A subclass whose daemon property says True: the interpreter does not
# wait for it at exit, so "late" is never printed.
class Ghost(threading.Thread):
    @property
    def daemon(self):
        return True


def sleeper():
    time.sleep(0.5)
    print("late")


Ghost(target=sleeper).start()
print("main done")
