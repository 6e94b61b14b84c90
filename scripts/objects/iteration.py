# __iter__/__next__, the old __getitem__ protocol, __contains__ and its
# fallbacks, __reversed__, iter() with a sentinel, and their errors.


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Countdown(3)), [x * 2 for x in Countdown(2)], 1 in Countdown(3), 5 in Countdown(3))


class OldStyle:
    def __getitem__(self, i):
        print("getitem", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10


print(list(OldStyle()))
print(20 in OldStyle())
print(list(reversed([1, 2])))
it = iter(OldStyle())
print(type(it).__name__, next(it))


class WithContains:
    def __contains__(self, x):
        print("contains", x)
        return x == "yes"

    def __iter__(self):
        raise AssertionError("not used")


print("yes" in WithContains(), "no" in WithContains(), "no" not in WithContains())


class ContainsTruthy:
    def __contains__(self, x):
        return [1]


print(1 in ContainsTruthy())


class NotIterable:
    pass


show(lambda: iter(NotIterable()))
show(lambda: list(NotIterable()))
show(lambda: 1 in NotIterable())
show(lambda: [x for x in NotIterable()])
show(lambda: next(NotIterable()))
show(lambda: next(iter([]), "default"))
show(lambda: next(iter([])))
show(lambda: next([]))
show(lambda: iter(5))


class IterReturnsNonIterator:
    def __iter__(self):
        return 5


show(lambda: iter(IterReturnsNonIterator()))
show(lambda: list(IterReturnsNonIterator()))


class IterNone:
    __iter__ = None

    def __getitem__(self, i):
        return i


show(lambda: iter(IterNone()))


class ContainsNone:
    __contains__ = None


show(lambda: 1 in ContainsNone())


class NextRaises:
    def __iter__(self):
        return self

    def __next__(self):
        raise ValueError("next failed")


show(lambda: list(NextRaises()))
show(lambda: 1 in NextRaises())

calls = iter([1, 2, 3, 0, 4].__iter__().__next__, 0)
print(list(calls))
counter = [0]


def tick():
    counter[0] += 1
    return counter[0]


print(list(iter(tick, 4)))
show(lambda: iter(5, 0))
show(lambda: iter(len, 0, 1))


class Rev:
    def __reversed__(self):
        return iter("cba")


class RevSeq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return "xyz"[i]


print(list(reversed(Rev())), list(reversed(RevSeq())))
show(lambda: reversed(NotIterable()))
show(lambda: reversed(Countdown(2)))
show(lambda: type(reversed({1: 2})).__name__)
print(list(reversed({1: 2, 3: 4})), list(reversed(range(3))), list(reversed("ab")))


class ReversedNone:
    __reversed__ = None

    def __len__(self):
        return 1

    def __getitem__(self, i):
        return i


show(lambda: reversed(ReversedNone()))
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
print(iter(it) is it)
a, b, *rest = Countdown(5)
print(a, b, rest)
show(lambda: [a for a, b in [(1, 2, 3)]])


def unpack_too_few():
    x, y, z = Countdown(2)


show(unpack_too_few)


def unpack_too_many():
    x, y = Countdown(5)


show(unpack_too_many)


def unpack_none():
    x, y = None


show(unpack_none)


def unpack_star_few():
    x, y, *z = [1]


show(unpack_star_few)
print(sum(Countdown(4)), max(Countdown(4)), sorted(Countdown(4)), tuple(Countdown(2)), set(Countdown(2)), dict(zip(Countdown(2), "ab")))
print(list(enumerate(Countdown(2), 1)), list(zip(Countdown(3), OldStyle())))
print(list(map(str, Countdown(3))), list(filter(None, Countdown(4))))
gen = (x for x in Countdown(3))
print(type(gen).__name__, next(gen), list(gen))
show(lambda: next(gen))


def genfunc():
    yield 1
    return "done"


g = genfunc()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value", e.value, e.args)


class Iterable2:
    def __iter__(self):
        yield from range(2)
        yield "end"


print(list(Iterable2()))
