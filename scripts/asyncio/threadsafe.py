# The loop and threads: call_soon_threadsafe from another thread wakes a
# loop with nothing else to do; run_coroutine_threadsafe submits a
# coroutine to a loop running in another thread; wrap_future.
import asyncio
import concurrent.futures
import threading
import time


async def wait_for_thread():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()

    def worker():
        time.sleep(0.05)
        loop.call_soon_threadsafe(fut.set_result, 'from thread')

    t = threading.Thread(target=worker)
    t.start()
    start = time.monotonic()
    print(await fut, time.monotonic() - start < 5)
    t.join()

    # A thread completing a concurrent.futures.Future that the loop
    # awaits through wrap_future.
    cf = concurrent.futures.Future()
    wrapped = asyncio.wrap_future(cf)
    print(type(wrapped).__name__, asyncio.wrap_future(wrapped) is wrapped)

    def completer():
        time.sleep(0.02)
        cf.set_result(42)

    threading.Thread(target=completer).start()
    print('wrapped result', await wrapped)
    cf2 = concurrent.futures.Future()
    w2 = asyncio.wrap_future(cf2)
    threading.Thread(target=lambda: cf2.set_exception(ValueError('in thread'))).start()
    try:
        await w2
    except ValueError as e:
        print('wrapped exception', e)
    cf3 = concurrent.futures.Future()
    w3 = asyncio.wrap_future(cf3)
    w3.cancel()
    await asyncio.sleep(0)
    print('cancelling the wrapper cancels the concurrent future:', cf3.cancelled())
    try:
        asyncio.wrap_future(1)
    except AssertionError as e:
        print('AssertionError', e)

asyncio.run(wait_for_thread())


# A loop running in a thread of its own, driven from the main thread.
loop = asyncio.new_event_loop()
ready = threading.Event()


def run_loop():
    asyncio.set_event_loop(loop)
    loop.call_soon(ready.set)
    loop.run_forever()


thread = threading.Thread(target=run_loop)
thread.start()
ready.wait()


async def double(x):
    await asyncio.sleep(0.01)
    return threading.current_thread() is thread, x * 2


async def fail():
    raise KeyError('in loop thread')


f = asyncio.run_coroutine_threadsafe(double(21), loop)
print(type(f).__name__, f.result(timeout=5))
f2 = asyncio.run_coroutine_threadsafe(fail(), loop)
try:
    f2.result(timeout=5)
except KeyError as e:
    print('KeyError', e)
f3 = asyncio.run_coroutine_threadsafe(asyncio.sleep(10), loop)
time.sleep(0.01)
print('cancel', f3.cancel())
try:
    f3.result(timeout=5)
except concurrent.futures.CancelledError:
    print('cancelled')
try:
    asyncio.run_coroutine_threadsafe(1, loop)
except TypeError as e:
    print('TypeError', e)
done = threading.Event()
loop.call_soon_threadsafe(lambda: (print('callback in loop thread', threading.current_thread() is thread), done.set()))
done.wait()
loop.call_soon_threadsafe(loop.stop)
thread.join()
print(loop.is_running())
loop.close()
