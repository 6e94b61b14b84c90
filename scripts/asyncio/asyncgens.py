# Async generators on the event loop: iterated with async for, left
# unfinished (asyncio.run's shutdown_asyncgens closes them, running their
# finally blocks), aclose() by hand, and the loop's hooks.
#
# CPython closes an unfinished generator as soon as it is dropped (its
# finalizer hook schedules aclose()); gilpy, which does not finalize
# objects, closes it at shutdown_asyncgens. The program keeps its
# generators referenced until then, so that both close them there.
import asyncio
import sys

keep = []


async def ticker(name, n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            yield f'{name}{i}'
    finally:
        print(f'{name} finally')
        await asyncio.sleep(0)
        print(f'{name} finally awaited')


async def main():
    print([x async for x in ticker('full', 3)])
    left = ticker('left', 10)
    keep.append(left)
    print(await left.__anext__(), await left.__anext__())
    closed = ticker('closed', 10)
    print(await closed.__anext__())
    await closed.aclose()
    hooks = sys.get_asyncgen_hooks()
    print(hooks.firstiter.__name__, hooks.finalizer.__name__)
    loop = asyncio.get_running_loop()
    print(hooks.firstiter.__self__ is loop)
    keep.append(ticker('never started', 10))
    print('main returns')

asyncio.run(main())
print(sys.get_asyncgen_hooks())


# run_until_complete without run(): shutdown_asyncgens by hand.
async def make():
    g = ticker('manual', 5)
    await g.__anext__()
    return g

loop = asyncio.new_event_loop()
g = loop.run_until_complete(make())
print('shutting down')
loop.run_until_complete(loop.shutdown_asyncgens())
print('shut down')
loop.close()


# An error while closing is reported to the exception handler.
async def bad_close():
    try:
        yield 1
    finally:
        raise ValueError('in finally')


def handler(loop, context):
    print('handler:', context['message'].split(' <')[0], repr(context['exception']))


async def main2():
    asyncio.get_running_loop().set_exception_handler(handler)
    g = bad_close()
    keep.append(g)
    await g.__anext__()

asyncio.run(main2())
