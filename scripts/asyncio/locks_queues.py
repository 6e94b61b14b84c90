# asyncio's Lock, Event, Condition, Semaphore, BoundedSemaphore, Barrier
# and queues: behaviour, reprs and errors.
import asyncio


def r(obj):
    return repr(obj)


async def main():
    lock = asyncio.Lock()
    print(r(lock), lock.locked())
    order = []

    async def holder(name, hold):
        async with lock as value:
            order.append((name, value))
            await asyncio.sleep(hold)

    tasks = [asyncio.create_task(holder(n, 0.01)) for n in 'abc']
    await asyncio.sleep(0)
    print(r(lock))
    await asyncio.gather(*tasks)
    print(order, r(lock))
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError', e)
    print(await lock.acquire(), lock.locked())
    lock.release()

    ev = asyncio.Event()
    print(r(ev), ev.is_set())

    async def waiter(n):
        print('waiter', n, await ev.wait())

    ws = [asyncio.create_task(waiter(n)) for n in range(3)]
    await asyncio.sleep(0)
    print(r(ev))
    ev.set()
    await asyncio.gather(*ws)
    print(r(ev), await ev.wait())
    ev.clear()
    print(ev.is_set())

    cond = asyncio.Condition()
    print(r(cond))
    items = []

    async def consumer(n):
        async with cond:
            await cond.wait_for(lambda: items)
            print('consumer', n, 'got', items.pop())

    cs = [asyncio.create_task(consumer(n)) for n in range(2)]
    await asyncio.sleep(0)
    print(r(cond))
    async with cond:
        items.append('x')
        cond.notify()
    await asyncio.sleep(0)
    async with cond:
        items.append('y')
        cond.notify_all()
    await asyncio.gather(*cs)
    for f in (cond.notify, cond.wait):
        try:
            res = f()
            if asyncio.iscoroutine(res):
                await res
        except RuntimeError as e:
            print('RuntimeError', e)
    print(r(asyncio.Condition(asyncio.Lock())))

    sem = asyncio.Semaphore(2)
    print(r(sem), sem.locked())
    active = []

    async def limited(n):
        async with sem:
            active.append(n)
            print('in', n, 'active', len(active))
            await asyncio.sleep(0.01)
            active.remove(n)

    await asyncio.gather(*(limited(n) for n in range(4)))
    print(r(sem))
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError', e)
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    print(r(bs))
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print('ValueError', e)

    barrier = asyncio.Barrier(3)
    print(r(barrier), barrier.parties, barrier.n_waiting, barrier.broken)

    async def party(n):
        await asyncio.sleep(n / 100)
        idx = await barrier.wait()
        return idx

    print(sorted(await asyncio.gather(*(party(n) for n in range(3)))))
    print(r(barrier))
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print('ValueError', e)
    b2 = asyncio.Barrier(2)
    w = asyncio.create_task(b2.wait())
    await asyncio.sleep(0)
    print(r(b2))
    await b2.abort()
    try:
        await w
    except asyncio.BrokenBarrierError as e:
        print('BrokenBarrierError', e)
    print(r(b2), b2.broken)
    try:
        await b2.wait()
    except asyncio.BrokenBarrierError as e:
        print('BrokenBarrierError', e)
    await b2.reset()
    print(r(b2))
    async with asyncio.Barrier(1) as idx:
        print('barrier of one', idx)

    # Queues
    q = asyncio.Queue(maxsize=2)
    print(r(q), str(q), q.maxsize, q.empty(), q.full(), q.qsize())
    await q.put(1)
    q.put_nowait(2)
    print(str(q), q.full())
    try:
        q.put_nowait(3)
    except asyncio.QueueFull as e:
        print('QueueFull', repr(e))
    putter = asyncio.create_task(q.put(3))
    await asyncio.sleep(0)
    print(str(q))
    print(await q.get(), q.get_nowait())
    await putter
    print(str(q), q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print('QueueEmpty', repr(e))
    getter = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(str(q))
    q.put_nowait('for getter')
    print(await getter)
    for _ in range(3):
        q.task_done()
    print(str(q))
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError', e)

    jq = asyncio.Queue()

    async def worker():
        while True:
            item = await jq.get()
            await asyncio.sleep(0.001)
            print('processed', item)
            jq.task_done()

    wt = asyncio.create_task(worker())
    for i in range(3):
        jq.put_nowait(i)
    await jq.join()
    print('joined')
    wt.cancel()

    pq = asyncio.PriorityQueue()
    for item in [(3, 'c'), (1, 'a'), (2, 'b')]:
        pq.put_nowait(item)
    print(str(pq), [pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for item in 'abc':
        lq.put_nowait(item)
    print(str(lq), [lq.get_nowait() for _ in range(3)])
    print(asyncio.Queue[int])

    # Objects bound to one loop refuse another.
    return ev

ev = asyncio.run(main())


async def other():
    await ev.wait()


try:
    asyncio.run(other())
except RuntimeError as e:
    print('RuntimeError', r(e))
