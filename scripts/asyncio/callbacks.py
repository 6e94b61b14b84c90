# call_soon, call_later and call_at: order, handles and their reprs,
# cancellation, contexts, and how callbacks interleave with tasks.
import asyncio
import contextvars
import functools

var = contextvars.ContextVar('var', default='unset')


def cb(*args, **kw):
    print("cb", args, kw, var.get())


class Callable:
    def __call__(self, *args):
        print('Callable', args)

    def method(self, x):
        print('method', x)


loop = asyncio.new_event_loop()
h1 = loop.call_soon(cb, 1)
h2 = loop.call_soon(cb, 2, 'two')
h3 = loop.call_soon(functools.partial(cb, 'p', k=1), 3)
h4 = loop.call_soon(Callable(), 4)
h5 = loop.call_soon(Callable().method, 5)
h6 = loop.call_soon(print, 'builtin')
h7 = loop.call_soon(lambda: print('lambda'))
for h in (h1, h2, h3, h6, h7):
    print(repr(h))
print(repr(h4).startswith('<Handle <__main__.Callable object at'), repr(h5))
h2.cancel()
print(repr(h2), h2.cancelled())
h2.cancel()
# The timers are scheduled with the loop's clock held still (loop.time is
# what call_later adds its delay to), so that a slow machine, on which
# time passes between two statements, cannot change their order or make
# one due before it is printed.
now = loop.time()
loop.time = lambda: now
t1 = loop.call_later(0.02, cb, 'later 0.02')
t2 = loop.call_later(0.01, cb, 'later 0.01')
t3 = loop.call_at(loop.time() + 0.015, cb, 'at 0.015')
t4 = loop.call_later(0.001, cb, 'cancelled timer')
t4.cancel()
print(type(t1).__name__, t1.when() > loop.time(), t1.when() == now + 0.02, t2 < t1, t1 > t2, t1 == t1, t1 != t2, t1 <= t1)
print(repr(t4).startswith('<TimerHandle cancelled when='))
print(repr(t1).split(' when=')[0], repr(t1).split(' ', 2)[2])
try:
    loop.call_later(None, cb)
except TypeError as e:
    print('TypeError', e)
try:
    loop.call_at(None, cb)
except TypeError as e:
    print('TypeError', e)
ctx = contextvars.copy_context()
ctx.run(var.set, 'in ctx')
loop.call_soon(cb, 'with context', context=ctx)
var.set('outer')
loop.call_soon(cb, 'default context')
# Cancelled here so that a slow machine, on which they could be due
# already, runs no timer in this part.
for t in (t1, t2, t3):
    t.cancel()
loop.call_soon(loop.stop)
del loop.time  # the real clock again
loop.run_forever()
print('--- timers')
now = loop.time()
loop.time = lambda: now
loop.call_later(0.02, cb, 'later 0.02')
loop.call_later(0.01, cb, 'later 0.01')
loop.call_at(loop.time() + 0.015, cb, 'at 0.015')
loop.call_later(0.03, loop.stop)
del loop.time
loop.run_forever()


# Callbacks scheduled by callbacks run in the next iteration, after the
# ones already there; tasks take turns with them.
async def task(name):
    for i in range(3):
        print(name, i)
        await asyncio.sleep(0)


def chain(n):
    print('chain', n)
    if n:
        loop.call_soon(chain, n - 1)


async def main():
    loop.call_soon(chain, 2)
    await asyncio.gather(task('A'), task('B'))
    print('timers in order of their time:')
    now = loop.time()
    loop.time = lambda: now
    for d in (0.03, 0.01, 0.02, 0.01):
        loop.call_later(d, print, 'timer', d)
    del loop.time
    # Scheduled on the real clock, which is past the held one: due after
    # every timer above.
    await asyncio.sleep(0.05)


loop.run_until_complete(main())

# Contexts: a task runs in a copy of the context it was created in.
async def show_var(label):
    print(label, var.get())
    var.set(label + ' changed')


async def ctx_main():
    var.set('main')
    await asyncio.create_task(show_var('task'))
    print('main still', var.get())
    c = contextvars.copy_context()
    c.run(var.set, 'given')
    await loop.create_task(show_var('given context'), context=c)
    print('given context now', c[var])


loop.run_until_complete(ctx_main())
loop.close()
