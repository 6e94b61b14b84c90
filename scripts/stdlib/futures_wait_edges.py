# concurrent.futures' wait() and as_completed() on futures finished by
# hand, Executor's base methods, map()'s lazy results and timeout, and
# the reprs of finished futures.
import concurrent.futures as cf
import re
import threading
from concurrent.futures import Future


def mask(s):
    return re.sub(r'0x[0-9a-f]+', 'ADDR', str(s))


def attempt(what, fn):
    try:
        print(what, "->", mask(fn()))
    except Exception as e:
        print(what, "->", type(e).__name__, mask(e))


def done_with(value=None, exc=None):
    f = Future()
    if exc is not None:
        f.set_exception(exc)
    else:
        f.set_result(value)
    return f


def names(fs, table):
    return sorted(table[f] for f in fs)


a, b, c = done_with(1), done_with(exc=ValueError('bad')), Future()
d = Future()
d.cancel()
table = {a: 'a', b: 'b', c: 'c', d: 'd'}
for when in (cf.ALL_COMPLETED, cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION):
    r = cf.wait([a, b, c, d], timeout=0.01, return_when=when)
    print(when, names(r.done, table), names(r.not_done, table), type(r).__name__)
r = cf.wait([a, c], timeout=0, return_when=cf.FIRST_EXCEPTION)
print(names(r.done, table), names(r.not_done, table), r._fields)
r = cf.wait([a, a, d], timeout=0.01)
print(names(r.done, table), names(r.not_done, table))
print(cf.wait([]))
print(repr(a).split(' state=')[1], repr(b).split(' state=')[1], repr(d).split(' state=')[1])
print(repr(done_with(exc=KeyError())).split(' state=')[1], repr(done_with(None)).split(' state=')[1])
print(mask(repr(cf.wait([a]))))

# as_completed: finished ones first, then the rest as they finish.
print(names(cf.as_completed([a, b]), table))
d.set_running_or_notify_cancel()
print(names(cf.as_completed([a, b, d]), table), names(cf.wait([d]).done, table))
try:
    for f in cf.as_completed([a, c, Future()], timeout=0.01):
        print('yielded', table.get(f))
except cf.TimeoutError as e:
    print(type(e).__name__, e)
late = Future()
threading.Timer(0.02, late.set_result, args=['late']).start()
print([f.result() for f in cf.as_completed([late, a], timeout=10)])
print(len(list(cf.as_completed([a, a, a]))))
e = cf.as_completed([a])
print(type(e).__name__, next(e) is a)

# wait() woken by a future finished in another thread.
w1, w2 = Future(), Future()
threading.Timer(0.02, w2.set_exception, args=[OSError('io')]).start()
r = cf.wait([w1, w2], timeout=10, return_when=cf.FIRST_EXCEPTION)
print(len(r.done), len(r.not_done), r.done == {w2})
threading.Timer(0.02, w1.set_result, args=[5]).start()
r = cf.wait([w1, w2], timeout=10)
print(len(r.done), len(r.not_done))


# The base Executor.
class Inline(cf.Executor):
    def __init__(self):
        self.calls = []

    def submit(self, fn, /, *args, **kwargs):
        self.calls.append(args)
        f = Future()
        try:
            f.set_result(fn(*args, **kwargs))
        except Exception as exc:
            f.set_exception(exc)
        return f


ex = Inline()
m = ex.map(pow, [2, 3, 4], [5, 6, 7])
print(ex.calls, type(m).__name__)
print(list(m))
m = ex.map(lambda x: 10 // x, [5, 0, 2])
attempt('first', lambda: next(m))
attempt('second', lambda: next(m))
attempt('third', lambda: next(m))
print(list(ex.map(str, [], timeout=1)))
print(list(ex.map(abs, [-1, -2], timeout=5, chunksize=3)))
with ex as entered:
    print(entered is ex)
print(ex.shutdown(), ex.shutdown(wait=False, cancel_futures=True), ex.__exit__(None, None, None))
attempt('base submit', lambda: cf.Executor().submit(print))
attempt('positional fn', lambda: Inline().submit(fn=print))
attempt('map no iterables', lambda: list(Inline().map(print)))


# map's pending futures are cancelled when its iterator is closed.
class Lazy(cf.Executor):
    def __init__(self):
        self.futures = []

    def submit(self, fn, *args):
        f = Future()
        self.futures.append(f)
        return f


lz = Lazy()
it = lz.map(abs, [1, 2, 3], timeout=0.01)
lz.futures[0].set_result(1)
print(next(it))
attempt('timed out', lambda: next(it))
print([f.cancelled() for f in lz.futures])
lz2 = Lazy()
it2 = lz2.map(abs, [1, 2])
it2.close()
print([f.cancelled() for f in lz2.futures])
print(cf.CancelledError.__module__, cf.InvalidStateError.__module__, cf.BrokenExecutor.__module__)
print(cf.Future.__class_getitem__(int), cf.BrokenExecutor.__mro__[1].__name__)
