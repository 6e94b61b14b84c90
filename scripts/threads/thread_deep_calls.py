# Deep and repeated Python calls in threads other than the main one: a
# started thread begins with little frame storage and takes more as its
# calls go deeper, and gives it back as they return. Every result below
# depends on the locals of frames that were made while storage grew.
import sys
import threading

results = {}


def depth_sum(n):
    # Many locals per frame, so that each call takes a good share of room.
    a, b, c, d, e, f, g, h = n, n + 1, n + 2, n + 3, n + 4, n + 5, n + 6, n + 7
    if n == 0:
        return 0
    below = depth_sum(n - 1)
    return below + (a + b + c + d + e + f + g + h) - 8 * n - 28 + n


def up_and_down(rounds, depth):
    # Down and back up many times across the same boundaries.
    total = 0
    for r in range(rounds):
        total += depth_sum(depth + r % 7)
    return total


def gen_chain(n):
    # Generators suspended at every level of a deep chain.
    if n == 0:
        yield 0
        return
    for v in gen_chain(n - 1):
        yield v + 1


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def too_deep(n):
    return too_deep(n + 1)


def worker(key, fn, *args):
    try:
        results[key] = fn(*args)
    except RecursionError as e:
        results[key] = (type(e).__name__, str(e))


def catch_and_continue():
    # A RecursionError caught halfway, then more calls from the same frame.
    out = []
    try:
        too_deep(0)
    except RecursionError as e:
        out.append(type(e).__name__)
    out.append(depth_sum(300))
    out.append(sum(gen_chain(100)))
    return out


jobs = [
    ("depth_sum(10)", depth_sum, 10),
    ("depth_sum(500)", depth_sum, 500),
    ("up_and_down", up_and_down, 60, 40),
    ("gen_chain(300)", lambda: list(gen_chain(300))[-1]),
    ("fib(18)", fib, 18),
    ("too_deep", too_deep, 0),
    ("catch_and_continue", catch_and_continue),
]
threads = [threading.Thread(target=worker, args=job) for job in jobs]
for t in threads:
    t.start()
for t in threads:
    t.join()
for key, *_ in jobs:
    print(key, results[key])

# Many threads one after another, each going deep: a thread may start
# with storage a finished one left behind.
seq = []
for i in range(20):
    t = threading.Thread(target=lambda i=i: seq.append(depth_sum(50 + 25 * i)))
    t.start()
    t.join()
print(seq)
print(sys.getrecursionlimit())
