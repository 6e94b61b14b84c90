# asyncio's helper modules seen from outside: the exceptions' messages,
# attributes and pickling, future and task reprs (callbacks, partials,
# wait_for, cancelling), a task's stack, coroutine checks, to_thread in a
# copied context, and the tuning constants.
import asyncio
import contextvars
import functools
import io
import pickle
import re
from asyncio import constants, coroutines, exceptions, format_helpers


def mask(s):
    return re.sub(r'0x[0-9a-f]+', 'ADDR', str(s))


e = asyncio.IncompleteReadError(b'abc', 10)
print(e, e.partial, e.expected, e.args, isinstance(e, EOFError))
e2 = asyncio.IncompleteReadError(b'', None)
print(e2, e2.expected)
r = pickle.loads(pickle.dumps(e))
print(type(r).__name__, r, r.partial, r.expected)
lo = asyncio.LimitOverrunError('too long', 7)
print(lo, lo.consumed, lo.args)
r = pickle.loads(pickle.dumps(lo))
print(r, r.consumed, r.args)
print([c.__name__ for c in asyncio.CancelledError.__mro__])
print(asyncio.TimeoutError is TimeoutError, exceptions.__all__)
print(asyncio.SendfileNotAvailableError.__mro__[1].__name__, asyncio.BrokenBarrierError.__mro__[1].__name__)
print(constants.LOG_THRESHOLD_FOR_CONNLOST_WRITES, constants.ACCEPT_RETRY_DELAY,
      constants.DEBUG_STACK_DEPTH, constants.SSL_HANDSHAKE_TIMEOUT,
      constants.SSL_SHUTDOWN_TIMEOUT, constants.SENDFILE_FALLBACK_READBUFFER_SIZE,
      constants.FLOW_CONTROL_HIGH_WATER_SSL_READ, constants.FLOW_CONTROL_HIGH_WATER_SSL_WRITE)


def cb_a(fut):
    pass


def cb_b(fut, x, *, k=None):
    pass


class Holder:
    def method(self, fut):
        pass


print(format_helpers._format_callback(cb_b, (1, 'two'), {'k': [3]}))
print(format_helpers._format_callback(functools.partial(cb_b, 1, k=2), ('x',), None))
print(format_helpers._format_callback(functools.partial(functools.partial(cb_b, 1), k=5), (), {}))
print(format_helpers._format_callback(Holder().method, (), None, '!'))
print(format_helpers._format_callback(print, ('a' * 50,), None))
print(format_helpers._format_args_and_kwargs((), {}), format_helpers._format_args_and_kwargs((1,), {'a': 2}))
print(mask(format_helpers._format_callback_source(cb_a, ())))
print(format_helpers._get_function_source(print), format_helpers._get_function_source(functools.partial(cb_a))[1])


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(mask(repr(f)))
    f.add_done_callback(cb_a)
    print(mask(repr(f)))
    f.add_done_callback(functools.partial(cb_b, 1, k=2))
    print(mask(repr(f)))
    f.add_done_callback(Holder().method)
    f.add_done_callback(cb_a)
    print(mask(repr(f)))
    f.set_result(list(range(30)))
    print(mask(repr(f)))
    g = loop.create_future()
    g.set_exception(ValueError('no'))
    print(mask(repr(g)))
    g.exception()
    h = loop.create_future()
    h.cancel()
    print(mask(repr(h)))
    s = loop.create_future()
    s.set_result(s)
    print(mask(repr(s)))

    gate = loop.create_future()

    async def waiter():
        await gate

    t = asyncio.create_task(waiter(), name='w')
    print(mask(repr(t)))
    await asyncio.sleep(0)
    print(mask(repr(t)))
    print(len(t.get_stack()), len(t.get_stack(limit=1)), len(t.get_stack(limit=0)), len(t.get_stack(limit=-1)))
    out = io.StringIO()
    t.print_stack(file=out)
    print(mask(out.getvalue()))
    t.cancel()
    print(mask(repr(t)))
    try:
        await t
    except asyncio.CancelledError:
        pass
    print(mask(repr(t)))
    out = io.StringIO()
    t.print_stack(file=out)
    print(mask(out.getvalue()))

    async def boom():
        def inner():
            raise KeyError('k')
        inner()

    b = asyncio.create_task(boom(), name='b')
    await asyncio.sleep(0)
    print(mask(repr(b)), len(b.get_stack()), len(b.get_stack(limit=1)))
    out = io.StringIO()
    b.print_stack(file=out)
    print(mask(out.getvalue()))
    b.exception()

    async def done_ok():
        return 'fine'

    d = asyncio.create_task(done_ok())
    await d
    print(re.sub(r'Task-\d+', 'Task-N', mask(repr(d))))

    var = contextvars.ContextVar('var', default='unset')
    var.set('from main')
    print(await asyncio.to_thread(lambda a, b=0: (var.get(), a + b), 1, b=2))

    def gen():
        yield

    async def co():
        pass

    c = co()
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(gen()), asyncio.iscoroutine(co), asyncio.iscoroutine(1))
    print(mask(coroutines._format_coroutine(c)))
    c.close()
    print(mask(coroutines._format_coroutine(c)))
    print(asyncio.iscoroutinefunction(co), asyncio.iscoroutinefunction(functools.partial(co)),
          asyncio.iscoroutinefunction(gen), asyncio.iscoroutinefunction(Holder().method))


asyncio.run(main())
