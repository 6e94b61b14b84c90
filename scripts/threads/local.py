# threading.local: each thread sees its own attributes; a subclass's
# __init__ runs again, with the same arguments, in each thread that uses
# the object.
import threading


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


print(threading.local is __import__('_thread')._local, threading.local)
data = threading.local()
data.x = "main"
seen = {}


def worker(name):
    seen[name + " before"] = hasattr(data, "x")
    data.x = name
    seen[name + " after"] = data.x
    seen[name + " dict"] = dict(data.__dict__)


ts = [threading.Thread(target=worker, args=("t%d" % i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen.items()))
print(data.x, data.__dict__)
del data.x
show(getattr, data, "x")
show(delattr, data, "x")
show(threading.local, 1)
show(threading.local, a=1)
show(setattr, data, "__dict__", {})


class Counter(threading.local):
    created = 0

    def __init__(self, start, step=1):
        Counter.created += 1
        self.value = start
        self.step = step

    def bump(self):
        self.value += self.step
        return self.value


c = Counter(10, step=5)
c.bump()
results = []


def use():
    results.append((c.value, c.bump(), c.bump()))


ts = [threading.Thread(target=use) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(results, c.value, Counter.created, isinstance(c, threading.local))


class Slotted(threading.local):
    __slots__ = ("shared", "__dict__")


s = Slotted()
s.shared = 1
s.mine = 1
out = []


def look():
    out.append((getattr(s, "shared", None), getattr(s, "mine", None)))


t = threading.Thread(target=look)
t.start()
t.join()
print(out)


class OnlySlots(threading.local):
    __slots__ = ('a',)


o = OnlySlots()
o.a = 1
o.b = 2
print(o.a, o.b, o.__dict__)
