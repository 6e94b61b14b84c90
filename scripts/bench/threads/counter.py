# Four threads add 1 to a shared counter 100,000 times each, with a lock
# ("locked") or without one ("unlocked"). Locked, the total is always
# 400,000. Unlocked, it is too under CPython 3.11 and gilpy's default
# (threads switch only at calls and backward jumps); with
# `gilpy -X everyinstruction` updates are lost. cmd/gilthreads reads the
# "counter" and "elapsed" lines.
import sys
import threading
import time

mode = sys.argv[1] if len(sys.argv) > 1 else "locked"
sys.setswitchinterval(1e-4)
N = 100_000
counter = 0
lock = threading.Lock()


def locked():
    global counter
    for _ in range(N):
        with lock:
            counter += 1


def unlocked():
    global counter
    for _ in range(N):
        counter += 1


start = time.perf_counter()
threads = [threading.Thread(target=locked if mode == "locked" else unlocked) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("mode:", mode)
print("counter:", counter)
print("elapsed: %.3f" % (time.perf_counter() - start))
