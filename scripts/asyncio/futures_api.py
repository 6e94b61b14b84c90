# asyncio.Future: states, results, exceptions, cancellation, callbacks and
# reprs, with the messages of CPython's C Future.
import asyncio
import contextvars


def show(label, f):
    try:
        print(label, f())
    except BaseException as e:
        print(label, type(e).__name__, e)


loop = asyncio.new_event_loop()
f = loop.create_future()
print(repr(f), f.done(), f.cancelled(), f.get_loop() is loop)
show('result', f.result)
show('exception', f.exception)
f.set_result(1)
print(repr(f), f.done(), f.result(), f.exception())
show('set_result again', lambda: f.set_result(2))
show('set_exception after', lambda: f.set_exception(ValueError()))
print(f.cancel(), repr(f))

g = loop.create_future()
show('StopIteration', lambda: g.set_exception(StopIteration()))
show('not an exception', lambda: g.set_exception(1))
show('class not exception', lambda: g.set_exception(int))
g.set_exception(ValueError)
print(repr(g), repr(g.exception()))
show('result raises', g.result)

h = loop.create_future()
print(h.cancel('why'), h.cancel(), repr(h), h.cancelled(), h.done())
show('result of cancelled', h.result)
show('exception of cancelled', h.exception)
try:
    h.result()
except asyncio.CancelledError as e:
    print('args', e.args)
h2 = loop.create_future()
h2.cancel()
try:
    h2.result()
except asyncio.CancelledError as e:
    print('args', e.args)


def cb(fut):
    print('cb called with', repr(fut))


def cb2(fut):
    print('cb2', fut.result())


k = loop.create_future()
k.add_done_callback(cb)
print(repr(k))
k.add_done_callback(cb)
k.add_done_callback(print)
print(repr(k))
k.add_done_callback(cb2)
print(repr(k))
print(k.remove_done_callback(cb), k.remove_done_callback(cb))
print(repr(k))
k.set_result('done')
print('scheduled, not run yet')
loop.run_until_complete(asyncio.sleep(0))
k.add_done_callback(cb2)
loop.run_until_complete(asyncio.sleep(0))

# Callbacks run in the context they were added in (a copy by default).
var = contextvars.ContextVar('var', default='default')
m = loop.create_future()
var.set('at add')
m.add_done_callback(lambda fut: print('var in callback:', var.get()))
ctx = contextvars.copy_context()
ctx.run(var.set, 'explicit')
m.add_done_callback(lambda fut: print('var in given context:', var.get()), context=ctx)
var.set('changed')
m.set_result(None)
loop.run_until_complete(asyncio.sleep(0))

# Long results are shortened with reprlib; exceptions are shown in full.
y = loop.create_future()
y.set_result('r' * 100)
print(repr(y))
y2 = loop.create_future()
y2.set_result(list(range(20)))
print(repr(y2))
z = loop.create_future()
z.set_exception(KeyError('k'))
print(repr(z), repr(z.exception()))

print(asyncio.isfuture(z), asyncio.isfuture(asyncio.Future), asyncio.isfuture(1))
print(asyncio.Future.__name__, asyncio.Future.__module__, asyncio.Future[int])
show('_log_traceback', lambda: setattr(y, '_log_traceback', True))
print(f._state, g._state, h._state, y._result, y._exception, y._asyncio_future_blocking)
print(y._callbacks, z._log_traceback)


class MyFuture(asyncio.Future):
    pass


mf = MyFuture(loop=loop)
print(repr(mf), asyncio.isfuture(mf))
mf.set_result(3)
print(repr(mf))


# Awaiting futures: the result, the exception, or the cancellation.
async def waiter(fut):
    try:
        return await fut
    except BaseException as e:
        return f'{type(e).__name__}: {e}'


async def main():
    lp = asyncio.get_running_loop()
    a = lp.create_future()
    lp.call_later(0.01, a.set_result, 'A')
    print(await waiter(a))
    b = lp.create_future()
    lp.call_soon(b.set_exception, OSError(2, 'nope'))
    print(await waiter(b))
    c = lp.create_future()
    lp.call_soon(c.cancel, 'stop')
    print(await waiter(c))
    d = asyncio.Future()
    print(d.get_loop() is lp)
    d.set_result('iter')
    print(await d, list(d.__await__()) if False else 'ok')
    it = lp.create_future().__await__()
    print(next(it)._asyncio_future_blocking)
    try:
        next(it)
    except RuntimeError as e:
        print('RuntimeError', e)

loop.run_until_complete(main())
loop.close()
