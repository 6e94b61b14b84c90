# gather(): result order, return_exceptions, the first exception, a
# cancelled child, cancelling the gather, repeated awaitables, futures.
import asyncio


async def work(label, delay, fail=None):
    await asyncio.sleep(delay)
    if fail is not None:
        raise fail
    print('finished', label)
    return label


async def main():
    # Delays 50 ms apart: the three sleeps start a moment apart, and a loaded
    # machine must not reorder them.
    print(await asyncio.gather(work('slow', 0.15), work('fast', 0.05), work('mid', 0.1)))
    print(await asyncio.gather())
    print(await asyncio.gather(work('a', 0), work('b', 0, ValueError('b failed')),
                               return_exceptions=True))
    try:
        await asyncio.gather(work('c', 0.02), work('d', 0, KeyError('d')))
    except KeyError as e:
        print('gather raised', repr(e))
    await asyncio.sleep(0.03)  # 'c' still finishes

    # A cancelled child is an exception for gather.
    child = asyncio.create_task(work('child', 1))
    other = asyncio.create_task(work('other', 0.2))  # well after the cancel, even on a loaded machine
    asyncio.get_running_loop().call_later(0.001, child.cancel, 'child msg')
    try:
        await asyncio.gather(child, other)
    except asyncio.CancelledError as e:
        print('gather raised CancelledError', e.args)
    await other
    child2 = asyncio.create_task(work('child2', 1))
    asyncio.get_running_loop().call_soon(child2.cancel, 'with message')
    res = await asyncio.gather(child2, work('e', 0), return_exceptions=True)
    print([type(r).__name__ + repr(r.args) if isinstance(r, BaseException) else r for r in res])

    # Cancelling the gather cancels the children.
    g = asyncio.gather(work('x', 1), work('y', 1))
    print(type(g).__name__, repr(g).startswith('<_GatheringFuture pending'))
    await asyncio.sleep(0)
    print(g.cancel('stop all'))
    try:
        await g
    except asyncio.CancelledError as e:
        print('outer cancelled', e.args, g.cancelled())
    print(g.cancel())

    # The same coroutine or future twice gives its result twice.
    coro = work('twice', 0)
    print(await asyncio.gather(coro, coro))
    f = asyncio.get_running_loop().create_future()
    f.set_result('F')
    print(await asyncio.gather(f, f, work('g', 0)))

    # Children that are already done.
    done = asyncio.get_running_loop().create_future()
    done.set_exception(OSError('ready made'))
    print(await asyncio.gather(done, return_exceptions=True))

    # A gather future is awaitable from several places.
    g2 = asyncio.gather(work('shared', 0.01))
    print(await asyncio.gather(g2, g2))

    # Errors of the arguments.
    try:
        asyncio.gather(1, 2)
    except TypeError as e:
        print('TypeError', e)

asyncio.run(main())

# gather() outside a running loop uses the current event loop.
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
g = asyncio.gather()
print(repr(g), g.get_loop() is loop)
print(loop.run_until_complete(asyncio.gather(work('outside', 0))))
loop.close()
