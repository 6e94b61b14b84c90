# wait(), wait_for() and as_completed(): return_when, timeouts, the
# errors of their arguments.
import asyncio


async def work(label, delay, fail=None):
    await asyncio.sleep(delay)
    if fail is not None:
        raise fail
    return label


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def settle(fut, value):
    # A task that finishes (or fails) when fut is set: the program decides
    # the order, not the clock.
    v = await fut
    if isinstance(v, BaseException):
        raise v
    return value


async def main():
    loop = asyncio.get_running_loop()
    f1, f2, f3 = (loop.create_future() for _ in range(3))
    t1 = asyncio.create_task(settle(f1, 'one'), name='one')
    t2 = asyncio.create_task(settle(f2, 'two'), name='two')
    t3 = asyncio.create_task(settle(f3, 'three'), name='three')
    done, pending = await asyncio.wait([t1, t2, t3], timeout=0.001)
    print('timeout', names(done), names(pending))
    loop.call_soon(f1.set_result, None)
    done, pending = await asyncio.wait([t1, t2, t3], return_when=asyncio.FIRST_COMPLETED)
    print('FIRST_COMPLETED', names(done), names(pending))
    loop.call_soon(f3.set_result, ValueError('3'))
    done, pending = await asyncio.wait([t1, t2, t3], return_when=asyncio.FIRST_EXCEPTION)
    print('FIRST_EXCEPTION', names(done), names(pending))
    loop.call_soon(f2.set_result, None)
    done, pending = await asyncio.wait({t1, t2, t3})
    print('ALL_COMPLETED', names(done), names(pending))
    print(t3.exception())
    done, pending = await asyncio.wait([t1, t2], return_when=asyncio.FIRST_EXCEPTION)
    print('FIRST_EXCEPTION, none fails', names(done), names(pending))
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)

    for args, kwargs in [((t1,), {}), ((work('x', 0),), {}), (([],), {}),
                         (([t1],), {'return_when': 'bogus'}),
                         (([work('y', 0)],), {})]:
        try:
            await asyncio.wait(*args, **kwargs)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
        for a in args:
            if asyncio.iscoroutine(a):
                a.close()
            elif isinstance(a, list):
                for c in a:
                    if asyncio.iscoroutine(c):
                        c.close()

    # wait_for
    print(await asyncio.wait_for(work('in time', 0.01), 1))
    print(await asyncio.wait_for(work('no limit', 0), None))
    try:
        await asyncio.wait_for(work('too slow', 1), 0.01)
    except asyncio.TimeoutError as e:
        print('TimeoutError', repr(e), type(e.__cause__).__name__, asyncio.TimeoutError is TimeoutError)
    try:
        await asyncio.wait_for(work('zero', 1), 0)
    except TimeoutError as e:
        print('zero timeout', repr(e))
    done_fut = loop.create_future()
    done_fut.set_result('already')
    print(await asyncio.wait_for(done_fut, 0))
    try:
        await asyncio.wait_for(work('fails', 0, KeyError('k')), 1)
    except KeyError as e:
        print('KeyError', e)

    # A coroutine that refuses cancellation finishes anyway.
    async def refuses():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            return 'refused'

    print(await asyncio.wait_for(refuses(), 0.01))

    # Cancelling wait_for cancels what it waits for.
    inner = asyncio.create_task(work('inner', 1))
    outer = asyncio.create_task(asyncio.wait_for(inner, 5))
    await asyncio.sleep(0.01)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled; inner cancelled:', inner.cancelled())

    # as_completed: in order of completion.
    coros = [work('c', 0.03), work('a', 0.01), work('b', 0.02)]
    for f in asyncio.as_completed(coros):
        print('as_completed', await f)
    res = []
    for f in asyncio.as_completed([work('late', 1), work('quick', 0)], timeout=0.02):
        try:
            res.append(await f)
        except asyncio.TimeoutError:
            res.append('timeout')
    print(res)
    for f in asyncio.as_completed([work('bad', 0, OSError('io'))]):
        try:
            await f
        except OSError as e:
            print('as_completed raised', e)
    for bad in (t1, work('z', 0)):
        try:
            next(iter(asyncio.as_completed(bad)))
        except TypeError as e:
            print('TypeError', e)
        if asyncio.iscoroutine(bad):
            bad.close()
    print(list(asyncio.as_completed([])))

asyncio.run(main())
