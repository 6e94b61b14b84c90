def gen():
    yield 1
    x = yield
    yield from range(3)
    return x
def gen2():
    for i in range(3):
        yield i
async def coro():
    await other()
    x = await y
    return x
async def agen():
    yield 1
    await z
async def afor():
    async for x in aiter:
        print(x)
    else:
        pass
async def awith():
    async with a as b, c:
        pass
async def acomp():
    return [x async for x in y]
async def acomp2():
    return [await x for x in y]
def genexp():
    return (x for x in y)
async def agenexp():
    return (x async for x in y)
