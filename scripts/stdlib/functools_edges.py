# Edge cases of functools' Python layer: singledispatch registration
# errors, ABC-based dispatch and its ambiguity, singledispatchmethod,
# cached_property errors, partialmethod, lru_cache keys and arguments,
# total_ordering derivations and update_wrapper details.

import abc
import collections.abc as cabc
from functools import (singledispatch, singledispatchmethod, cached_property,
                       partialmethod, lru_cache, cache, total_ordering,
                       update_wrapper, wraps, partial)
from typing import Union


def attempt(label, fn, *args, **kw):
    try:
        print(label, fn(*args, **kw))
    except Exception as e:
        print(label, type(e).__name__, e)


# --- singledispatch registration
@singledispatch
def g(x):
    return 'base'

attempt('reg-nonclass-func', g.register, 3, lambda x: x)
def plain(x):
    pass
plain.__annotations__ = {}
try:
    g.register(plain)
except TypeError as e:
    print('reg-unannotated', str(e).replace(hex(id(plain)), 'ADDR'))

def bad_ann(x: 3):
    pass
attempt('reg-bad-ann', g.register, bad_ann)

def bad_union(x: Union[int, list[int]]):
    pass
attempt('reg-bad-union', g.register, bad_union)

def for_float(x: float):
    return 'float'
print('reg-returns-func', g.register(for_float) is for_float)
deco = g.register(complex)
print('reg-deco', callable(deco), deco(lambda x: 'complex')(0))
print('dispatch', g(1.0), g(1j), g(1), g.dispatch(float).__name__)
def for_union(x: int | str):
    return 'int|str'
g.register(for_union)
print('union', g(1), g('a'), g(True), sorted(t.__name__ for t in g.registry))
attempt('no-args', g)
def setreg():
    g.registry[int] = None
attempt('registry-readonly', setreg)
print('kw', g(x=None) if False else g(None, ))


# --- dispatch through ABCs
@singledispatch
def h(x):
    return 'object'

@h.register
def _(x: cabc.Sized):
    return 'sized'

@h.register
def _(x: cabc.Iterable):
    return 'iterable'

class SizedOnly:
    def __len__(self):
        return 0

class IterOnly:
    def __iter__(self):
        return iter(())

class Both(SizedOnly, IterOnly):
    pass

print('abc', h(SizedOnly()), h(IterOnly()))
attempt('inherited', h, Both())
class SizedIter:
    def __len__(self): return 0
    def __iter__(self): return iter(())
attempt('ambiguous', h, SizedIter())

@h.register
def _(x: cabc.Collection):
    return 'collection'
class Coll:
    def __len__(self): return 0
    def __iter__(self): return iter(())
    def __contains__(self, x): return False
print('collection', h(Coll()), h([]), h(()), h(3))

@h.register
def _(x: cabc.Sequence):
    return 'sequence'
print('sequence', h([]), h(()), h('s'), h({}), h(set()))

class MyABC(abc.ABC):
    pass
class Late:
    pass
h.register(MyABC, lambda x: 'myabc')
print('late-before', h(Late()))
MyABC.register(Late)
print('late-after', h(Late()))

class P:
    pass
class Q(P):
    pass
class R(Q):
    pass
@singledispatch
def chain(x):
    return 'obj'
chain.register(P, lambda x: 'P')
print('chain', chain(R()), chain(Q()), chain.dispatch(R) is chain.registry[P])
chain.register(Q, lambda x: 'Q')
print('chain2', chain(R()), chain(P()))


# --- singledispatchmethod
class Fmt:
    @singledispatchmethod
    def show(self, arg):
        return f'obj {arg!r}'

    @show.register
    def _(self, arg: int):
        return f'int {arg}'

    @show.register(list)
    def _(self, arg):
        return f'list {len(arg)}'

    @singledispatchmethod
    @staticmethod
    def st(arg):
        return 'st obj'

    @st.register
    @staticmethod
    def _(arg: int):
        return 'st int'

f = Fmt()
print('sdm', f.show(1), f.show([1, 2]), f.show('x'), f.show.__name__)
print('sdm-static', Fmt.st(1), Fmt.st('a'), f.st(2))
attempt('sdm-noncallable', singledispatchmethod, 3)
print('sdm-abstract', singledispatchmethod(abc.abstractmethod(lambda s, x: 0)).__isabstractmethod__,
      singledispatchmethod(lambda s, x: 0).__isabstractmethod__)
print('sdm-get-abstract', Fmt.__dict__['show'].__get__(f, Fmt).__isabstractmethod__)


# --- cached_property
class Slotted:
    __slots__ = ('a',)
    @cached_property
    def val(self):
        return 1
attempt('cp-slots', lambda: Slotted().val)

cp = cached_property(lambda self: 5)
class Late2:
    pass
Late2.v = cp
attempt('cp-no-set-name', lambda: Late2().v)
cp.__set_name__(Late2, 'v')
print('cp-manual', Late2().v, cp.attrname)
cp.__set_name__(Late2, 'v')
attempt('cp-rename', cp.__set_name__, Late2, 'w')

class Meta(type):
    @cached_property
    def info(cls):
        return 'meta'
class WithMeta(metaclass=Meta):
    pass
attempt('cp-mappingproxy', lambda: WithMeta.info)

calls = []
class Counter:
    @cached_property
    def n(self):
        """doc of n"""
        calls.append(1)
        return len(calls)
