# collections.abc: structural checks on builtins and user classes, the
# mixin methods the ABCs provide, registration, and the errors.
from collections import abc
import collections


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


values = {
    'list': [], 'tuple': (), 'str': '', 'bytes': b'', 'bytearray': bytearray(),
    'dict': {}, 'set': set(), 'frozenset': frozenset(), 'range': range(1),
    'int': 1, 'None': None, 'gen': gen(), 'iter': iter([]), 'keys': {}.keys(),
    'values': {}.values(), 'items': {}.items(), 'deque': collections.deque(),
    'memoryview': memoryview(b''), 'func': len, 'dictiter': iter({}),
    'OrderedDict': collections.OrderedDict(), 'Counter': collections.Counter(),
}
abcs = ['Iterable', 'Iterator', 'Generator', 'Sized', 'Container', 'Callable',
        'Hashable', 'Collection', 'Sequence', 'MutableSequence', 'Mapping',
        'MutableMapping', 'Set', 'MutableSet', 'Reversible', 'ByteString',
        'MappingView', 'KeysView', 'ValuesView', 'ItemsView']
for name, v in values.items():
    print(f'{name:12}', ' '.join(a for a in abcs if isinstance(v, getattr(abc, a))))

c = coro()
a = agen()
print(isinstance(c, abc.Coroutine), isinstance(c, abc.Awaitable), isinstance(a, abc.AsyncGenerator),
      isinstance(a, abc.AsyncIterator), isinstance(a, abc.AsyncIterable), isinstance(gen(), abc.Coroutine))
c.close()


class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

    def __contains__(self, x):
        return x in self.items


print(isinstance(Bag(), abc.Sized), isinstance(Bag(), abc.Iterable), isinstance(Bag(), abc.Container),
      isinstance(Bag(), abc.Collection), isinstance(Bag(), abc.Sequence), isinstance(Bag(), abc.Reversible))


class NoIter:
    __iter__ = None


print(isinstance(NoIter(), abc.Iterable), isinstance(object(), abc.Hashable), isinstance([], abc.Hashable))


# Mixin methods come with subclassing.
class Seq(abc.Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10


s = Seq(4)
print(list(s), 20 in s, s.index(30), s.count(10), list(reversed(s)))
show(lambda: s.index(99))


class Map(abc.Mapping):
    def __init__(self, **kw):
        self.d = kw

    def __getitem__(self, k):
        return self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


m = Map(a=1, b=2)
print(m.get('a'), m.get('z', 0), 'b' in m, list(m.keys()), list(m.items()), list(m.values()))
print(m == {'a': 1, 'b': 2}, m == {'a': 1}, type(m.keys()).__name__)


class MMap(abc.MutableMapping):
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


mm = MMap()
mm.update({'x': 1}, y=2)
print(mm.setdefault('z', 3), mm.pop('x'), mm.pop('nope', 'default'), mm.popitem(), dict(mm.d))
show(lambda: mm.pop('nope'))
mm.clear()
print(len(mm))
show(lambda: mm.popitem())


class MySet(abc.Set):
    def __init__(self, it=()):
        self.s = list(dict.fromkeys(it))

    def __contains__(self, x):
        return x in self.s

    def __iter__(self):
        return iter(self.s)

    def __len__(self):
        return len(self.s)


a, b = MySet([1, 2, 3]), MySet([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= MySet([1, 2, 3, 4]), a.isdisjoint([9]))
print(type(a & b).__name__)


class MList(abc.MutableSequence):
    def __init__(self):
        self.l = []

    def __getitem__(self, i):
        return self.l[i]

    def __setitem__(self, i, v):
        self.l[i] = v

    def __delitem__(self, i):
        del self.l[i]

    def __len__(self):
        return len(self.l)

    def insert(self, i, v):
        self.l.insert(i, v)


ml = MList()
ml.append(1)
ml.extend([2, 3])
ml += [4]
ml.reverse()
print(ml.l, ml.pop(), ml.pop(0), ml.l)
ml.remove(3)
print(ml.l)
show(lambda: ml.remove(99))

# Abstract methods left out.
show(lambda: type('Partial', (abc.Sequence,), {'__len__': lambda self: 0})())
show(lambda: abc.Iterator())
print(sorted(abc.MutableMapping.__abstractmethods__))

# Registration.
class Thing:
    pass


abc.Sequence.register(Thing)
print(issubclass(Thing, abc.Sequence), issubclass(Thing, abc.Iterable), issubclass(Thing, abc.Sized))

# Generic aliases.
print(abc.Iterable[int], abc.Callable[[int, str], bool], abc.Mapping[str, int].__origin__)
print(sorted(n for n in dir(abc) if not n.startswith('_')))
