# Debug mode: source tracebacks in reprs, the checks of call_soon.
import asyncio
import sys


def handler(loop, context):
    print('handler:', context['message'])
    st = context.get('source_traceback') or context.get('handle_traceback')
    print('  has traceback:', bool(st), st[-1][2] if st else None)


def cb():
    pass


async def coro():
    pass


async def main():
    loop = asyncio.get_running_loop()
    # Debug mode logs every step slower than slow_callback_duration
    # (0.1 s), which a loaded machine reaches: only the timing would print.
    loop.slow_callback_duration = 3600
    print(loop.get_debug(), sys.get_coroutine_origin_tracking_depth())
    h = loop.call_soon(cb)
    print(repr(h).split(' created at ')[0], 'created at' in repr(h))
    h.cancel()
    print(repr(h).split(' created at ')[0])
    f = loop.create_future()
    print(repr(f).split(' created at ')[0], f._source_traceback[-1][2])
    for bad in (coro, 1):
        try:
            loop.call_soon(bad)
        except TypeError as e:
            print('TypeError', e)
    c = coro()
    try:
        loop.call_later(1, c)
    except TypeError as e:
        print('TypeError', e)
    c.close()
    t = asyncio.create_task(coro())
    print(t._source_traceback[-1][2])
    await t
    loop.set_exception_handler(handler)
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)


asyncio.run(main(), debug=True)
print(sys.get_coroutine_origin_tracking_depth())
