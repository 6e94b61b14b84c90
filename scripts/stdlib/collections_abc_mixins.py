# collections.abc mixin methods on minimal user classes: the set algebra,
# the mutable-set operators, mapping views, sequence search, the
# generator/coroutine protocol defaults, subclass hooks and names.
from collections import abc


def show(label, f):
    try:
        r = f()
    except BaseException as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))


class LS(abc.Set):
    def __init__(self, it=()):
        self.items = []
        for x in it:
            if x not in self.items:
                self.items.append(x)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def __repr__(self):
        return f'LS({self.items!r})'


class MS(LS, abc.MutableSet):
    def add(self, x):
        if x not in self.items:
            self.items.append(x)

    def discard(self, x):
        if x in self.items:
            self.items.remove(x)

    def __repr__(self):
        return f'MS({self.items!r})'


a, b = LS([1, 2, 3]), LS([3, 4])
show('cmp', lambda: (a <= a, a < a, LS([1]) < a, a > LS([1]), a >= b, a == LS([3, 2, 1]), a != b))
show('cmp set', lambda: (a == {1, 2, 3}, a <= {1, 2, 3, 4}, {1} < a, a < [1, 2, 3, 4]))
show('cmp bad', lambda: a < 3)
show('and', lambda: (a & b, a & [2, 9], [2, 9] & a))
show('or', lambda: (a | b, a | [7], [7] | a))
show('sub', lambda: (a - b, a - [1], [1, 5] - a))
show('xor', lambda: (a ^ b, a ^ [1, 8], [1, 8] ^ a))
show('bad ops', lambda: a & 3)
show('bad sub', lambda: a - 3)
show('bad rsub', lambda: 3 - a)
show('bad xor', lambda: a ^ None)
show('isdisjoint', lambda: (a.isdisjoint(b), a.isdisjoint([7, 8]), a.isdisjoint(iter([]))))
show('_hash', lambda: (LS._hash(LS([])), LS._hash(LS([1, 2, 3])), LS._hash(LS(['x'])) == hash(frozenset(['x'])),
                       LS._hash(a) == hash(frozenset(a)), LS._hash(LS([-1, 2 ** 70]))))
show('hashable', lambda: (isinstance(a, abc.Hashable), LS.__hash__))


def msops():
    m = MS([1, 2, 3])
    out = []
    m.remove(2)
    out.append(repr(m))
    try:
        m.remove(9)
    except KeyError as e:
        out.append(('KeyError', e.args))
    out.append(m.pop())
    m |= [5, 6]
    out.append(repr(m))
    m &= [5, 6, 7]
    out.append(repr(m))
    m ^= [6, 8]
    out.append(repr(m))
    m ^= m
    out.append(repr(m))
    m |= LS([1, 2, 3])
    m -= [1]
    out.append(repr(m))
    m -= m
    out.append(repr(m))
    m.add(4)
    m.clear()
    out.append(repr(m))
    try:
        m.pop()
    except KeyError as e:
        out.append(('KeyError', e.args))
    return out


show('mutable set', msops)


class M(abc.Mapping):
    def __init__(self, **kw):
        self.d = kw

    def __getitem__(self, k):
        return self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


m = M(a=1, b=2)
show('mapping', lambda: (m.get('a'), m.get('z'), m.get('z', 0), 'a' in m, 'z' in m, list(m.keys()),
                         list(m.items()), list(m.values())))
show('views', lambda: (repr(m.keys())[:16], len(m.items()), ('a', 1) in m.items(), ('a', 2) in m.items(),
                       ('q', 1) in m.items(), 2 in m.values(), 5 in m.values(), 'b' in m.keys()))
show('view ops', lambda: (m.keys() & {'a'}, sorted(m.keys() | {'c'}), m.items() - {('a', 1)}, m.keys() == {'a', 'b'}))
show('view item bad', lambda: 3 in m.items())
show('mapping eq', lambda: (m == {'a': 1, 'b': 2}, m == M(b=2, a=1), m == [1], m != {}))
show('mapping reversed', lambda: reversed(m))
show('mapping hash', lambda: hash(m))
show('mapping contains unhashable', lambda: [] in m)


