# Pool and ThreadPool: map/starmap/imap/imap_unordered with chunk sizes,
# apply_async with callbacks, a worker's exception (with its remote
# traceback as the cause), results not ready, and the argument errors.
import multiprocessing as mp
from multiprocessing.pool import ThreadPool


def square(x):
    return x * x


def add(a, b):
    return a + b


def boom(x):
    if x == 3:
        raise ValueError(f'bad item {x}')
    return x


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)


if __name__ == '__main__':
    for make in (lambda: mp.Pool(2), lambda: ThreadPool(2)):
        with make() as pool:
            print(type(pool).__name__)
            print(pool.map(square, range(10)), pool.map(square, []), pool.map(square, range(7), chunksize=3))
            print(pool.starmap(add, [(1, 2), (3, 4)]), list(pool.imap(square, range(5), 2)))
            print(sorted(pool.imap_unordered(square, range(6))), pool.apply(add, (2, 3)))
            got = []
            r = pool.apply_async(square, (7,), callback=got.append)
            print(r.get(30), r.ready(), r.successful(), got)
            errs = []
            r = pool.apply_async(boom, (3,), error_callback=lambda e: errs.append(type(e).__name__))
            show(lambda: r.get(30))
            print(r.successful(), errs)
            m = pool.map_async(boom, range(6), callback=got.append, error_callback=lambda e: errs.append(str(e)))
            m.wait(30)
            show(lambda: m.get())
            print(m.successful(), errs[-1])
            m = pool.map_async(square, range(4))
            print(m.get(30), type(m).__name__)
            show(lambda: pool.imap(square, [1], 0))
            try:
                pool.map(boom, range(5))
            except ValueError as e:
                print('cause:', type(e.__cause__).__name__ if e.__cause__ else None)
    pool = mp.Pool(1)
    pool.close()
    show(lambda: pool.map(square, [1]))
    pool.join()
    show(lambda: mp.Pool(0))
    show(lambda: mp.Pool(1, maxtasksperchild=0))
    show(lambda: mp.Pool(1, initializer=3))
    p = ThreadPool(1)
    show(p.join)
    p.terminate()
    print(repr(p))
