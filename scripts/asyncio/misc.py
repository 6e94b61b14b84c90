# shield, sleep's result, negative delays, Runner contexts, print_stack,
# get_event_loop in another thread, several runs in a row.
import asyncio
import contextvars
import sys
import threading

var = contextvars.ContextVar('var', default='default')


async def work(label, delay, fail=None):
    await asyncio.sleep(delay)
    if fail:
        raise fail
    return label


async def fails_later():
    await asyncio.sleep(0)
    raise ValueError('failed task')


async def main():
    loop = asyncio.get_running_loop()
    # shield: the outer await is cancelled, the inner task goes on.
    inner = asyncio.create_task(work('shielded', 0.02))
    outer = asyncio.ensure_future(asyncio.shield(inner))

    async def waiter():
        return await outer

    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print('waiter cancelled; outer cancelled:', outer.cancelled(), 'inner done:', inner.done())
    print('inner result:', await inner)
    print(await asyncio.shield(work('plain', 0)))
    done = loop.create_future()
    done.set_result('already done')
    print(asyncio.shield(done) is done)
    try:
        await asyncio.shield(work('fails', 0, KeyError('shielded failure')))
    except KeyError as e:
        print('KeyError', e)
    cf = loop.create_future()
    sh = asyncio.shield(cf)
    cf.cancel()
    await asyncio.sleep(0)
    print('inner cancelled -> outer cancelled:', sh.cancelled())

    print(await asyncio.sleep(0, 'zero'), await asyncio.sleep(-1, 'negative'),
          await asyncio.sleep(0.001, ['list']))
    order = []
    loop.call_later(-5, order.append, 'negative delay')
    loop.call_soon(order.append, 'soon')
    loop.call_at(0, order.append, 'at zero')
    await asyncio.sleep(0.001)
    print(order)

    # print_stack of a suspended, a failed and a finished task.
    t = asyncio.create_task(work('stack', 1))
    await asyncio.sleep(0)
    t.print_stack(file=sys.stdout)
    t.cancel()
    f = asyncio.create_task(fails_later())
    await asyncio.wait([f])
    f.print_stack(file=sys.stdout)
    print([fr.f_code.co_name for fr in f.get_stack()], f.get_stack(limit=0))
    ok = asyncio.create_task(work('ok', 0))
    await ok
    ok.print_stack(file=sys.stdout)

    # get_event_loop from a thread without a loop.
    res = []

    def in_thread():
        try:
            asyncio.get_event_loop()
        except RuntimeError as e:
            res.append(str(e))
        try:
            asyncio.get_running_loop()
        except RuntimeError as e:
            res.append(str(e))
        res.append(asyncio.run(work('run in a thread', 0)))

    th = threading.Thread(target=in_thread, name='worker')
    th.start()
    th.join()
    print(res)
    print(var.get())


for i in range(2):
    asyncio.run(work(f'run {i}', 0))
var.set('outer value')
asyncio.run(main())

with asyncio.Runner() as r:
    ctx = contextvars.copy_context()
    ctx.run(var.set, 'runner context')

    async def show():
        print('in runner:', var.get())
        var.set('changed inside')

    r.run(show())
    r.run(show(), context=ctx)
    r.run(show(), context=ctx)
    print('after:', var.get(), ctx[var])