class MM(abc.MutableMapping):
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


class KeysOnly:
    def keys(self):
        return ['k1', 'k2']

    def __getitem__(self, k):
        return k.upper()


def mmops():
    x = MM()
    x.update({'a': 1}, b=2)
    x.update(M(c=3))
    x.update(KeysOnly())
    x.update([('d', 4)])
    out = [dict(x.d), x.pop('a'), x.pop('zz', None), x.setdefault('b', 9), x.setdefault('e', 5), x.popitem()]
    try:
        x.pop('zz')
    except KeyError as e:
        out.append(('KeyError', e.args))
    x.clear()
    out.append(dict(x.d))
    try:
        x.popitem()
    except KeyError as e:
        out.append(('KeyError', e.args))
    for bad in (lambda: x.update(1), lambda: x.update([1]), lambda: x.update({}, {}),
                lambda: x.update([(1, 2, 3)])):
        try:
            bad()
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    return out


show('mutable mapping', mmops)


class Sq(abc.Sequence):
    def __init__(self, *items):
        self.items = items

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


q = Sq(1, 2, 3, 2, 1)
show('sequence', lambda: (list(q), list(reversed(q)), 2 in q, 9 in q, q.count(2), q.count(9)))
show('index', lambda: (q.index(2), q.index(2, 2), q.index(1, -2), q.index(3, -10), q.index(2, 0, 2)))
for args in [(9,), (2, 4), (3, 0, 2), (1, 1, -1), (1, None, None), (1, 1, None)]:
    show(f'index{args}', lambda: q.index(*args))
nan = float('nan')
show('identity', lambda: (nan in Sq(nan), Sq(nan).index(nan), Sq(nan, nan).count(nan)))