c = Counter()
print('cp-count', c.n, c.n, len(calls), Counter.n.__doc__, type(Counter.n).__name__)
del c.n
print('cp-del', c.n, len(calls))
c.n = 99
print('cp-set', c.n, c.__dict__)
attempt('cp-raise', lambda: type('E', (), {'x': cached_property(lambda s: 1 / 0)})().x)


# --- partialmethod
class Cell:
    def __init__(self):
        self.state = None
    def set_state(self, state, extra=None):
        self.state = (state, extra)
        return self.state
    on = partialmethod(set_state, True)
    off = partialmethod(set_state, False, extra='x')
    nested = partialmethod(on, extra='n')
    cm = partialmethod(classmethod(lambda cls, a, b: (cls.__name__, a, b)), 1)
    sm = partialmethod(staticmethod(lambda a, b: (a, b)), 'A')

cell = Cell()
print('pm', cell.on(), cell.off(), cell.nested(), cell.on(extra=1))
print('pm-cm', Cell.cm(2), cell.cm(3))
print('pm-sm', Cell.sm('B'), cell.sm('C'))
print('pm-repr', repr(Cell.__dict__['off']).startswith('functools.partialmethod(<function Cell.set_state'),
      repr(Cell.__dict__['off']).endswith(", False, extra='x')"))
print('pm-nested', Cell.__dict__['nested'].args, Cell.__dict__['nested'].keywords,
      Cell.__dict__['nested'].func is Cell.set_state)
attempt('pm-noncallable', partialmethod, 5)
attempt('pm-nofunc', partialmethod)
print('pm-abstract', partialmethod(abc.abstractmethod(lambda s: 0)).__isabstractmethod__,
      Cell.__dict__['on'].__isabstractmethod__)
print('pm-class-get', Cell.on(cell), cell.state)
print('pm-alias', partialmethod[int])


# --- lru_cache keys and arguments
seen = []
@lru_cache(maxsize=None, typed=True)
def typed(*a, **k):
    seen.append((a, tuple(sorted(k.items()))))
    return len(seen)
print('typed', typed(1), typed(1.0), typed(1), typed(True), typed(a=1), typed(a=1.0), typed(a=1))
print('typed-info', typed.cache_info(), typed.cache_parameters())

@lru_cache(maxsize=2)
def small(x):
    return x * 2
for v in (1, 2, 1, 3, 2, 1):
    small(v)
print('small', small.cache_info())
attempt('lru-bad', lru_cache, 'x')
attempt('lru-bad-float', lru_cache, 1.5)
@lru_cache(maxsize=-5)
def neg(x):
    return x
neg(1); neg(1)
print('lru-neg', neg.cache_info(), neg.cache_parameters())
@lru_cache
def bare(x):
    """bare doc"""
    return x
bare(1); bare(1)
print('lru-bare', bare.cache_info(), bare.cache_parameters(), bare.__name__, bare.__doc__, bare.__wrapped__(7))
attempt('lru-unhashable', bare, [])
@cache
def kw(a, b=0):
    return a + b
print('cache-kw', kw(1, b=2), kw(1, 2), kw(a=1, b=2), kw(b=2, a=1), kw.cache_info())
attempt('cache-twoargs', cache, len, len)


# --- total_ordering
attempt('to-none', total_ordering, type('N', (), {}))

@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, V) and self.v == o.v
    def __gt__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.v > o.v
a, b = V(1), V(2)
print('to-gt', a < b, a <= b, a >= b, a > b, a <= V(1), a >= V(1), V.__lt__.__name__, V.__le__.__name__)
attempt('to-notimpl', lambda: a < 3)
attempt('to-notimpl2', lambda: a >= 'x')
print('to-direct', V.__lt__(a, 3), V.__ge__(a, None))

@total_ordering
class Multi:
    def __init__(self, v):
        self.v = v
    def __le__(self, o):
        return self.v <= o.v
    def __gt__(self, o):
        return self.v > o.v
print('to-multi', sorted(n for n in ('__lt__', '__ge__') if n in Multi.__dict__),
      Multi(1) < Multi(2), Multi(2) >= Multi(2))
for op in ('__lt__', '__le__', '__gt__', '__ge__'):
    cls = total_ordering(type('T' + op, (), {op: lambda s, o: NotImplemented}))
    print('to-defined', op, sorted(n for n in ('__lt__', '__le__', '__gt__', '__ge__') if n in cls.__dict__))


# --- update_wrapper / wraps
def src(a):
    """src doc"""
src.__dict__['extra'] = 1
src.__wrapped__ = 'inner'
def wrapper(*a):
    pass
res = update_wrapper(wrapper, src)
print('uw', res is wrapper, wrapper.__name__, wrapper.__doc__, wrapper.extra, wrapper.__wrapped__ is src)
class NoName:
    pass
def w2():
    pass
update_wrapper(w2, NoName(), assigned=('__name__', '__doc__'), updated=())
print('uw-missing', w2.__name__, w2.__doc__, type(w2.__wrapped__).__name__)
attempt('uw-bad-updated', update_wrapper, lambda: 0, src, updated=('nope',))
@wraps(src, assigned=('__doc__',))
def w3():
    pass
print('wraps', w3.__name__, w3.__doc__, w3.extra)
p = partial(lambda: 0)
attempt('uw-partial', lambda: type(update_wrapper(p, src)).__name__ + ' ' + p.__name__)
