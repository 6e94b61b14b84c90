import asyncio
import contextlib
import random
import time
from concurrent.futures import ThreadPoolExecutor


class RateLimiter:
    def __init__(self, rate: float, burst: int = 1):
        self.rate, self.burst = rate, burst
        self._tokens = burst
        self._last = time.monotonic()
        self._lock = asyncio.Lock()

    async def __aenter__(self):
        async with self._lock:
            while True:
                now = time.monotonic()
                self._tokens = min(self.burst, self._tokens + (now - self._last) * self.rate)
                self._last = now
                if self._tokens >= 1:
                    self._tokens -= 1
                    return self
                await asyncio.sleep((1 - self._tokens) / self.rate)

    async def __aexit__(self, *exc_info):
        return False


async def produce(queue: asyncio.Queue, n: int) -> None:
    for i in range(n):
        await queue.put((i, random.random()))
    await queue.put(None)


async def ticker(delay, count):
    for i in range(count):
        yield i
        await asyncio.sleep(delay)


def cpu_bound(x):
    return sum(i * i for i in range(int(x * 1000)))


async def consume(queue, limiter, pool):
    loop = asyncio.get_running_loop()
    results = {}
    while (item := await queue.get()) is not None:
        idx, value = item
        async with limiter:
            results[idx] = await loop.run_in_executor(pool, cpu_bound, value)
    return results


async def gather_all():
    queue = asyncio.Queue(maxsize=8)
    limiter = RateLimiter(rate=1000.0, burst=5)
    with ThreadPoolExecutor(max_workers=2) as pool:
        _, results = await asyncio.gather(produce(queue, 20), consume(queue, limiter, pool))
    ticks = [t async for t in ticker(0, 3)]
    squares = {t: t ** 2 async for t in ticker(0, 3) if t % 2 == 0}
    try:
        async with asyncio.timeout(5):
            await asyncio.sleep(0)
    except* TimeoutError as eg:
        print("timed out", eg.exceptions)
    except* (ValueError, TypeError):
        pass
    return len(results), ticks, squares


@contextlib.asynccontextmanager
async def session(name):
    print(f"open {name}")
    try:
        yield name.upper()
    finally:
        print(f"close {name}")


async def main():
    async with session("a") as a, session("b") as b:
        print(a, b)
    async for t in ticker(0, 2):
        print("tick", t)
    else:
        print("done ticking")
    n, ticks, squares = await gather_all()
    print(f"{n=} {ticks=} {squares=!r}")
    tasks = [asyncio.create_task(asyncio.sleep(0, result=i)) for i in range(3)]
    done, pending = await asyncio.wait(tasks)
    print(sorted(t.result() for t in done), len(pending))


if __name__ == "__main__":
    asyncio.run(main())
