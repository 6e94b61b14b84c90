# collections.deque: both ends, maxlen, every method, repr, errors.
from collections import deque
import copy

d = deque()
print(d, len(d), bool(d), d.maxlen)
d.append(1); d.append(2); d.appendleft(0); d.extend([3, 4]); d.extendleft('ba')
print(d, d[0], d[-1], d[3], d.index(2), d.count(3), 2 in d, 9 in d)
print(d.pop(), d.popleft(), d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate()
print(d)
d.reverse()
print(d, list(reversed(d)))
d.insert(1, 'x')
d.remove('x')
d[0] = 'first'
del d[1]
print(d, d.copy(), copy.copy(d), d == deque(d), d != deque(), d < deque(['z']))
d.clear()
print(d)

b = deque(range(10), maxlen=3)
print(b, b.maxlen)
b.append(10)
print(b)
b.appendleft(-1)
print(b)
b.extend([20, 21])
print(b)
b.extendleft([30])
print(b)
z = deque([1, 2], maxlen=0)
z.append(3)
print(z)
print(deque('abc', 5) + deque('de'), deque([1, 2]) * 2, 2 * deque([7]), deque([1, 2, 3], maxlen=2) * 3)
d = deque([1, 2])
d += 'xy'
d *= 2
print(d)
d = deque([1, 2, 3])
d.extend(d)
print(d, d.index(3, 3), d.index(2, -3), d.index(1, 0, 2))
print(deque([1, 2]) == [1, 2], deque([1, 2]) < deque([1, 3]), deque([2]) > deque([1, 9]), deque() <= deque())
r = deque([1])
r.append(r)
print(r, repr(deque([], maxlen=2)), deque(maxlen=None), deque(iterable=[1]))
it = iter(deque([1, 2, 3]))
print(next(it), it.__length_hint__(), list(it))
print(deque([1, 2]).__reduce__()[:2], deque([1], 3).__reduce__()[:2], deque[int])


class Q(deque):
    pass


q = Q([1, 2], 4)
q.x = 5
print(q, type(q.copy()).__name__, q.copy().maxlen, isinstance(q, deque), q + Q([9]), type(q + Q([9])).__name__, q.__reduce__()[:3])
print(deque.__module__, deque.__name__, deque.__hash__)

cases = [
    lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1])[-2],
    lambda: deque([1])['a'], lambda: deque([1])[0:1], lambda: deque([1]).remove(2), lambda: deque([1]).index(2),
    lambda: deque(maxlen=-1), lambda: deque(maxlen='a'), lambda: deque(1), lambda: deque([1], 2, 3),
    lambda: deque([1], maxlen=1).insert(0, 2), lambda: deque() + [], lambda: hash(deque()), lambda: deque().append(),
    lambda: deque().rotate('a'), lambda: deque([1]) < [2], lambda: deque().append(x=1), lambda: deque(x=1),
    lambda: deque([1]).__setitem__(3, 0), lambda: deque([1]).__delitem__(3),
]
for c in cases:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)


def mutate():
    d = deque([1, 2, 3])
    for x in d:
        d.append(x)


try:
    mutate()
except RuntimeError as e:
    print('RuntimeError', e)
