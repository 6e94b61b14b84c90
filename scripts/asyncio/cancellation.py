# Cancelling tasks: messages, cancelling()/uncancel(), a coroutine that
# catches the cancellation, cancelling a task waiting on a future or
# another task, and cancellation before a task's first step.
import asyncio


async def sleeper(label, delay=10):
    try:
        await asyncio.sleep(delay)
        return f'{label} woke'
    except asyncio.CancelledError as e:
        print(f'{label} cancelled with args {e.args}')
        raise


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('stubborn caught it')
    await asyncio.sleep(0)
    return 'stubborn survived'


async def cleanup():
    try:
        await asyncio.sleep(10)
    finally:
        print('cleanup runs')
        await asyncio.sleep(0)
        print('cleanup awaited')


async def main():
    t = asyncio.create_task(sleeper('t'))
    await asyncio.sleep(0)
    print(t.cancel('first'), t.cancelling(), t.cancel('second'), t.cancelling())
    print(repr(t).split(' coro=')[0])
    try:
        await t
    except asyncio.CancelledError as e:
        print('awaiting t raised', e.args)
    print(t.cancelled(), t.done(), t.cancel(), t.cancelling(), t.uncancel(), t.uncancel(), t.uncancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print('result raised', type(e).__name__, e.args)

    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled(), s.cancelling())

    c = asyncio.create_task(cleanup())
    await asyncio.sleep(0)
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        print('cleanup cancelled:', c.cancelled())

    # Cancelled before it ever ran: the coroutine never starts.
    early = asyncio.create_task(sleeper('early'))
    early.cancel('before start')
    try:
        await early
    except asyncio.CancelledError as e:
        print('early', e.args, early.get_coro().cr_frame)

    # Waiting on a future: the future is cancelled.
    fut = asyncio.get_running_loop().create_future()

    async def wait_fut():
        return await fut

    w = asyncio.create_task(wait_fut())
    await asyncio.sleep(0)
    w.cancel('via future')
    await asyncio.sleep(0)
    print('future:', fut.cancelled(), repr(fut))
    try:
        await w
    except asyncio.CancelledError as e:
        print('w', e.args)

    # Waiting on a task: cancelling the waiter cancels the awaited task.
    inner = asyncio.create_task(sleeper('inner'))

    async def outer():
        return await inner

    o = asyncio.create_task(outer())
    await asyncio.sleep(0)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print('outer cancelled; inner cancelled:', inner.cancelled())

    # A task cancelling itself.
    async def suicide():
        asyncio.current_task().cancel('self')
        await asyncio.sleep(0)
        return 'not reached'

    try:
        await asyncio.create_task(suicide())
    except asyncio.CancelledError as e:
        print('suicide', e.args)

    # Cancelling a done task does nothing.
    d = asyncio.create_task(asyncio.sleep(0, 'D'))
    await d
    print(d.cancel(), d.result(), d.cancelling())

    # CancelledError is a BaseException, not an Exception.
    print(issubclass(asyncio.CancelledError, Exception),
          issubclass(asyncio.CancelledError, BaseException))

asyncio.run(main())


# The main task cancelled: asyncio.run raises CancelledError.
async def cancel_main():
    asyncio.current_task().cancel()
    await asyncio.sleep(1)

try:
    asyncio.run(cancel_main())
except asyncio.CancelledError as e:
    print('run raised CancelledError', e.args)


# Tasks left running when main returns are cancelled by asyncio.run.
async def leaves_tasks():
    asyncio.create_task(cleanup())
    await asyncio.sleep(0)
    return 'main done'

print(asyncio.run(leaves_tasks()))
