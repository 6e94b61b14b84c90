# Tasks: reprs at each stage, names, current_task, all_tasks, the errors
# of a coroutine that yields what a Task cannot wait for.
import asyncio
import types


def show(label, f):
    try:
        print(label, f())
    except BaseException as e:
        print(label, type(e).__name__, e)


async def child():
    await asyncio.sleep(0)
    return 5


async def bad():
    raise ValueError('boom')


@types.coroutine
def yields(value):
    return (yield value)


async def yielder(value):
    return await yields(value)


async def self_await():
    await asyncio.current_task()


async def main():
    me = asyncio.current_task()
    print(repr(me).split(' cb=')[0])
    print(me.get_name(), me.get_coro().__name__, me.done())
    t = asyncio.create_task(child())
    print(repr(t))
    await asyncio.sleep(0)
    print(repr(t))
    print(await t, repr(t))
    t2 = asyncio.create_task(bad(), name='B')
    await asyncio.sleep(0)
    print(repr(t2))
    show('set_result', lambda: t2.set_result(1))
    show('set_exception', lambda: t2.set_exception(ValueError()))
    print(repr(t2.exception()))
    show('Task(1)', lambda: asyncio.Task(1))
    show('Task(gen)', lambda: asyncio.Task((x for x in [])).get_name())
    t4 = asyncio.ensure_future(child())
    print(t4.get_name())
    t4.set_name(42)
    print(repr(t4.get_name()))
    await t4
    t5 = asyncio.get_running_loop().create_task(child(), name='named')
    print(t5.get_name())
    await t5
    # A coroutine yielding a value a Task cannot wait for.
    for value in (3, 'str', [1]):
        try:
            await asyncio.create_task(yielder(value))
        except RuntimeError as e:
            print('RuntimeError', e)
    try:
        await asyncio.create_task(yielder((x for x in [])))
    except RuntimeError as e:
        print('RuntimeError', str(e).split(' in task')[0])
    fut = asyncio.get_running_loop().create_future()
    fut._asyncio_future_blocking = False
    try:
        await asyncio.create_task(yielder(fut))
    except RuntimeError as e:
        print('RuntimeError', str(e).split(' in task')[0])
    other = asyncio.new_event_loop()
    ofut = other.create_future()
    ofut._asyncio_future_blocking = True
    try:
        await asyncio.create_task(yielder(ofut), name='diff')
    except RuntimeError as e:
        print('RuntimeError', str(e).replace(repr(other), 'LOOP'))
    other.close()
    try:
        await asyncio.create_task(self_await(), name='selfish')
    except RuntimeError as e:
        print('RuntimeError', e)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    print(asyncio.current_task() is me, asyncio.current_task(asyncio.get_running_loop()) is me)
    print([(f.f_code.co_name, f.f_lineno) for f in t2.get_stack()], t.get_stack())
    print([f.f_code.co_name for f in me.get_stack()])
    print(asyncio.Task.__module__, asyncio.Task[int], isinstance(me, asyncio.Future))


asyncio.run(main())
show('current_task outside', asyncio.current_task)
show('all_tasks outside', asyncio.all_tasks)
loop = asyncio.new_event_loop()
print(asyncio.current_task(loop), asyncio.all_tasks(loop))
loop.close()
