# Benchmark kernel: asyncio.gather of 10,000 trivial coroutines (task
# creation, the ready queue, futures' callbacks), run 5 times.
import asyncio


async def trivial(i):
    return i


async def main():
    total = 0
    for _ in range(5):
        results = await asyncio.gather(*[trivial(i) for i in range(10_000)])
        total += sum(results)
    return total


print(asyncio.run(main()))
