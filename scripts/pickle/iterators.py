# The builtin iterators pickle and copy as CPython's: __reduce__ of each kind
# (mid-way and exhausted), __setstate__ clamping, and round trips through
# every pickle protocol.
import pickle, copy
for it in [iter([1,2,3]), iter((1,2)), iter(range(5)), iter('abc'), iter('héllo'), reversed([1,2,3]), iter({1:2, 3:4}), iter({1:2, 3:4}.values()), iter({1:2}.items()), iter(b'ab'), iter(bytearray(b'ab')), reversed(range(4)), iter({1,2}), reversed({1:2, 3:4})]:
    next(it)
    r = it.__reduce__()
    print(type(it).__name__, r)
    for proto in range(6):
        c = pickle.loads(pickle.dumps(it, proto))
        assert type(c) is type(it) or "dict" in type(it).__name__ or "set" in type(it).__name__, (type(c), proto)
    print('  rest:', list(pickle.loads(pickle.dumps(it))), list(copy.copy(it)), list(it))
    print('  exhausted:', it.__reduce__())
it = iter([1, 2, 3, 4])
it.__setstate__(2); print(list(it))
it = iter([1, 2, 3]); it.__setstate__(-5); print(list(it))
it = iter([1, 2, 3]); it.__setstate__(10); print(list(it))
it = iter('héllo'); it.__setstate__(2); print(list(it))
it = reversed([1, 2, 3]); it.__setstate__(1); print(list(it))
it = reversed([1, 2, 3]); it.__setstate__(-3); print(list(it))
it = reversed([1, 2, 3]); it.__setstate__(9); print(list(it))
it = iter(range(10)); it.__setstate__(7); print(list(it), it.__reduce__())
it = iter(range(3, 30, 3)); next(it); print(it.__reduce__())
try: iter([1]).__setstate__('x')
except Exception as e: print(type(e).__name__, e)
