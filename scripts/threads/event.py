# threading.Event: set, clear, is_set, wait with and without timeouts,
# and threads released together by set().
import threading


e = threading.Event()
print(e.is_set(), e.wait(0), e.wait(0.01), e.wait(-1))
print(repr(e).split(':')[-1])
e.set()
print(e.is_set(), e.wait(), e.wait(0), repr(e).split(':')[-1])
e.clear()
print(e.is_set(), e.wait(0.01))

start = threading.Event()
released = []


def waiter(i):
    if start.wait(5):
        released.append(i)


ts = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in ts:
    t.start()
start.set()
for t in ts:
    t.join()
print(sorted(released))

# wait() returns False on timeout, True once set meanwhile.
late = threading.Event()
print(late.wait(0.001))
timer = threading.Timer(0.05, late.set)
timer.start()
print(late.wait(10))
timer.join()
