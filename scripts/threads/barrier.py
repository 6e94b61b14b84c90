# threading.Barrier: parties meet, each gets a distinct index, the action
# runs once per round; abort, reset and timeouts break it with
# BrokenBarrierError.
import threading


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


actions = []
b = threading.Barrier(3, action=lambda: actions.append("tripped"))
print(b.parties, b.n_waiting, b.broken, repr(b).split(':')[-1])
indexes = []


def party():
    for _ in range(2):
        indexes.append(b.wait())


ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(indexes), actions, b.n_waiting, b.broken)

# A timeout breaks the barrier for everyone.
b2 = threading.Barrier(2, timeout=0.05)
show(b2.wait)
print(b2.broken, repr(b2).split(':')[-1])
show(b2.wait)
b2.reset()
print(b2.broken)

# abort() wakes the waiting threads with BrokenBarrierError.
b3 = threading.Barrier(3)
errors = []


def wait3():
    try:
        b3.wait()
    except threading.BrokenBarrierError as e:
        errors.append(type(e).__name__)


ts = [threading.Thread(target=wait3) for _ in range(2)]
for t in ts:
    t.start()
while b3.n_waiting < 2:
    pass
b3.abort()
for t in ts:
    t.join()
print(errors, b3.broken)

# reset() does the same, and the barrier works again afterwards.
b4 = threading.Barrier(2)
errors.clear()
t = threading.Thread(target=lambda: errors.append(show(b4.wait)))
t.start()
while b4.n_waiting < 1:
    pass
b4.reset()
t.join()
results = []
t = threading.Thread(target=lambda: results.append(b4.wait()))
t.start()
results.append(b4.wait())
t.join()
print(sorted(results), b4.broken)

# An action that raises breaks the barrier; the thread that ran it gets
# the exception.
def bad_action():
    raise ValueError("action failed")


b5 = threading.Barrier(2, action=bad_action)
out = []


def waiter5():
    try:
        b5.wait()
        out.append("passed")
    except Exception as e:
        out.append(type(e).__name__)


ts = [threading.Thread(target=waiter5) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out), b5.broken)
print(threading.BrokenBarrierError.__mro__)
show(threading.Barrier(1).wait)
