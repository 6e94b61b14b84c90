# Future and Task are named as CPython's C types are: "_asyncio.Future"
# in error messages and object.__repr__, "Future" as __name__.
import asyncio


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


async def main():
    loop = asyncio.get_running_loop()
    for obj in (loop.create_future(), asyncio.current_task()):
        show('attribute', lambda: obj.foo)
        show('len', lambda: len(obj))
        show('add', lambda: obj + 1)
        show('subscript', lambda: obj[0])
        show('call', lambda: obj())
        cls = type(obj)
        print(cls.__name__, cls.__qualname__, cls.__module__, repr(cls), cls[int])
        print(object.__repr__(obj).split(' at ')[0])

    class MyTask(asyncio.Task):
        pass

    t = MyTask(asyncio.sleep(0, 'mine'))
    print(MyTask.__name__, repr(t).split(' coro=')[0])
    show('subclass attribute', lambda: t.foo)
    print(await t)
    print(asyncio.Future.__name__, asyncio.Task.__name__)


asyncio.run(main())
