# Worker threads take jobs from a queue.Queue; task_done() and join() let
# the producer wait for all of them; a bounded queue makes the producer
# wait for room.
import queue
import threading

jobs = queue.Queue(maxsize=3)
results = queue.Queue()


def worker():
    while True:
        n = jobs.get()
        if n is None:
            jobs.task_done()
            return
        results.put((n, n * n))
        jobs.task_done()


workers = [threading.Thread(target=worker) for _ in range(4)]
for w in workers:
    w.start()
for n in range(20):
    jobs.put(n)
jobs.join()
print("all jobs done, unfinished:", jobs.unfinished_tasks)
for _ in workers:
    jobs.put(None)
for w in workers:
    w.join()
out = []
while not results.empty():
    out.append(results.get())
print(sorted(out))

# A SimpleQueue between two threads, with a sentinel.
pipe = queue.SimpleQueue()
received = []


def reader():
    while (item := pipe.get()) is not None:
        received.append(item)


r = threading.Thread(target=reader)
r.start()
for word in "the quick brown fox".split():
    pipe.put(word)
pipe.put(None)
r.join()
print(received)

# A getter blocked in get(timeout=...) gets the item put meanwhile.
box = queue.Queue()
got = []
g = threading.Thread(target=lambda: got.append(box.get(timeout=5)))
g.start()
box.put("late item")
g.join()
print(got)
