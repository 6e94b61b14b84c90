# multiprocessing.Manager: a Pool held by the manager, used through its
# proxy (map, apply, the async results and imap iterators it hands back).
import multiprocessing as mp


def square(x):
    return x * x


def add(a, b):
    return a + b


if __name__ == '__main__':
    with mp.Manager() as m:
        with m.Pool(2) as pool:
            print(type(pool).__name__)
            print(pool.map(square, range(6)))
            print(pool.apply(add, (2, 3)), pool.starmap(add, [(1, 2), (3, 4)]))
            r = pool.apply_async(square, (7,))
            print(type(r).__name__, r.get(60), r.ready(), r.successful())
            mr = pool.map_async(square, [1, 2])
            print(mr.get(60))
            it = pool.imap(square, range(4))
            print(type(it).__name__, list(it))
            print(sorted(pool.imap_unordered(square, range(4))))
            try:
                pool.apply(square, ('x', 'y'))
            except TypeError as e:
                print(type(e).__name__, e)
