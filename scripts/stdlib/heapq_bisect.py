# heapq and bisect: heap layouts after each operation (the same
# algorithms as CPython, so the same list orders), merge, nlargest,
# nsmallest, bisection and insertion with key, and errors.
import heapq
import bisect

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3]:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(3)], h)
data = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
heapq.heapify(data)
print(data, heapq.heapreplace(data, 10), data, heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
pairs = [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'z')]
heapq.heapify(pairs)
print(pairs, heapq.heappop(pairs))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge([], [1], [])), list(heapq.merge()))
print(list(heapq.merge(['b', 'dd'], ['a', 'ccc'], key=len)), list(heapq.merge([7, 4, 1], [8, 2], reverse=True)))
print(list(heapq.merge([(1, 'x'), (2, 'y')], [(1, 'a')])))
nums = [5, 1, 8, 3, 9, 2, 8, 7]
print(heapq.nlargest(3, nums), heapq.nsmallest(3, nums), heapq.nlargest(1, nums), heapq.nsmallest(0, nums), heapq.nlargest(10, nums))
words = ['pear', 'fig', 'banana', 'kiwi', 'apple', 'date']
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(3, words, key=len), heapq.nsmallest(1, [], key=len), heapq.nlargest(2, iter(nums)))
print(heapq.__all__)
for bad in [lambda: heapq.heappush(1, 2), lambda: heapq.heappop([]), lambda: heapq.heappop(1), lambda: heapq.heapify((1,)),
            lambda: heapq.heapreplace([], 1), lambda: heapq.heappushpop(1, 2), lambda: heapq.heappush([]), lambda: heapq.heappush([1], 'a'),
            lambda: heapq.nlargest(1), lambda: heapq.merge([1], x=1)]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)

a = [1, 2, 2, 2, 5, 8]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 2), bisect.bisect_left(a, 0), bisect.bisect_right(a, 9))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 2), bisect.bisect_left(a, 5, lo=1, hi=5))
grades = [(60, 'D'), (70, 'C'), (80, 'B'), (90, 'A')]
print([bisect.bisect([60, 70, 80, 90], s) for s in (33, 60, 77, 99)], bisect.bisect_left(grades, 75, key=lambda g: g[0]))
b = []
for v in [3, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, v)
bisect.insort_left(b, 4)
bisect.insort_right(b, 4.0)
print(b)
recs = [('a', 1), ('b', 3)]
bisect.insort(recs, ('c', 2), key=lambda r: r[1])
print(recs)
for bad in [lambda: bisect.bisect_left(a, 1, -1), lambda: bisect.bisect(a), lambda: bisect.bisect_left([1, 'a'], 0), lambda: bisect.insort((1,), 2)]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)
