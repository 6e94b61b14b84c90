# The classic race, as a lesson. Four threads each add 1 to a shared
# counter 1,000,000 times. With a lock, the total is always 4,000,000.
# Without one, `counter += 1` is several bytecode instructions (read the
# counter, add, write it back), and a thread switch between the read and
# the write loses every update the other threads made meanwhile.
#
# CPython 3.11 switches threads only at calls and backward jumps, never
# inside `counter += 1`, so this unlocked loop almost always comes out
# exact there, and under gilpy by default too. Run it as
#
#     gilpy -X everyinstruction lost_updates.py
#
# to let gilpy switch between any two instructions, as CPython before
# 3.10 could: the unlocked total then falls well short of 4,000,000.
import sys
import threading

sys.setswitchinterval(1e-4)  # switch often: a race shows up sooner
N = 1_000_000
counter = 0
lock = threading.Lock()
# The four threads wait for each other before counting, so that they
# really contend even when starting a thread is slow (a busy machine
# could otherwise finish one thread's loop before the next one starts).
start = threading.Barrier(4)


def add_locked():
    global counter
    start.wait()
    for _ in range(N):
        with lock:
            counter += 1


def add_unlocked():
    global counter
    start.wait()
    for _ in range(N):
        counter += 1


for name, work in [("with a lock", add_locked), ("without a lock", add_unlocked)]:
    counter = 0
    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"{name}: {counter} (expected {4 * N}, lost {4 * N - counter})")
