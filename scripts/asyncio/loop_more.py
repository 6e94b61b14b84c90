# The base event loop's checks and corners: stop() before run_forever(),
# argument errors of the scheduling methods, task factories, exception
# handlers that fail, the default executor after shutdown, timers in order.
import asyncio
import concurrent.futures


def show(label, fn):
    try:
        print(label, '->', fn())
    except Exception as e:
        print(label, '->', type(e).__name__, e)


loop = asyncio.new_event_loop()
loop.call_soon(print, 'ran in the single turn')
loop.stop()
loop.run_forever()
print('running after:', loop.is_running())

show('call_later None', lambda: loop.call_later(None, print))
show('call_at None', lambda: loop.call_at(None, print))
show('bad factory', lambda: loop.set_task_factory(5))
show('bad handler', lambda: loop.set_exception_handler('nope'))
show('bad executor', lambda: loop.set_default_executor(object()))
show('process pool executor', lambda: loop.set_default_executor(
    concurrent.futures.ProcessPoolExecutor()))

loop.set_debug(True)
async def coro_fn():
    pass
show('debug call_soon coroutine function', lambda: loop.call_soon(coro_fn))
show('debug call_soon non-callable', lambda: loop.call_soon(42))
show('debug call_later non-callable', lambda: loop.call_later(1, 42))
show('debug call_soon_threadsafe', lambda: loop.call_soon_threadsafe('x'))
show('debug run_in_executor', lambda: loop.run_in_executor(None, coro_fn))
loop.set_debug(False)

# Timers run in time order; equal times in scheduling order.
order = []
now = loop.time()
for when, tag in [(0.03, 'c'), (0.01, 'a'), (0.02, 'b1'), (0.02, 'b2')]:
    loop.call_at(now + when, order.append, tag)
h = loop.call_at(now + 0.015, order.append, 'cancelled')
h.cancel()
loop.call_later(0.05, loop.stop)
loop.run_forever()
print(order, h.cancelled())

# A task factory, and names given through it.
def factory(lp, coro, **kw):
    t = asyncio.Task(coro, loop=lp, **kw)
    t.made_by_factory = True
    return t

loop.set_task_factory(factory)
async def answer():
    return 42
t = loop.create_task(answer(), name='via factory')
print(loop.run_until_complete(t), t.made_by_factory, t.get_name(),
      loop.get_task_factory() is factory)
loop.set_task_factory(None)
print(loop.get_task_factory())

# An exception handler that fails itself is reported by the default one.
def bad_handler(lp, ctx):
    raise ValueError('handler broke')

loop.set_exception_handler(bad_handler)
import logging
class Capture(logging.Handler):
    def emit(self, record):
        print('logged:', record.getMessage().splitlines()[0],
              record.exc_info[0].__name__ if record.exc_info else None)
logging.getLogger('asyncio').addHandler(Capture())
logging.getLogger('asyncio').propagate = False
loop.call_exception_handler({'message': 'first'})
loop.set_exception_handler(None)
loop.call_exception_handler({'message': 'plain', 'extra': [1, 2]})
loop.call_exception_handler({})

# Running from a running loop, closing a running loop.
async def nested():
    other = asyncio.new_event_loop()
    c = answer()
    show('run other loop inside', lambda: other.run_until_complete(c))
    c.close()
    other.close()
    show('run_forever again', loop.run_forever)
    show('close running', loop.close)
loop.run_until_complete(nested())

async def use_executor():
    return await loop.run_in_executor(None, sum, [1, 2, 3])
print(loop.run_until_complete(use_executor()))
loop.run_until_complete(loop.shutdown_default_executor())
show('executor after shutdown', lambda: loop.run_in_executor(None, print))
loop.close()
show('closed run_in_executor', lambda: loop.run_in_executor(None, print))
c = answer()
show('closed create_task', lambda: loop.create_task(c))
c.close()
show('closed call_at', lambda: loop.call_at(1, print))

# Methods gilpy lacks raise NotImplementedError on the abstract loop too.
abstract = asyncio.AbstractEventLoop()
for name in ('run_forever', 'time', 'create_future', 'get_debug'):
    show('abstract ' + name, getattr(abstract, name))
