# Processes: start/join, exit codes, names and reprs, queues, shared
# values and locks, pools, and what cannot be sent to a process.
import multiprocessing as mp
import os


def square(n, q):
    q.put((mp.current_process().name, n * n, mp.parent_process().name))


def fail():
    raise SystemExit(3)


def add(v, lock, n):
    for _ in range(n):
        with lock:
            v.value += 1


def cube(x):
    return x ** 3


class Worker(mp.Process):
    def __init__(self, q):
        super().__init__()
        self.q = q

    def run(self):
        self.q.put(('subclass', self.name, os.getpid() != self._parent_pid))


if __name__ == '__main__':
    # gilpy has the spawn start method only (see docs/deviations.md).
    mp.set_start_method('spawn')
    q = mp.Queue()
    p = mp.Process(target=square, args=(7, q))
    print(repr(p).split(' parent=')[0], p.exitcode, p.is_alive())
    p.start()
    p.join()
    print(q.get(), p.exitcode, p.is_alive(), 'stopped' in repr(p))
    f = mp.Process(target=fail, name='failing')
    f.start(); f.join()
    print(f.name, f.exitcode)
    w = Worker(q); w.start(); w.join(); print(q.get())
    try:
        p.start()
    except AssertionError as e:
        print('AssertionError', e)
    v = mp.Value('i', 0)
    lock = mp.Lock()
    ps = [mp.Process(target=add, args=(v, lock, 500)) for _ in range(4)]
    for x in ps: x.start()
    for x in ps: x.join()
    print('counter', v.value)
    arr = mp.Array('d', [1.5, 2.5])
    print(arr[:], len(arr))
    with mp.Pool(2) as pool:
        print(pool.map(cube, range(8)))
        print(pool.apply(cube, (5,)))
    try:
        mp.Process(target=lambda: 0).start()
    except Exception as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])
    print(mp.current_process().name, mp.parent_process(), mp.active_children())
    print(mp.get_start_method(), mp.cpu_count() >= 1)
    sq = mp.SimpleQueue(); sq.put([1, {'a': 2}]); print(sq.get(), sq.empty())
    try:
        q.get(timeout=0.01)
    except Exception as e:
        print(type(e).__name__)
    l = mp.Lock()
    print(l.acquire(), l.acquire(False))
    l.release()
    try:
        l.release()
    except ValueError as e:
        print('ValueError', e)
