# Coroutines that sleep run concurrently on one event loop.
import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return f"{name} after {delay}s"


async def main():
    results = await asyncio.gather(fetch("a", 0.2), fetch("b", 0.1), fetch("c", 0.0))
    for r in results:
        print(r)


asyncio.run(main())
