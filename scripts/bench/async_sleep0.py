# Benchmark kernel: a task that yields to the event loop 100,000 times
# (await asyncio.sleep(0): one Task step and one loop iteration each).
import asyncio


async def main():
    n = 0
    for _ in range(100_000):
        await asyncio.sleep(0)
        n += 1
    return n


print(asyncio.run(main()))
