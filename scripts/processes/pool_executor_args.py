# ProcessPoolExecutor's argument checks, in the order they are made, and
# what it refuses after shutdown; then a small run to show the pool works.
import concurrent.futures as cf


def attempt(what, fn):
    try:
        print(what, '->', fn())
    except Exception as e:
        print(what, '->', type(e).__name__, e)


def square(x):
    return x * x


if __name__ == '__main__':
    P = cf.ProcessPoolExecutor
    attempt('max_workers 0', lambda: P(0))
    attempt('max_workers -1', lambda: P(-1))
    attempt('initializer', lambda: P(1, initializer=5))
    attempt('workers and initializer', lambda: P(0, initializer=5))
    attempt('max_tasks str', lambda: P(1, max_tasks_per_child='1'))
    attempt('max_tasks 0', lambda: P(1, max_tasks_per_child=0))
    attempt('max_tasks float', lambda: P(1, max_tasks_per_child=1.5))
    attempt('initializer and max_tasks', lambda: P(1, initializer=3, max_tasks_per_child=0))
    attempt('too many', lambda: P(1, None, None, (), 3))
    ex = P(2)
    attempt('chunksize 0', lambda: ex.map(square, [1], chunksize=0))
    print(ex.submit(square, 7).result(timeout=60))
    print(list(ex.map(square, range(5), chunksize=2)))
    ex.shutdown()
    ex.shutdown()
    attempt('submit after shutdown', lambda: ex.submit(square, 1))
    with P(1) as ex2:
        print(ex2.submit(pow, 2, 10).result(timeout=60))
    attempt('after with', lambda: ex2.submit(square, 1))
    print(issubclass(cf.process.BrokenProcessPool, cf.BrokenExecutor))
