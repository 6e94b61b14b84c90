# An exception from one of gather()'s coroutines, uncaught.
import asyncio


async def ok():
    await asyncio.sleep(0.01)


async def fails(d):
    await asyncio.sleep(0)
    return d['missing']


async def main():
    await asyncio.gather(ok(), fails({}))


asyncio.run(main())
