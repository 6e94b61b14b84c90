# multiprocessing's shared synchronization objects used across processes:
# Barrier (wait indexes, abort, reset, timeouts), Event, Condition
# (notify wakes a waiter in another process; wait timeouts), and the
# locks' reprs.
import multiprocessing as mp
import threading


def party(b, q):
    q.put(b.wait())


def waiter(cond, ready, q):
    with cond:
        ready.set()
        q.put(('woken', cond.wait(30)))


def event_waiter(e, q):
    q.put(('event', e.wait(30)))


def broken_waiter(b, q):
    try:
        b.wait()
        q.put('passed')
    except threading.BrokenBarrierError:
        q.put('broken')


if __name__ == '__main__':
    b = mp.Barrier(3)
    q = mp.Queue()
    ps = [mp.Process(target=party, args=(b, q)) for _ in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(sorted(q.get() for _ in range(3)), b.parties, b.n_waiting, b.broken)
    print(isinstance(b, threading.Barrier))

    # A barrier whose action runs once per round.
    rounds = mp.Value('i', 0)

    def bump():
        rounds.value += 1
    b2 = mp.Barrier(2, action=bump)
    t = threading.Thread(target=b2.wait)
    t.start()
    b2.wait()
    t.join()
    print('action ran', rounds.value)

    # abort breaks a waiter in another process; reset makes it usable.
    b3 = mp.Barrier(2)
    p = mp.Process(target=broken_waiter, args=(b3, q))
    p.start()
    while b3.n_waiting == 0:
        pass
    b3.abort()
    p.join()
    print(q.get(), b3.broken, b3.n_waiting)
    try:
        b3.wait()
    except threading.BrokenBarrierError:
        print('wait on a broken barrier: BrokenBarrierError')
    b3.reset()
    print('after reset', b3.broken)
    try:
        b3.wait(0.05)
    except threading.BrokenBarrierError:
        print('timed-out wait: BrokenBarrierError', b3.broken)

    # Event
    e = mp.Event()
    print(e.is_set(), e.wait(0.01))
    p = mp.Process(target=event_waiter, args=(e, q))
    p.start()
    e.set()
    p.join()
    print(q.get(), e.is_set())
    e.clear()
    print(e.is_set(), e.wait(0.01))

    # Condition: a notify from here wakes a waiter in a child.
    cond = mp.Condition()
    ready = mp.Event()
    p = mp.Process(target=waiter, args=(cond, ready, q))
    p.start()
    ready.wait()
    with cond:
        cond.notify()
    p.join()
    print(q.get())
    with cond:
        print('timed out:', cond.wait(0.01), cond.wait_for(lambda: False, 0.01), cond.wait_for(lambda: 'ok'))
    print(repr(cond).startswith('<Condition(<RLock(None, 0)>'))

    print(repr(mp.Lock()), repr(mp.RLock()), repr(mp.Semaphore(2)), repr(mp.BoundedSemaphore(3)))
    lk = mp.Lock()
    lk.acquire()
    rl = mp.RLock()
    rl.acquire()
    rl.acquire()
    print(repr(lk), repr(rl))
    sem = mp.Semaphore(2)
    sem.acquire()
    print(sem.get_value(), sem)
