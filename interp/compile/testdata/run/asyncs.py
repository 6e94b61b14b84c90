# Coroutines, async with/for, async generators and comprehensions, driven
# by hand (no event loop).
class Suspend:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        got = yield self.value
        return got
class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await Suspend("tick")
        return self.n
class ACM:
    async def __aenter__(self):
        print("aenter")
        return "res"
    async def __aexit__(self, et, ev, tb):
        print("aexit", et)
        return False
async def agen(n):
    for i in range(n):
        yield i * 10
        await Suspend("agen")
async def main():
    async with ACM() as r:
        print("in", r, await Suspend("with body"))
    async for t in Ticker(2):
        print("tick", t)
    else:
        print("ticker done")
    print([x async for x in Ticker(3)])
    print([await Suspend(i) for i in range(2)])
    try:
        async with ACM():
            raise ValueError("inside")
    except ValueError as e:
        print("caught", e)
    return "main done"
def drive(coro):
    sent = None
    while True:
        try:
            yielded = coro.send(sent)
        except StopIteration as stop:
            return stop.value
        sent = f"<{yielded}>"
print(drive(main()))
async def simple():
    return 42
c = simple()
print(type(c).__name__, drive(c))
