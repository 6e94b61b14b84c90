# queue.Queue's corners: the attributes a queue has, subclasses that
# replace the storage hooks, a put that fails inside the storage, join()
# with workers, blocked puts and gets woken by other threads, and the
# conditions sharing one lock.
import queue
import threading


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, repr(e) if str(e) == "" else e)


q = queue.Queue(3)
print(sorted(vars(q)))
print(type(q.mutex).__name__, type(q.not_empty).__name__)
print(q.not_empty._lock is q.mutex, q.not_full._lock is q.mutex, q.all_tasks_done._lock is q.mutex)
print(type(q.queue).__name__, type(queue.LifoQueue().queue).__name__, type(queue.PriorityQueue().queue).__name__)

# A storage failure leaves the count of unfinished tasks alone.
pq = queue.PriorityQueue()
pq.put(1)
show(pq.put, 'a')
print(pq.qsize(), pq.unfinished_tasks)


class Ring(queue.Queue):
    # Keeps only the newest maxsize items in a list.
    def _init(self, maxsize):
        self.queue = []
        self.seen = 0

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.seen += 1
        self.queue.append(item)

    def _get(self):
        return self.queue.pop(0)


r = Ring()
for i in range(4):
    r.put(i)
print(r.qsize(), r.seen, r.get(), r.get(), r.queue, r.full(), r.empty())


class Counting(queue.LifoQueue):
    def _get(self):
        item = super()._get()
        return ('got', item)


c = Counting()
c.put(1)
c.put(2)
print(c.get(), c.get_nowait(), c.empty())

# join() waits for task_done() from the workers.
work = queue.Queue()
done = []


def worker():
    while True:
        item = work.get()
        if item is None:
            work.task_done()
            return
        done.append(item * 2)
        work.task_done()


ts = [threading.Thread(target=worker) for _ in range(3)]
for t in ts:
    t.start()
for i in range(20):
    work.put(i)
work.join()
print(sorted(done) == [i * 2 for i in range(20)], work.unfinished_tasks)
for _ in ts:
    work.put(None)
for t in ts:
    t.join()
print(work.unfinished_tasks, work.qsize())

# A put blocked on a full queue is let in by a get in another thread.
small = queue.Queue(1)
small.put('first')
order = []
putter = threading.Thread(target=lambda: (small.put('second', timeout=10), order.append('put')))
putter.start()
order.append(small.get(timeout=10))
putter.join()
print(order, small.get_nowait(), small.unfinished_tasks)

# A get blocked on an empty queue is woken by a put.
got = []
getter = threading.Thread(target=lambda: got.append(small.get(timeout=10)))
getter.start()
small.put('late')
getter.join()
print(got)
show(small.task_done)
small.task_done()
small.task_done()
show(small.task_done)
show(queue.Queue, 1, 2)
show(queue.Queue().put)
show(queue.Queue().get, True, 'x')
show(queue.Queue(1).put, 1, True, 'x')
print(queue.Full(), repr(queue.Full('x')), queue.Full.__module__, queue.Empty.__module__)
print(queue.Queue.__doc__ is not None, queue.Queue.__class_getitem__(int))
