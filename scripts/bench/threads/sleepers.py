# Many threads that each sleep one second: sleep releases the GIL, so
# they all sleep at once and the whole run takes about one second, plus
# the cost of starting the threads. cmd/gilthreads runs it with 1,000 and
# 10,000 threads and reads the "elapsed" line.
import sys
import threading
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
done = []

start = time.perf_counter()
threads = [threading.Thread(target=lambda: (time.sleep(1.0), done.append(1))) for _ in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
elapsed = time.perf_counter() - start
print("threads:", len(done))
print("elapsed: %.3f" % elapsed)
