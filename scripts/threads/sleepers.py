# Sleeping threads overlap: five threads that each sleep 1 s finish
# together in about 1 s, because sleep releases the GIL; one after the
# other they would take 5 s. (The bound leaves room for a busy machine.)
import threading
import time

results = []


def worker(n):
    time.sleep(1.0)
    results.append(n * n)


start = time.perf_counter()
threads = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.perf_counter() - start

print(sorted(results))
print("overlapped:", 1.0 <= elapsed < 4.0)
