# CPU-bound work in two threads against the same work done twice in one
# thread. The GIL lets only one thread run Python at a time, so the two
# threads take about as long as the sequential runs (ratio near 1), in
# gilpy as in CPython. cmd/gilthreads reads the "ratio" line.
import sys
import threading
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 300_000


def work(n=N):
    total = 0
    for i in range(n):
        total += i % 7
    return total


start = time.perf_counter()
work()
work()
sequential = time.perf_counter() - start

start = time.perf_counter()
threads = [threading.Thread(target=work) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
threaded = time.perf_counter() - start

print("result:", work(1000))
print("sequential: %.3f" % sequential)
print("threaded: %.3f" % threaded)
print("ratio: %.3f" % (threaded / sequential))
