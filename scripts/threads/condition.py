# threading.Condition: wait/notify with a producer and consumers,
# wait timeouts, wait_for, notify(n), notify_all, and the errors for
# waiting or notifying without the lock.
import threading


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


c = threading.Condition()
show(c.wait)
show(c.notify)
show(c.notify_all)
with c:
    print(c.wait(0.01), c.wait(0), c.wait(-1), c.wait_for(lambda: 0, 0.01), c.wait_for(lambda: 7))
print(repr(threading.Condition(threading.Lock())).startswith('<Condition(<unlocked _thread.lock object at 0x'))
print(repr(c).startswith('<Condition(<unlocked _thread.RLock object owner=0 count=0 at 0x') and repr(c).endswith(', 0)>'))

# Producer and consumers: each item is taken exactly once.
items = []
taken = []
done = False
cond = threading.Condition()


def consumer():
    while True:
        with cond:
            cond.wait_for(lambda: items or done)
            if not items:
                return
            taken.append(items.pop(0))


cs = [threading.Thread(target=consumer) for _ in range(3)]
for t in cs:
    t.start()
for i in range(30):
    with cond:
        items.append(i)
        cond.notify()
with cond:
    done = True
    cond.notify_all()
for t in cs:
    t.join()
print(sorted(taken) == list(range(30)), len(taken))

# notify(n) wakes at most n waiters.
woken = []
gate = threading.Condition(threading.Lock())
arrived = threading.Semaphore(0)


def sleeper(i):
    with gate:
        arrived.release()
        if gate.wait(5):
            woken.append(i)


ts = [threading.Thread(target=sleeper, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for _ in ts:
    arrived.acquire()
with gate:
    gate.notify(2)
with gate:
    gate.notify_all()
for t in ts:
    t.join()
print(sorted(woken))

# A Condition over an RLock held twice still releases it fully to wait.
r = threading.RLock()
cr = threading.Condition(r)
flag = []


def setter():
    with cr:
        flag.append(1)
        cr.notify()


with r:
    with cr:
        t = threading.Thread(target=setter)
        t.start()
        print(cr.wait_for(lambda: flag, 5), r._recursion_count())
t.join()
