# heapq: nsmallest/nlargest with n of 1 over iterators, empty input,
# keys and ties (the first of equal items wins), bad arguments.
import heapq

pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (2, "e")]
for n in [-1, 0, 1, 2, 5, 9]:
    print(n, heapq.nsmallest(n, iter(pairs), key=lambda p: p[0]),
          heapq.nlargest(n, iter(pairs), key=lambda p: p[0]))
print(heapq.nsmallest(1, iter([])), heapq.nlargest(1, []), heapq.nsmallest(1, "hello"),
      heapq.nlargest(1, "hello"), heapq.nlargest(1, [3, 1, 3.0], key=None))
for bad in [lambda: heapq.nsmallest(1, 5), lambda: heapq.nlargest(1, [1, "a"]),
            lambda: heapq.nsmallest(1, [1], key=5), lambda: heapq.nlargest(2, 5),
            lambda: heapq.nsmallest("1", [1])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(list(heapq.merge([1, 3, 5], [2, 2, 6], [], [0], key=lambda v: -v if False else v)))
print(list(heapq.merge([5, 3], [4, 1], reverse=True)), list(heapq.merge()))


def gen():
    for i in [3, 1, 2]:
        print("  yield", i)
        yield i


# The order of the checks shows in the errors: n is compared with the
# size first, and must be an int only when it is below it.
for n in ['1', None, 1.5, 2.5, 3.5, 0, -1, 5, 0.5, True, 1.0, 2]:
    for src in [lambda: [3, 1, 2], lambda: iter([3, 1, 2]), gen]:
        for fn in [heapq.nsmallest, heapq.nlargest]:
            try:
                print(fn.__name__, repr(n), fn(n, src()))
            except Exception as e:
                print(fn.__name__, repr(n), type(e).__name__, e)
