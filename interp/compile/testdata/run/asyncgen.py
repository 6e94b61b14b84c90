# Async generators and asynchronous generator expressions.
class Suspend:
    def __await__(self):
        return (yield "suspended")
async def agen(n):
    for i in range(n):
        yield i * 10
        await Suspend()
async def main():
    print([x async for x in agen(3)])
    g = (x + 1 async for x in agen(2))
    print(type(g).__name__, [y async for y in g])
    async for v in agen(2):
        print("v", v)
    return "done"
def drive(coro):
    while True:
        try:
            coro.send(None)
        except StopIteration as stop:
            return stop.value
print(drive(main()))
