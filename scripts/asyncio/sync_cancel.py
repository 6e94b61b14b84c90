# Cancelling coroutines blocked on queues, locks, semaphores, events and
# conditions: the wakeup a cancelled waiter got goes to the next waiter,
# FIFO order is kept, and reprs count only live waiters.
import asyncio


async def queues():
    q = asyncio.Queue()
    got = []

    async def getter(n):
        got.append((n, await q.get()))

    ts = [asyncio.create_task(getter(n)) for n in range(3)]
    await asyncio.sleep(0)
    print(str(q))
    q.put_nowait('a')
    ts[0].cancel()        # woken, then cancelled: 'a' goes to getter 1
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(got, str(q), [t.cancelled() for t in ts])
    q.put_nowait('b')
    await asyncio.gather(*ts[1:])
    print(got, str(q))

    bq = asyncio.Queue(1)
    bq.put_nowait(0)
    puts = [asyncio.create_task(bq.put(n)) for n in (1, 2, 3)]
    await asyncio.sleep(0)
    print(str(bq))
    puts[1].cancel()
    await asyncio.sleep(0)
    print(str(bq))
    out = []
    for _ in range(3):
        out.append(await bq.get())
    await asyncio.gather(puts[0], puts[2])
    print(out, str(bq), puts[1].cancelled())

    try:
        await asyncio.wait_for(asyncio.Queue().get(), 0.01)
    except asyncio.TimeoutError as e:
        print('TimeoutError', repr(e))
    for qcls in (asyncio.Queue, asyncio.LifoQueue, asyncio.PriorityQueue):
        q = qcls(maxsize=-1)
        for i in (5, 1, 3):
            await q.put(i)
        print(qcls.__name__, q.full(), q.qsize(), str(q),
              [q.get_nowait() for _ in range(3)])
    print(asyncio.Queue(0).full(), asyncio.Queue(maxsize=3).maxsize)
    print(asyncio.QueueEmpty.__mro__[1].__name__, asyncio.QueueFull.__doc__ is None)


async def locks():
    lock = asyncio.Lock()
    order = []
    await lock.acquire()

    async def take(n):
        async with lock:
            order.append(n)

    ts = [asyncio.create_task(take(n)) for n in range(4)]
    await asyncio.sleep(0)
    print(repr(lock).split(' [')[1])
    ts[1].cancel()
    await asyncio.sleep(0)
    print(repr(lock).split(' [')[1])
    lock.release()
    ts[0].cancel()
    await asyncio.sleep(0)
    res = await asyncio.gather(*ts, return_exceptions=True)
    print(order, [type(r).__name__ for r in res], lock.locked())

    sem = asyncio.Semaphore(0)
    sorder = []

    async def down(n):
        async with sem:
            sorder.append(n)

    st = [asyncio.create_task(down(n)) for n in range(3)]
    await asyncio.sleep(0)
    print(repr(sem).split(' [')[1], sem.locked())
    sem.release()
    st[0].cancel()
    await asyncio.gather(*st, return_exceptions=True)
    print(sorder, repr(sem).split(' [')[1], sem.locked())
    try:
        await asyncio.wait_for(asyncio.Semaphore(0).acquire(), 0.01)
    except asyncio.TimeoutError:
        print('semaphore acquire timed out')
    for bad in ('x', -2):
        try:
            asyncio.Semaphore(bad)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)

    ev = asyncio.Event()
    w = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    w.cancel()
    await asyncio.sleep(0)
    print(repr(ev).split(' [')[1], w.cancelled())
    ev.set()
    ev.set()
    print(await ev.wait(), repr(ev).split(' [')[1])

    cond = asyncio.Condition()
    async def cw():
        async with cond:
            return await cond.wait()

    c1 = asyncio.create_task(cw())
    await asyncio.sleep(0)
    c1.cancel()
    try:
        await c1
    except asyncio.CancelledError:
        print('condition waiter cancelled, lock held after:', cond.locked())
    async with cond:
        print(cond.locked(), repr(cond).split(' [')[1])
        cond.notify(5)
    try:
        asyncio.Condition(asyncio.Lock()).notify_all()
    except RuntimeError as e:
        print('RuntimeError', e)
    try:
        asyncio.Lock(loop=None)
    except TypeError as e:
        print('TypeError', e)
    print(await asyncio.Lock().__aenter__(), asyncio.Lock().locked())


asyncio.run(queues())
asyncio.run(locks())
