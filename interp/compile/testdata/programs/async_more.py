import asyncio
async def f(xs):
    async with lock:
        return await g()
async def g():
    try:
        async for x in aiter_():
            if x:
                break
            if not x:
                continue
            return x
        else:
            pass
    finally:
        await cleanup()
async def h():
    return [y async for x in a() async for y in b(x) if await y]
async def k():
    return {x: await x for x in y}
async def agen2():
    async with a as (b, c):
        yield b
    yield c
async def nested():
    async def inner():
        return [await z for z in zs]
    return await inner()
async def genexp_await():
    return (await q for q in qs)
