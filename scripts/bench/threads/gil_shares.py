# Four CPU-bound threads compete for the GIL for about two seconds. Each
# should get about a quarter of it. Under gilpy the shares come from the
# GIL runtime's statistics (time each thread held the GIL); under CPython,
# which has none, from how much work each thread did. cmd/gilthreads reads
# the "shares" lines.
import threading
import time

try:
    import _gilpy
except ImportError:
    _gilpy = None

stop = False
counts = [0, 0, 0, 0]


def spin(i):
    n = 0
    while not stop:
        for _ in range(100):
            n += 1
    counts[i] = n


threads = [threading.Thread(target=spin, args=(i,), name="spinner-%d" % i) for i in range(4)]
for t in threads:
    t.start()
time.sleep(2.0)
stop = True
for t in threads:
    t.join()

total = sum(counts)
print("threads:", len(counts))
print("work shares: " + " ".join("%.3f" % (c / total) for c in counts))
if _gilpy is not None:
    held = {th["name"]: th["held"] for th in _gilpy.stats()["threads"]}
    spun = [held["spinner-%d" % i] for i in range(4)]
    print("gil shares: " + " ".join("%.3f" % (h / sum(spun)) for h in spun))
else:
    print("gil shares: unknown (CPython keeps no GIL statistics)")
