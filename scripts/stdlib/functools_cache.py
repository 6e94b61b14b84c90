# lru_cache and cache: hits and misses, eviction order, typed, maxsize
# forms, cache_info/cache_clear/cache_parameters, wrapping, methods.
import functools
from functools import lru_cache, cache

calls = []


@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x


for v in [1, 2, 1, 3, 2, 1, 1]:
    sq(v)
print(calls, sq.cache_info(), sq.cache_parameters())
sq.cache_clear()
print(sq.cache_info(), sq(4), sq.cache_info())


@lru_cache
def plain(a, b=0, *, c=0):
    calls.append((a, b, c))
    return a + b + c


calls.clear()
print(plain(1), plain(1), plain(1, 0), plain(1, b=0), plain(a=1), plain(1, c=0), plain(1, c=2), calls, plain.cache_info())


@lru_cache(maxsize=None, typed=True)
def typed(x):
    return type(x).__name__


print(typed(3), typed(3.0), typed(True), typed.cache_info(), typed.cache_parameters())


@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90), fib.cache_info(), fib.__name__, fib.__wrapped__.__name__, fib.__doc__, type(fib).__name__)


@lru_cache(maxsize=0)
def nocache(x):
    return x


print(nocache(1), nocache(1), nocache.cache_info())


@lru_cache(-5)
def neg(x):
    return x


print(neg(1), neg.cache_info())


def documented(x):
    "Doubles."
    return 2 * x


documented.extra = 'kept'
cached = lru_cache(maxsize=10)(documented)
print(cached.__doc__, cached.__name__, cached.__qualname__, cached.__module__, cached.extra, cached.__wrapped__ is documented, cached(4))


class Thing:
    def __init__(self, v):
        self.v = v

    @lru_cache(maxsize=4)
    def get(self, k):
        return (self.v, k)

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, Thing) and self.v == other.v


a, b = Thing(1), Thing(2)
print(a.get(5), b.get(5), a.get(5), Thing.get.cache_info(), Thing.get(a, 6), type(a.get).__name__)
print(Thing.__dict__['get'].__get__(None, Thing) is Thing.__dict__['get'])
import copy
print(copy.copy(fib) is fib, copy.deepcopy(fib) is fib, fib.__reduce__())
for c in [lambda: lru_cache('x'), lambda: sq([]), lambda: sq(), lambda: lru_cache(maxsize=1.5), lambda: functools._lru_cache_wrapper(1, 1, False, None)]:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
