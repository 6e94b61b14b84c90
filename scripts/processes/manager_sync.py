# multiprocessing.Manager: the synchronization proxies (Lock, RLock,
# Semaphore, Condition, Event, Barrier) block a caller in one process
# while the manager keeps serving the others.
import multiprocessing as mp


def waiter(cond, ev, q, n):
    with cond:
        ev.set()
        ok = cond.wait(60)
    q.put(('woken', n, ok))


def event_waiter(ev, q):
    q.put(('event', ev.wait(60)))


def party(b, q):
    q.put(b.wait(60))


def holder(lock, started, release, q):
    with lock:
        started.set()
        release.wait(60)
        q.put('holder done')


if __name__ == '__main__':
    with mp.Manager() as m:
        q = m.Queue()
        # Condition: a waiter in another process is woken by notify.
        cond = m.Condition()
        ready = m.Event()
        p = mp.Process(target=waiter, args=(cond, ready, q, 1))
        p.start()
        ready.wait(60)
        with cond:
            cond.notify()
        p.join()
        print(q.get())

        # Event: several waiting processes are released by set().
        ev = m.Event()
        ps = [mp.Process(target=event_waiter, args=(ev, q)) for _ in range(3)]
        for p in ps:
            p.start()
        print(ev.is_set())
        ev.set()
        for p in ps:
            p.join()
        print(sorted(q.get() for _ in range(3)), ev.is_set())
        ev.clear()
        print(ev.is_set(), ev.wait(0.01))

        # Barrier: three processes, each gets its own index.
        b = m.Barrier(3)
        ps = [mp.Process(target=party, args=(b, q)) for _ in range(3)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(sorted(q.get() for _ in range(3)), b.parties, b.n_waiting, b.broken)
        b.abort()
        print(b.broken)
        b.reset()
        print(b.broken)

        # Lock: held in a child, so a non-blocking acquire here fails
        # until the child lets go.
        lock = m.Lock()
        started, release = m.Event(), m.Event()
        p = mp.Process(target=holder, args=(lock, started, release, q))
        p.start()
        started.wait(60)
        print('try while held', lock.acquire(False), lock.acquire(True, 0.01))
        release.set()
        print('blocking acquire', lock.acquire())
        lock.release()
        p.join()
        print(q.get())

        # RLock and Semaphores.
        r = m.RLock()
        print(r.acquire(), r.acquire(), r.release(), r.release())
        s = m.Semaphore(2)
        print(s.acquire(), s.acquire(), s.acquire(False), s.release())
        bs = m.BoundedSemaphore(1)
        with bs:
            print('in bounded', bs.acquire(timeout=0.01))

        # Condition.wait_for runs its predicate here.
        c2 = m.Condition()
        with c2:
            print(c2.wait_for(lambda: True), c2.wait(0.01), c2.notify_all())
