# Sleeping threads overlap: five threads that each sleep 0.3 s finish
# together in about 0.3 s, because sleep releases the GIL.
import threading
import time

results = []


def worker(n):
    time.sleep(0.3)
    results.append(n * n)


start = time.perf_counter()
threads = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.perf_counter() - start

print(sorted(results))
print("overlapped:", elapsed < 1.0)
