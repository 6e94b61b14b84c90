# An exception raised in a task and re-raised where the task is awaited:
# the traceback shows the awaiting coroutine, then the task's frames.
import asyncio


async def inner(x):
    await asyncio.sleep(0)
    return 1 / x


async def child():
    return await inner(0)


async def main():
    t = asyncio.create_task(child())
    await asyncio.sleep(0.01)
    return await t


asyncio.run(main())
