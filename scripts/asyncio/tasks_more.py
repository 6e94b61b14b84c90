# Corners of asyncio's task functions: wait_for passing the caller's
# cancellation (and its message) on, wait()'s argument checks, as_completed
# with a timeout, gather of the same awaitable twice, shield, ensure_future
# and run_coroutine_threadsafe errors, current_task and all_tasks.
import asyncio


async def slow(tag, delay, result=None, exc=None):
    await asyncio.sleep(delay)
    if exc is not None:
        raise exc
    return result if result is not None else tag


async def main():
    # The caller of wait_for is cancelled with a message.
    inner = asyncio.create_task(slow('inner', 10))
    outer = asyncio.create_task(asyncio.wait_for(inner, 5))
    await asyncio.sleep(0.01)
    outer.cancel('go away')
    try:
        await outer
    except asyncio.CancelledError as e:
        print('outer cancelled', e.args, inner.cancelled())

    # An inner coroutine that swallows the cancellation wins the timeout.
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return 'kept going'
    print(await asyncio.wait_for(stubborn(), 0.01))
    try:
        print(await asyncio.wait_for(stubborn(), 0))
    except asyncio.TimeoutError as e:
        print('not started: TimeoutError', type(e.__cause__).__name__)
    done_already = asyncio.create_task(slow('done already', 0))
    await asyncio.sleep(0.01)
    print(await asyncio.wait_for(done_already, 0))
    try:
        await asyncio.wait_for(slow('never', 10), 0)
    except asyncio.TimeoutError as e:
        print('TimeoutError', repr(e), type(e.__cause__).__name__)
    try:
        await asyncio.wait_for(slow('late', 10), 0.01)
    except asyncio.TimeoutError as e:
        print('TimeoutError', repr(e), type(e.__cause__).__name__)
    print(await asyncio.wait_for(slow('no limit', 0), None))

    # wait(): argument errors and return_when.
    t = asyncio.create_task(slow('t', 0))
    for label, call in [
            ('single future', lambda: asyncio.wait(t)),
            ('empty', lambda: asyncio.wait([])),
            ('bad return_when', lambda: asyncio.wait([t], return_when='bogus')),
            ('coroutine in set', lambda: asyncio.wait([stray]))]:
        stray = slow('c', 0)
        coro = call()
        try:
            await coro
        except (TypeError, ValueError) as e:
            print(label, type(e).__name__, e)
        stray.close()
    await t
    ts = [asyncio.create_task(slow(n, d, exc=x)) for n, d, x in
          [('a', 0.01, None), ('b', 0.02, KeyError('b')), ('c', 1, None)]]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(sorted(x.get_name() == y.get_name() for x in done for y in ts).count(True),
          len(done), len(pending), asyncio.FIRST_EXCEPTION)
    done, pending = await asyncio.wait(pending, timeout=0.01)
    print(len(done), len(pending))
    ts[2].cancel()
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending))

    # as_completed with a timeout.
    order = []
    try:
        for fut in asyncio.as_completed([slow('x', 0.01), slow('y', 10), slow('z', 0)],
                                        timeout=0.1):
            order.append(await fut)
    except asyncio.TimeoutError as e:
        print('as_completed TimeoutError', repr(e))
    print(order)
    it = asyncio.as_completed(t)
    print(type(it).__name__)
    try:
        next(it)
    except TypeError as e:
        print('TypeError', e)
    stray = slow('c', 0)
    try:
        list(asyncio.as_completed(stray))
    except TypeError as e:
        print('TypeError', e)
    stray.close()
    first = next(asyncio.as_completed([t]))
    print(await first)

    # gather: the same awaitable twice runs once; results in order.
    c = slow('dup', 0)
    print(await asyncio.gather(c, c, slow('other', 0)))
    print(await asyncio.gather())
    g = asyncio.gather(slow('p', 10), slow('q', 10))
    await asyncio.sleep(0)
    print(g.cancel('enough'), g.cancel())
    try:
        await g
    except asyncio.CancelledError as e:
        print('gather cancelled', e.args)
    print(await asyncio.gather(slow('ok', 0), slow('bad', 0, exc=ValueError('v')),
                               return_exceptions=True))

    # shield: cancelling the shield leaves the inner task running.
    inner = asyncio.create_task(slow('shielded', 0.02))
    sh = asyncio.shield(inner)
    sh.cancel()
    print(sh.cancelled(), await inner, asyncio.shield(inner) is inner)

    # ensure_future errors, current_task, all_tasks.
    for bad in (42, 'text'):
        try:
            asyncio.ensure_future(bad)
        except TypeError as e:
            print('TypeError', e)
    other = asyncio.new_event_loop()
    fut = other.create_future()
    try:
        asyncio.ensure_future(fut, loop=asyncio.get_running_loop())
    except ValueError as e:
        print('ValueError', e)
    other.close()
    me = asyncio.current_task()
    print(me.get_name(), me in asyncio.all_tasks(), me.cancelling())
    try:
        asyncio.run_coroutine_threadsafe(42, asyncio.get_running_loop())
    except TypeError as e:
        print('TypeError', e)
    print(asyncio.current_task(other))


asyncio.run(main())
print(asyncio.current_task.__name__)
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print('RuntimeError', e)
