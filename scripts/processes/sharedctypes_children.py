# Shared values and arrays of multiprocessing.sharedctypes passed to child
# processes: the children see and change the parent's memory, under the
# wrappers' locks, for every kind (numbers, char arrays, raw objects).
import multiprocessing as mp
from multiprocessing import sharedctypes as sc


def work(v, d, arr, text, raw, rawarr, n):
    for _ in range(n):
        with v.get_lock():
            v.value += 1
        with d:
            d.value += 0.5
    with arr.get_lock():
        for i in range(len(arr)):
            arr[i] += 1
    with text.get_lock():
        text.value = text.value.upper()
    raw.value += 100
    rawarr[0] = 2**64 - 1


def report(v, text, q):
    q.put((repr(v), repr(v.get_obj()), v.value, text.value, text.raw,
           type(text).__name__, type(text.get_obj()).__name__))


if __name__ == '__main__':
    v = mp.Value('i', 0)
    d = mp.Value('d', 0.0)
    arr = mp.Array('q', [1, 2, 3])
    text = mp.Array('c', b'abc\x00e')
    raw = sc.RawValue('L', 5)
    rawarr = sc.RawArray('Q', 2)
    ps = [mp.Process(target=work, args=(v, d, arr, text, raw, rawarr, 25))
          for _ in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print([p.exitcode for p in ps])
    print(v.value, d.value, arr[:], text.value, text.raw, raw.value, rawarr[:])
    q = mp.Queue()
    p = mp.Process(target=report, args=(v, text, q))
    p.start()
    print(q.get())
    p.join()
    print(p.exitcode)
