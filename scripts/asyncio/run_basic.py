# asyncio.run, Runner and the event loop's life: results, errors, reprs,
# get_event_loop's rules.
import asyncio


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


async def answer(x):
    await asyncio.sleep(0)
    return x * 2


print(asyncio.run(answer(21)))
show('not a coroutine', lambda: asyncio.run(42))
show('no running loop', asyncio.get_running_loop)
print(asyncio._get_running_loop())


async def nested():
    coro = answer(1)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print('nested:', e)
    coro.close()
    loop = asyncio.get_running_loop()
    print('running:', loop.is_running(), loop.is_closed())
    print(repr(loop))
    print(asyncio.get_event_loop() is loop)
    coro = asyncio.sleep(0)
    try:
        loop.run_until_complete(coro)
    except RuntimeError as e:
        print('run_until_complete:', e)
    coro.close()
    try:
        loop.run_forever()
    except RuntimeError as e:
        print('run_forever:', e)
    try:
        loop.close()
    except RuntimeError as e:
        print('close:', e)
    other = asyncio.new_event_loop()
    coro = asyncio.sleep(0)
    try:
        other.run_until_complete(coro)
    except RuntimeError as e:
        print('other loop:', e)
    coro.close()
    other.close()
    return loop

loop = asyncio.run(nested())
print(repr(loop), loop.is_closed())
show('after run', asyncio.get_event_loop)
coro = answer(1)
show('closed loop', lambda: loop.run_until_complete(coro))
coro.close()
show('closed call_soon', lambda: loop.call_soon(print))
show('closed call_later', lambda: loop.call_later(1, print))
show('closed create_task', lambda: loop.create_task(coro))
loop.close()

# Runner: several runs on one loop, then closed.
with asyncio.Runner() as runner:
    print(runner.run(answer(1)), runner.run(answer(2)))
    l1 = runner.get_loop()
    print(repr(l1))
print(l1.is_closed())
coro = answer(3)
show('runner closed', lambda: runner.run(coro))
coro.close()
show('runner get_loop', runner.get_loop)
r = asyncio.Runner(debug=False)
print(r.get_loop().get_debug())
r.close()
r.close()
show('runner not coro', lambda: asyncio.Runner().run(5))

# A loop of our own.
loop = asyncio.new_event_loop()
print(repr(loop), loop.time() > 0)
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
print(loop.run_until_complete(answer(5)))
fut = loop.create_future()
loop.call_soon(loop.stop)
show('stopped early', lambda: loop.run_until_complete(fut))
loop.call_soon(fut.set_result, 'late')
print(loop.run_until_complete(fut))
loop.call_soon(print, 'ran by run_forever')
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()
loop.close()
asyncio.set_event_loop(None)
show('none set', asyncio.get_event_loop)
show('bad set', lambda: asyncio.set_event_loop(1))
show('bad policy', lambda: asyncio.set_event_loop_policy(1))
policy = asyncio.get_event_loop_policy()
print(type(policy).__name__, isinstance(policy, asyncio.AbstractEventLoopPolicy))
print(asyncio.DefaultEventLoopPolicy is type(policy), asyncio.SelectorEventLoop.__name__)
asyncio.set_event_loop_policy(None)
p2 = asyncio.get_event_loop_policy()
print(p2 is policy, type(p2).__name__)
l2 = p2.get_event_loop()
print(type(l2).__name__, p2.get_event_loop() is l2)
l2.close()
print(issubclass(asyncio.SelectorEventLoop, asyncio.BaseEventLoop),
      issubclass(asyncio.BaseEventLoop, asyncio.AbstractEventLoop))

# asyncio.run returns what the coroutine raises.
async def fails():
    raise KeyError('inside')

try:
    asyncio.run(fails())
except KeyError as e:
    print('raised', repr(e))

# Runs with debug.
async def dbg():
    return asyncio.get_running_loop().get_debug()

print(asyncio.run(dbg()), asyncio.run(dbg(), debug=False))
