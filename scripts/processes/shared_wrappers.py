# multiprocessing's synchronized wrappers (Value and Array with a lock):
# get_obj/get_lock, the with statement, acquire/release, a lock of one's
# own, the unlocked forms, and child processes updating them under the
# lock. (sharedctypes_*.py check the class names and reprs.)
import multiprocessing as mp
import re


def mask(s):
    return re.sub(r'0x[0-9a-f]+', 'ADDR', str(s))


def attempt(what, fn):
    try:
        print(what, '->', mask(fn()))
    except Exception as e:
        print(what, '->', type(e).__name__, mask(e))


def bump(v, a, n):
    for _ in range(n):
        with v.get_lock():
            v.value += 1
    with a:
        for i in range(len(a)):
            a[i] += 10


if __name__ == '__main__':
    v = mp.Value('i', 5)
    print(mask(repr(v)).endswith(' wrapper for c_int(5)>'), v.value)
    print(v.get_obj().value, type(v.get_lock()).__name__)
    with v as entered:
        print(entered, v.value)
    print(v.acquire(), v.release())
    v.value = 7
    print(v.get_obj().value)
    d = mp.Value("d", 1.5)
    print(repr(d).endswith(' wrapper for c_double(1.5)>'), d.value)
    lock = mp.Lock()
    own = mp.Value('i', 0, lock=lock)
    print(own.get_lock() is lock, own.acquire(False), own.acquire(False))
    own.release()
    raw = mp.Value('i', 3, lock=False)
    print(hasattr(raw, 'get_lock'), raw.value)
    one = mp.Value('i', 0, lock=1)
    print(type(one.get_lock()).__name__)

    a = mp.Array('i', [1, 2, 3])
    print(type(a).__name__, a[:], len(a), a[1], a[-1])
    a[0] = 9
    a[1:3] = [8, 7]
    print(a[:], a.get_obj()[:], a.get_lock() is not v.get_lock())
    attempt('index', lambda: a[5])
    print(mp.Array('d', 2)[:], mp.Array('i', 3, lock=False)[:])

    counter = mp.Value('i', 0)
    arr = mp.Array('i', [1, 2])
    ps = [mp.Process(target=bump, args=(counter, arr, 50)) for _ in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(counter.value, arr[:], [p.exitcode for p in ps])
