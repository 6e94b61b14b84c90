# reduce, cmp_to_key, wraps/update_wrapper, total_ordering and
# cached_property.
import functools
from functools import reduce, cmp_to_key, wraps, update_wrapper, total_ordering, cached_property

print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(max, [3], 0), reduce(lambda a, b: a + b, [], 'init'))
print(reduce(lambda acc, x: acc + [x * 2], 'ab', []), reduce(pow, [2, 3, 2]))
for c in [lambda: reduce(lambda a, b: a, []), lambda: reduce(1, 2), lambda: reduce(), lambda: reduce(len, [1], x=1), lambda: reduce(lambda a, b: a + b, [1, 'a'])]:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)


def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


words = ['pear', 'fig', 'apple', 'kiwi', 'date']
print(sorted(words, key=cmp_to_key(by_len_then_alpha)), max(words, key=cmp_to_key(by_len_then_alpha)))
K = cmp_to_key(by_len_then_alpha)
k1, k2 = K('ab'), K('abc')
print(k1 < k2, k1 <= k2, k1 == k2, k1 != k2, k1 > k2, k1 >= k2, k1.obj, type(k1).__name__, K(obj='z').obj)
for c in [lambda: k1 < 'x', lambda: hash(k1), lambda: K(), lambda: cmp_to_key()]:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES, functools.__all__)


def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        "inner doc"
        return ('wrapped', fn(*a, **k))
    return inner


@deco
def target(x: int) -> str:
    "Target doc."
    return str(x)


target_attrs = (target.__name__, target.__qualname__, target.__doc__, target.__module__, target.__annotations__, target.__wrapped__.__name__, target(5))
print(target_attrs)


def w():
    pass


def src():
    pass


src.__dict__['custom'] = 1
src.__wrapped__ = 'old'
r = update_wrapper(w, src, assigned=('__name__', 'missing_attr'), updated=('__dict__',))
print(r is w, w.__name__, w.custom, w.__wrapped__ is src, w.__qualname__)


@total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return isinstance(other, Version) and self.n == other.n

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.n < other.n


v1, v2 = Version(1), Version(2)
print(v1 < v2, v1 <= v2, v1 > v2, v1 >= v2, v2 >= v2, v2 <= v2, Version.__gt__.__name__, Version.__le__.__name__)


@total_ordering
class Rev:
    def __init__(self, n):
        self.n = n

    def __ge__(self, other):
        return self.n >= other.n


print(Rev(1) < Rev(2), Rev(1) > Rev(2), Rev(3) <= Rev(3), sorted(['gt', 'le', 'lt'] if Rev.__lt__ else []))
try:
    v1 < 5
except TypeError as e:
    print('TypeError', e)
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print('ValueError', e)


class Data:
    def __init__(self, seq):
        self.seq = seq
        self.computed = 0

    @cached_property
    def total(self):
        "The sum."
        self.computed += 1
        return sum(self.seq)


d = Data([1, 2, 3])
print(d.total, d.total, d.computed, d.__dict__, Data.total.__doc__, type(Data.total).__name__, Data.total.attrname)
del d.total
print(d.total, d.computed)
d.total = 100
print(d.total)


class Slotted:
    __slots__ = ('x',)

    @cached_property
    def prop(self):
        return 1


try:
    Slotted().prop
except TypeError as e:
    print('TypeError', e)
cp = cached_property(lambda self: 1)
try:
    cp.__get__(Data([]), Data)
except TypeError as e:
    print('TypeError', e)
try:
    class Two:
        a = b = cached_property(lambda self: 1)
except Exception as e:
    print(type(e).__name__, e)
print(cached_property[int])
