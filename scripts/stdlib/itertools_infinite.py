# count, cycle and repeat: values, reprs, laziness, subclassing.
import itertools as it
from itertools import count, cycle, repeat, islice

print(list(islice(count(), 5)), list(islice(count(10, -3), 4)), list(islice(count(0.5, 0.25), 4)))
print(list(islice(count(2**64), 2)), list(islice(count(1j, 1), 2)), list(islice(count(step=2), 3)))
print(count(), count(5), count(0, 2), count(1.5), count(0, 0.5), count(2**70), count(step=-1), count(1, 1), count(0, 1.0), count(1.0, 1))
c = count(3)
next(c)
print(c, next(c), c, c.__reduce__(), count(1, 2).__reduce__())
print(list(islice(cycle('abc'), 8)), list(cycle([])), list(islice(cycle(iter([1, 2])), 5)))
print(repeat(1), repeat('a', 3), repeat(None, 0), repeat(1, -5), list(repeat('x', 3)), list(repeat(1, -1)))
r = repeat(1, 3)
next(r)
print(r, r.__length_hint__(), list(r), r, repeat(2).__reduce__(), repeat(2, 4).__reduce__())
try:
    repeat(1).__length_hint__()
except TypeError as e:
    print('TypeError', e)
print(list(map(pow, range(5), repeat(2))), list(zip(count(1), 'abc')))


class MyCount(count):
    pass


mc = MyCount(7, 2)
print(type(mc).__name__, next(mc), next(mc), mc, isinstance(mc, count))


class Doubler(repeat):
    def __next__(self):
        return super().__next__() * 2


print(list(Doubler(3, 2)))
print(count.__module__, count.__name__, type(count()), it.count is count)
for f in [lambda: count('a'), lambda: count(1, 'a'), lambda: count(1, 2, 3), lambda: count(x=1), lambda: repeat(),
          lambda: repeat(1, 'a'), lambda: repeat(1, 2, 3), lambda: cycle(), lambda: cycle(1), lambda: cycle([1], x=1),
          lambda: count(start=5, step=2)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
