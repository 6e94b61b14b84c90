# asyncio.timeout / timeout_at and TaskGroup.
import asyncio


async def work(label, delay, fail=None):
    await asyncio.sleep(delay)
    if fail is not None:
        raise fail
    print('done', label)
    return label


def show_group(eg, indent=''):
    print(f'{indent}{type(eg).__name__}: {eg}')
    for e in eg.exceptions:
        if isinstance(e, BaseExceptionGroup):
            show_group(e, indent + '  ')
        else:
            print(f'{indent}  {type(e).__name__}: {e}')


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(1) as cm:
        print(type(cm).__name__, cm.expired())
        await work('within', 0)
    print(repr(cm), cm.expired())
    try:
        async with asyncio.timeout(0.01) as cm:
            await work('never', 1)
    except TimeoutError as e:
        print('TimeoutError', repr(e), type(e.__cause__).__name__, cm.expired())
    print(repr(cm))
    async with asyncio.timeout(None) as cm:
        print(repr(cm), cm.when())
        await work('none', 0)
    try:
        async with asyncio.timeout_at(loop.time() - 1) as cm:
            await work('past', 1)
    except TimeoutError:
        print('past deadline expired:', cm.expired())
    # reschedule
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(loop.time() + 0.01)
            print(cm.when() > loop.time())
            await work('rescheduled', 1)
    except TimeoutError:
        print('rescheduled timeout fired')
    t = asyncio.timeout(1)
    print(repr(t))
    for f in (lambda: t.reschedule(1),):
        try:
            f()
        except RuntimeError as e:
            print('RuntimeError', e)
    async with t:
        pass
    try:
        t.reschedule(1)
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        async with t:
            pass
    except RuntimeError as e:
        print('RuntimeError', e)
    # A timeout inside a task cancelled from outside is not a timeout.
    async def inner():
        async with asyncio.timeout(5):
            await asyncio.sleep(1)

    it = asyncio.create_task(inner())
    await asyncio.sleep(0)
    it.cancel()
    try:
        await it
    except asyncio.CancelledError:
        print('cancelled, not timed out')
    # Nested timeouts: the inner one fires first.
    try:
        async with asyncio.timeout(1):
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(1)
            except TimeoutError:
                print('inner timeout')
            await work('after inner', 0)
    except TimeoutError:
        print('outer timeout')

    # TaskGroup
    async with asyncio.TaskGroup() as tg:
        print(repr(tg))
        a = tg.create_task(work('tg a', 0.01))
        b = tg.create_task(work('tg b', 0), name='named b')
        print(repr(tg), b.get_name())
    print(a.result(), b.result(), repr(tg))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work('ok', 0))
            tg.create_task(work('fail1', 0.01, ValueError('one')))
            tg.create_task(work('fail2', 0.01, TypeError('two')))
            tg.create_task(work('slow', 1))
            await asyncio.sleep(2)
            print('not reached')
    except* ValueError as eg:
        show_group(eg)
    except* TypeError as eg:
        show_group(eg)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work('fail', 0, KeyError('k')))
            raise OSError('body failed')
    except ExceptionGroup as eg:
        show_group(eg)
    tg = asyncio.TaskGroup()
    coro = work('x', 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print('RuntimeError', e)
    coro.close()
    async with tg:
        pass
    coro = work('y', 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print('RuntimeError', e)
    coro.close()
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print('RuntimeError', e)
    # Cancelling the task running a TaskGroup cancels its tasks.
    async def runs_group():
        async with asyncio.TaskGroup() as g:
            g.create_task(work('in group', 1))
            await asyncio.sleep(1)

    rg = asyncio.create_task(runs_group())
    await asyncio.sleep(0.01)
    rg.cancel()
    try:
        await rg
    except asyncio.CancelledError:
        print('group task cancelled')
    # A base exception is raised as it is.
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work('exit', 0, SystemExit(3)))
            await asyncio.sleep(1)
    except SystemExit as e:
        print('SystemExit', e.code)

asyncio.run(main())
