# TaskGroup and Runner corners: reprs while shutting down, create_task
# refused, nested groups, outside cancellation with and without errors,
# Runner's loop_factory and context, tasks left over at close.
import asyncio
import contextvars


def show_eg(eg, depth=0):
    print(' ' * depth + f'{type(eg).__name__}: {eg}')
    for e in eg.exceptions:
        if isinstance(e, BaseExceptionGroup):
            show_eg(e, depth + 2)
        else:
            print(' ' * (depth + 2) + f'{type(e).__name__}: {e}')


async def boom(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def main():
    seen = []
    async def watcher(tg):
        await asyncio.sleep(0.01)
        seen.append(repr(tg))
        try:
            tg.create_task(asyncio.sleep(0))
        except RuntimeError as e:
            seen.append(str(e))
        await asyncio.sleep(10)

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(watcher(tg))
            tg.create_task(boom(0.02, ValueError('late')))
            await asyncio.sleep(10)
    except ExceptionGroup as eg:
        show_eg(eg)
    print(seen, repr(tg))

    # Nested groups: the inner group's failure reaches the outer group.
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(asyncio.sleep(10))
            async with asyncio.TaskGroup() as inner:
                inner.create_task(boom(0, KeyError('inner')))
    except BaseExceptionGroup as eg:
        show_eg(eg)

    # Cancelled from outside, with no failing task: CancelledError.
    async def hold():
        async with asyncio.TaskGroup() as g:
            g.create_task(asyncio.sleep(10))
            g.create_task(asyncio.sleep(10))
        return 'never'

    t = asyncio.create_task(hold())
    await asyncio.sleep(0.01)
    t.cancel('stop it')
    try:
        await t
    except asyncio.CancelledError as e:
        print('CancelledError', e.args, t.cancelling())

    # Cancelled from outside while a task also failed: the group error wins.
    async def hold_failing():
        async with asyncio.TaskGroup() as g:
            g.create_task(boom(0.05, OSError('disk')))
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError:
                await asyncio.sleep(0.1)
                raise

    t = asyncio.create_task(hold_failing())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except BaseException as e:
        print(type(e).__name__, getattr(e, 'exceptions', None))

    # The body raises CancelledError after a child failed.
    try:
        async with asyncio.TaskGroup() as g:
            g.create_task(boom(0, ZeroDivisionError('zd')))
            await asyncio.sleep(1)
    except ExceptionGroup as eg:
        show_eg(eg)
    print(asyncio.current_task().cancelling())

    # Names and a context given to create_task.
    var = contextvars.ContextVar('var', default='default')
    ctx = contextvars.copy_context()
    ctx.run(var.set, 'in ctx')

    async def read():
        return var.get()

    async with asyncio.TaskGroup() as g:
        t1 = g.create_task(read(), name='reader')
        t2 = g.create_task(read(), context=ctx)
        print(repr(g).replace(' entered', ' entered'))
    print(t1.get_name(), t1.result(), t2.result())
    try:
        print('aexit unentered:', await asyncio.TaskGroup().__aexit__(None, None, None))
    except Exception as e:
        print(type(e).__name__, e)


asyncio.run(main())

# Runner with a loop factory, a context, and nested use.
made = []


def factory():
    loop = asyncio.new_event_loop()
    made.append(loop)
    return loop


var = contextvars.ContextVar('v', default=0)


async def bump():
    var.set(var.get() + 1)
    return var.get()


with asyncio.Runner(loop_factory=factory, debug=True) as r:
    # Debug mode logs every step slower than slow_callback_duration
    # (0.1 s), which a loaded machine reaches: only the timing would print.
    r.get_loop().slow_callback_duration = 3600
    print(r.run(bump()), r.run(bump()), r.get_loop() is made[0],
          r.get_loop().get_debug())
    ctx = contextvars.Context()
    print(r.run(bump(), context=ctx), r.run(bump(), context=ctx), r.run(bump()))

    async def nested():
        coro = bump()
        try:
            r.run(coro)
        except RuntimeError as e:
            print('RuntimeError', e)
        coro.close()
        coro = bump()
        try:
            asyncio.run(coro)
        except RuntimeError as e:
            print('RuntimeError', e)
        coro.close()

    r.run(nested())
print(made[0].is_closed())


# Tasks still running when run() ends are cancelled; one that fails while
# being cancelled is reported to the exception handler.
async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise RuntimeError('refused to die')


async def leaves_tasks():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(
        lambda loop, ctx: print('handler:', ctx['message'],
                                repr(ctx['exception']), type(ctx.get('task')).__name__))
    asyncio.create_task(stubborn())
    asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    return 'main done'

print(asyncio.run(leaves_tasks()))
for bad in (None, 1, 'coro'):
    try:
        asyncio.run(bad)
    except ValueError as e:
        print('ValueError', e)
