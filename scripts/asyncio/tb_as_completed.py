# as_completed() with things that are not awaitable: the TypeError from
# ensure_future inside gather, as in the seed program that passes
# "tasks = [...]".
import asyncio


async def with_threading():
    tasks = [...]
    for task in asyncio.as_completed(tasks):
        result = await task


async def main():
    await asyncio.gather(with_threading())


asyncio.run(main())
