# queue.Queue, LifoQueue, PriorityQueue and SimpleQueue: order, sizes,
# blocking and non-blocking puts and gets, timeouts, and the errors.
import queue


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, repr(e) if str(e) == "" else e)


print(queue.__all__)
print(queue.Empty, queue.Full, queue.SimpleQueue, queue.Empty.__mro__, queue.Full.__mro__)

q = queue.Queue(2)
print(q.maxsize, q.qsize(), q.empty(), q.full(), q.unfinished_tasks)
q.put(1)
q.put_nowait(2)
print(q.qsize(), q.empty(), q.full(), q.unfinished_tasks, list(q.queue))
show(q.put, 3, block=False)
show(q.put_nowait, 3)
show(q.put, 3, timeout=0.01)
show(q.put, 3, timeout=-1)
print(q.get(), q.get_nowait())
show(q.get, block=False)
show(q.get_nowait)
show(q.get, timeout=0.01)
show(q.get, timeout=-1)
q.task_done()
q.task_done()
show(q.task_done)
q.join()
print("joined")

lifo = queue.LifoQueue()
pq = queue.PriorityQueue()
fifo = queue.Queue()
for x in [5, 1, 4, 2, 3]:
    lifo.put(x)
    pq.put(x)
    fifo.put(x)
print([lifo.get() for _ in range(5)], [pq.get() for _ in range(5)], [fifo.get() for _ in range(5)])
for item in [(2, "b"), (1, "z"), (2, "a"), (0, "q")]:
    pq.put(item)
print([pq.get() for _ in range(4)])
print(queue.Queue(0).full(), queue.Queue(-1).full())
unbounded = queue.Queue(-5)
for i in range(10):
    unbounded.put(i, block=False)
print(unbounded.qsize())

s = queue.SimpleQueue()
print(s.empty(), s.qsize())
s.put(1)
s.put(2, block=False, timeout=5)
s.put_nowait(3)
print(s.qsize(), s.get(), s.get(False), s.get_nowait(), s.empty())
show(s.get, False)
show(s.get_nowait)
show(s.get, timeout=0.01)
show(s.get, timeout=-1)
show(s.put)
show(s.get, 1, 2, 3)
show(s.get, foo=1)
show(queue.SimpleQueue, 1)
print(queue.Queue[int], queue.SimpleQueue[str], queue.PriorityQueue[int])


class MyQueue(queue.Queue):
    def _put(self, item):
        self.queue.append(item * 10)


m = MyQueue()
m.put(4)
print(m.get())
