# run_in_executor and to_thread: blocking calls in threads while the loop
# keeps running; the default executor and its shutdown; exceptions.
import asyncio
import concurrent.futures
import contextvars
import functools
import os
import threading
import time

var = contextvars.ContextVar('var', default='unset')


def blocking(label, delay):
    time.sleep(delay)
    return f'{label} in {threading.current_thread().name.split("_")[0]}'


def fails():
    raise ValueError('in executor')


async def ticker():
    for i in range(3):
        print('tick', i)
        await asyncio.sleep(0.02)


async def main():
    loop = asyncio.get_running_loop()
    res = await asyncio.gather(
        loop.run_in_executor(None, blocking, 'a', 0.05),
        asyncio.to_thread(blocking, 'b', 0.04),
        ticker())
    print(res)
    try:
        await loop.run_in_executor(None, fails)
    except ValueError as e:
        print('ValueError', e)
    try:
        await asyncio.to_thread(fails)
    except ValueError as e:
        print('ValueError', e)
    var.set('main value')
    print(await asyncio.to_thread(var.get))
    print(await loop.run_in_executor(None, var.get))
    print(await asyncio.to_thread(functools.partial(blocking, 'partial'), delay=0))
    with concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix='mine') as ex:
        print(await loop.run_in_executor(ex, blocking, 'own', 0))
    print(type(loop._default_executor).__name__,
          loop._default_executor._max_workers == min(32, os.cpu_count() + 4))
    try:
        loop.set_default_executor(1)
    except TypeError as e:
        print('TypeError', e)
    fut = loop.run_in_executor(None, time.sleep, 0.01)
    print(type(fut).__name__, await fut)
    names = await asyncio.gather(*[asyncio.to_thread(lambda: threading.current_thread().name) for _ in range(3)])
    print(all(n.startswith('asyncio_') for n in names))

asyncio.run(main())
print([t.name for t in threading.enumerate()])

loop = asyncio.new_event_loop()
loop.run_until_complete(loop.shutdown_default_executor())
try:
    loop.run_in_executor(None, print)
except RuntimeError as e:
    print('RuntimeError', e)
loop.close()
