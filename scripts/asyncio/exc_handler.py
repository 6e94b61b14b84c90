# The loop's exception handler: what reaches it (a failing callback, an
# exception nobody retrieved, a task dropped while pending, a failing
# custom handler), the context keys, set/get_exception_handler.
#
# CPython reports an unretrieved exception or a pending task when it
# collects the future or task; gilpy reports them when their loop is
# closed. The program keeps them alive until right after close() so that
# both report them at the same point.
import asyncio

keep = []


def handler(loop, context):
    exc = context.get('exception')
    print('handler:', context['message'])
    print('  keys:', sorted(context))
    print('  exception:', repr(exc))
    for key in ('handle', 'future', 'task'):
        if key in context:
            print(f'  {key}:', repr(context[key]).split(' at ')[0])


def failing_callback(x):
    raise ZeroDivisionError(f'callback {x}')


async def fails():
    raise ValueError('never retrieved')


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(failing_callback, 1)
    await asyncio.sleep(0)
    loop.call_exception_handler({'message': 'custom message', 'extra': 1})
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print('TypeError', e)
    t = asyncio.create_task(fails())
    keep.append(t)
    await asyncio.sleep(0)
    print('task done:', t.done())


loop = asyncio.new_event_loop()
loop.run_until_complete(main())
print('closing the loop')
loop.close(); keep.clear()
print('closed')

# Handled futures are not reported.
loop = asyncio.new_event_loop()
loop.set_exception_handler(handler)


async def handled():
    t = asyncio.create_task(fails())
    try:
        await t
    except ValueError:
        pass
    f = loop.create_future()
    f.set_exception(KeyError('seen'))
    f.exception()


loop.run_until_complete(handled())
loop.close(); keep.clear()


# A handler that fails: the default handler would report it, so here the
# default handler is replaced by a subclass's.
class Loop(asyncio.SelectorEventLoop):
    def default_exception_handler(self, context):
        print('default handler:', context['message'], repr(context.get('exception')))
        print('  context keys:', sorted(context))


def bad_handler(loop, context):
    raise RuntimeError('handler failed')


loop = Loop()
loop.set_exception_handler(bad_handler)
loop.call_soon(failing_callback, 2)
loop.call_soon(loop.stop)
loop.run_forever()
loop.set_exception_handler(None)
loop.call_exception_handler({'message': 'through the default'})
loop.close()


# A task still pending when its loop is closed.
async def forever():
    try:
        await asyncio.sleep(10)
    finally:
        print('forever closed')


loop = asyncio.new_event_loop()
loop.set_exception_handler(handler)
keep.append(loop.create_task(forever()))
loop.run_until_complete(asyncio.sleep(0.01))
print(keep[0].done())
# The last thing the program does: CPython collects the task (a cycle)
# at exit.
loop.close()