class MSq(abc.MutableSequence):
    def __init__(self, *items):
        self.items = list(items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __len__(self):
        return len(self.items)

    def insert(self, i, v):
        self.items.insert(i, v)


def msqops():
    x = MSq(1, 2, 3)
    x.append(4)
    x.extend([5, 6])
    x.extend(x)
    out = [list(x.items)]
    x.reverse()
    out.append(list(x.items))
    out += [x.pop(), x.pop(0), x.pop(2)]
    x.remove(4)
    x += (7, 8)
    out.append(list(x.items))
    x.clear()
    out.append(list(x.items))
    for bad in (x.pop, lambda: x.remove(1), lambda: x.extend(3)):
        try:
            bad()
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    y = MSq(1, 2, 3, 4, 5)
    y.reverse()
    out.append(y.items)
    return out


show('mutable sequence', msqops)


class G(abc.Generator):
    def __init__(self):
        self.n = 0

    def send(self, v):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return (self.n, v)

    def throw(self, *args):
        return super().throw(*args)


g = G()
show('gen', lambda: (next(g), g.send('x'), list(G())))
show('gen throw type', lambda: G().throw(ValueError))
show('gen throw inst', lambda: G().throw(ValueError('v')))
show('gen throw type+val', lambda: G().throw(ValueError, ValueError('w')))
show('gen throw type+None+tb', lambda: G().throw(KeyError, None, None))
show('gen close', lambda: G().close())


class Stubborn(G):
    def throw(self, *args):
        return 1


show('gen close ignored', lambda: Stubborn().close())


class StopOnThrow(G):
    def throw(self, *args):
        raise StopIteration


show('gen close stop', lambda: StopOnThrow().close())


class Co(abc.Coroutine):
    def __await__(self):
        yield

    def send(self, v):
        raise StopIteration(v)

    def throw(self, *args):
        return super().throw(*args)


show('coro throw', lambda: Co().throw(TypeError, TypeError('t')))
show('coro close', lambda: Co().close())


class CoStubborn(Co):
    def throw(self, *a):
        return 0


show('coro close ignored', lambda: CoStubborn().close())


class AG(abc.AsyncGenerator):
    async def asend(self, v):
        raise StopAsyncIteration

    async def athrow(self, *args):
        return await super().athrow(*args)


def run(aw):
    it = aw.__await__()
    try:
        while True:
            next(it)
    except StopIteration as e:
        return e.value


show('agen anext', lambda: run(AG().__anext__()))
show('agen athrow', lambda: run(AG().athrow(OSError)))
show('agen aclose', lambda: run(AG().aclose()))


class AGStubborn(AG):
    async def athrow(self, *args):
        return 1


show('agen aclose ignored', lambda: run(AGStubborn().aclose()))
show('agen aiter', lambda: (lambda x: x.__aiter__() is x)(AG()))


class NoHash:
    __hash__ = None


class WithIter:
    def __iter__(self):
        return iter([])


class Sub(abc.Iterable):
    pass


class Both:
    def __iter__(self):
        return iter([])

    def __reversed__(self):
        return iter([])

    def __len__(self):
        return 0

    def __contains__(self, x):
        return False

    def __call__(self):
        pass

    def __next__(self):
        raise StopIteration

    def __await__(self):
        yield

    def __aiter__(self):
        return self

    async def __anext__(self):
        pass


show('hooks', lambda: (issubclass(NoHash, abc.Hashable), issubclass(WithIter, abc.Iterable),
                       issubclass(WithIter, Sub), issubclass(WithIter, abc.Iterator),
                       issubclass(Both, abc.Reversible), issubclass(Both, abc.Collection),
                       issubclass(Both, abc.Callable), issubclass(Both, abc.Iterator),
                       issubclass(Both, abc.Awaitable), issubclass(Both, abc.AsyncIterator),
                       issubclass(Both, abc.Sequence), issubclass(Both, abc.Generator),
                       issubclass(Both, abc.Coroutine)))
show('hook direct', lambda: (abc.Iterable.__subclasshook__(WithIter), abc.Iterable.__subclasshook__(int),
                             Sub.__subclasshook__(WithIter), abc.Sized.__subclasshook__(list)))
show('abstract', lambda: sorted(abc.MutableMapping.__abstractmethods__))
show('abstract seq', lambda: sorted(abc.MutableSequence.__abstractmethods__))
show('abstract all', lambda: [(n, sorted(getattr(abc, n).__abstractmethods__)) for n in abc.__all__])
show('instantiate', lambda: abc.Sequence())
show('instantiate set', lambda: abc.MutableSet())
show('names', lambda: [(f.__module__, f.__qualname__) for f in (abc.Set.__le__, abc.Mapping.get,
                       abc.MutableSequence.append, abc.Iterator.__iter__, abc.Set._hash, abc.KeysView)])
show('slots', lambda: [getattr(abc, n).__slots__ for n in ('Iterable', 'MappingView', 'KeysView', 'Set')])
show('defaults', lambda: (abc.Hashable.__hash__(None), abc.Sized.__len__(None), abc.Container.__contains__(None, 1),
                          abc.Callable.__call__(None), list(abc.Iterable.__iter__(None)),
                          list(abc.Reversible.__reversed__(None))))
show('default next', lambda: abc.Iterator.__next__(None))
show('default getitem', lambda: abc.Sequence.__getitem__(None, 0))
show('default mgetitem', lambda: abc.Mapping.__getitem__(None, 0))
show('default setitem', lambda: abc.MutableMapping.__setitem__(None, 0, 0))
show('default insert', lambda: abc.MutableSequence.insert(None, 0, 0))
show('default add', lambda: abc.MutableSet.add(None, 0))
show('generic', lambda: (abc.Iterable[int], abc.Mapping[str, int], abc.Callable[[int], str],
                         abc.Callable[..., int], abc.KeysView[int]))
show('callable bad', lambda: abc.Callable[int])
show('callable bad2', lambda: abc.Callable[int, str])
show('mro', lambda: [c.__name__ for c in abc.MutableSequence.__mro__])
show('mro set', lambda: [c.__name__ for c in abc.ItemsView.__mro__])
show('ByteString', lambda: (isinstance(b'', abc.ByteString), isinstance(memoryview(b''), abc.ByteString)))
