"""Abstract base classes for containers, published as collections.abc.

Two kinds live here. The one-protocol ABCs (Iterable, Sized, Hashable...)
recognise any class that defines their methods, with no registration:
the _protocol decorator gives each its __subclasshook__. The richer ABCs
(Set, Mapping, Sequence and their mutable forms) are meant to be derived
from: a subclass supplies a few primitive methods and inherits the rest
as mixins written in terms of those primitives.
"""

from abc import ABCMeta, abstractmethod
import sys

# Functions and classes below report this module name, the public one.
__name__ = 'collections.abc'

GenericAlias = type(list[int])
EllipsisType = type(...)
FunctionType = type(lambda: None)

# The public names, in the order CPython lists them.
__all__ = """
    Awaitable Coroutine AsyncIterable AsyncIterator AsyncGenerator
    Hashable Iterable Iterator Generator Reversible Sized Container
    Callable Collection Set MutableSet Mapping MutableMapping
    MappingView KeysView ItemsView ValuesView Sequence MutableSequence
    ByteString
""".split()


# Concrete builtin types that are registered with the ABCs at the end of
# the module. They are plain module attributes, as in CPython.
(bytes_iterator, bytearray_iterator, str_iterator, tuple_iterator,
 list_iterator, set_iterator, range_iterator, zip_iterator,
 list_reverseiterator) = [type(it) for it in (
     iter(b''), iter(bytearray()), iter(''), iter(()), iter([]), iter(set()),
     iter(range(0)), iter(zip()), reversed([]))]
try:
    longrange_iterator = type(iter(range(1 << 1000)))
except OverflowError:
    # gilpy's ranges have 64-bit bounds (see docs/deviations.md): there is
    # no separate iterator type for huge ranges.
    longrange_iterator = range_iterator
_sample = {}
dict_keys, dict_values, dict_items = (
    type(_sample.keys()), type(_sample.values()), type(_sample.items()))
dict_keyiterator, dict_valueiterator, dict_itemiterator = (
    type(iter(_sample.keys())), type(iter(_sample.values())),
    type(iter(_sample.items())))
del _sample
mappingproxy = type(type.__dict__)


def _sample_generator():
    yield


async def _sample_coroutine():
    pass


async def _sample_async_generator():
    yield


generator = type(_sample_generator())
async_generator = type(_sample_async_generator())
_pending = _sample_coroutine()
coroutine = type(_pending)
_pending.close()  # closed at once, so that it never warns about an await
del _pending, _sample_generator, _sample_coroutine, _sample_async_generator


def _check_methods(C, *methods):
    """True when every name in methods is found on C's MRO with a value
    other than None (None there is how a class opts out, as in
    __hash__ = None); NotImplemented otherwise, which lets the normal
    subclass test decide."""
    for name in methods:
        owner = next((k for k in C.__mro__ if name in k.__dict__), None)
        if owner is None or owner.__dict__[name] is None:
            return NotImplemented
    return True


def _protocol(*methods):
    """Class decorator for a one-protocol ABC: classes that define all of
    methods count as its subclasses. Only the decorated class answers;
    its own subclasses fall back to explicit inheritance and register()."""
    def decorate(abc_class):
        def __subclasshook__(cls, C):
            if cls is abc_class:
                return _check_methods(C, *methods)
            return NotImplemented
        __subclasshook__.__qualname__ = abc_class.__qualname__ + '.__subclasshook__'
        abc_class.__subclasshook__ = classmethod(__subclasshook__)
        return abc_class
    return decorate


def _raise_thrown(typ, val, tb):
    # What throw() does by default: raise the thrown exception, given
    # as a type or instance, with an optional value and traceback.
    if val is None and tb is not None:
        val = typ()
    exc = typ if val is None else val
    if tb is not None:
        exc = exc.with_traceback(tb)
    raise exc


def _close_by_throwing(obj, kind):
    # close() throws GeneratorExit in; finishing or letting it out is a
    # clean close, producing another value is an error.
    try:
        obj.throw(GeneratorExit)
    except (GeneratorExit, StopIteration):
        return
    raise RuntimeError(kind + ' ignored GeneratorExit')


# ---------------------------------------------------------------------------
# One-protocol ABCs

@_protocol('__hash__')
class Hashable(metaclass=ABCMeta):

    @abstractmethod
    def __hash__(self):
        return 0

    __slots__ = ()


@_protocol('__await__')
class Awaitable(metaclass=ABCMeta):
    __class_getitem__ = classmethod(GenericAlias)

    @abstractmethod
    def __await__(self):
        yield

    __slots__ = ()


@_protocol('__await__', 'send', 'throw', 'close')
class Coroutine(Awaitable):
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        """Resume the coroutine with value; StopIteration when it ends."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception at the coroutine's suspension point."""
        _raise_thrown(typ, val, tb)

    def close(self):
        """Finish the coroutine by throwing GeneratorExit into it."""
        _close_by_throwing(self, 'coroutine')


@_protocol('__aiter__')
class AsyncIterable(metaclass=ABCMeta):
    __class_getitem__ = classmethod(GenericAlias)

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    __slots__ = ()


@_protocol('__anext__', '__aiter__')
class AsyncIterator(AsyncIterable):

    def __aiter__(self):
        return self

    @abstractmethod
    async def __anext__(self):
        """Await the next item; StopAsyncIteration once exhausted."""
        raise StopAsyncIteration

    __slots__ = ()


@_protocol('__aiter__', '__anext__', 'asend', 'athrow', 'aclose')
class AsyncGenerator(AsyncIterator):
    __slots__ = ()

    async def __anext__(self):
        """Await the next item; StopAsyncIteration once exhausted."""
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        """Resume with value and await the next item."""
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        """Raise an exception at the suspension point; await the next item."""
        _raise_thrown(typ, val, tb)

    async def aclose(self):
        """Finish the generator by throwing GeneratorExit into it."""
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            return
        raise RuntimeError('asynchronous generator ignored GeneratorExit')


@_protocol('__iter__')
class Iterable(metaclass=ABCMeta):
    __class_getitem__ = classmethod(GenericAlias)

    @abstractmethod
    def __iter__(self):
        yield from ()

    __slots__ = ()


@_protocol('__iter__', '__next__')
class Iterator(Iterable):

    def __iter__(self):
        return self

    @abstractmethod
    def __next__(self):
        'Return the next item; StopIteration once exhausted.'
        raise StopIteration

    __slots__ = ()


@_protocol('__reversed__', '__iter__')
class Reversible(Iterable):

    @abstractmethod
    def __reversed__(self):
        yield from ()

    __slots__ = ()


@_protocol('__iter__', '__next__', 'send', 'throw', 'close')
class Generator(Iterator):
    __slots__ = ()

    def __next__(self):
        """Return the next item; StopIteration once exhausted."""
        return self.send(None)

    @abstractmethod
    def send(self, value):
        """Resume the generator with value and return the next item."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception at the suspension point; return the next item."""
        _raise_thrown(typ, val, tb)

    def close(self):
        """Finish the generator by throwing GeneratorExit into it."""
        _close_by_throwing(self, 'generator')


@_protocol('__len__')
class Sized(metaclass=ABCMeta):

    @abstractmethod
    def __len__(self):
        return 0

    __slots__ = ()


@_protocol('__contains__')
class Container(metaclass=ABCMeta):
    __class_getitem__ = classmethod(GenericAlias)

    @abstractmethod
    def __contains__(self, x):
        return False

    __slots__ = ()


@_protocol('__len__', '__iter__', '__contains__')
class Collection(Sized, Iterable, Container):
    __slots__ = ()


# ---------------------------------------------------------------------------
# Callable and its subscription, Callable[[arg, ...], result]

def _is_param_expr(obj):
    # Whether obj may stand for a whole parameter list: ..., a list of
    # types, or typing's ParamSpec / Concatenate[...].
    if obj is Ellipsis or isinstance(obj, list):
        return True
    kind = type(obj)
    return (kind.__module__ == 'typing'
            and kind.__name__ in ('ParamSpec', '_ConcatenateGenericAlias'))


def _type_repr(obj):
    # A type argument as it reads inside an alias's repr.
    if obj is Ellipsis:
        return '...'
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return obj.__module__ + '.' + obj.__qualname__
    return obj.__name__ if isinstance(obj, FunctionType) else repr(obj)


def _whole_params(args):
    # Whether a Callable alias's first argument stands for all the
    # parameters (it is then shown as it is, not as a list).
    return len(args) == 2 and _is_param_expr(args[0])


class _CallableGenericAlias(GenericAlias):
    """The alias Callable[...] makes. Its __args__ are flattened to
    (arg, ..., result), but the repr shows the arguments as a list.
    (Attribute lookups other than dunders go to the origin class, so the
    helpers are module functions.)"""

    __slots__ = ()

    def __new__(cls, origin, args):
        if not isinstance(args, tuple) or len(args) != 2:
            raise TypeError(
                "Callable must be used as Callable[[arg, ...], result].")
        params, result = args
        if isinstance(params, (list, tuple)):
            flat = (*params, result)
        elif _is_param_expr(params):
            flat = args
        else:
            raise TypeError("Expected a list of types, an ellipsis, "
                            f"ParamSpec, or Concatenate. Got {params}")
        return super().__new__(cls, origin, flat)

    def __repr__(self):
        if _whole_params(self.__args__):
            return super().__repr__()
        *params, result = self.__args__
        shown = ', '.join(_type_repr(p) for p in params)
        return f'collections.abc.Callable[[{shown}], {_type_repr(result)}]'

    def __reduce__(self):
        if _whole_params(self.__args__):
            args = self.__args__
        else:
            args = (list(self.__args__[:-1]), self.__args__[-1])
        return _CallableGenericAlias, (Callable, args)

    def __getitem__(self, item):
        substituted = super().__getitem__(item).__args__
        if isinstance(substituted[0], (list, tuple)):
            pair = substituted
        else:
            pair = (substituted[:-1], substituted[-1])
        return _CallableGenericAlias(Callable, tuple(pair))


@_protocol('__call__')
class Callable(metaclass=ABCMeta):
    __class_getitem__ = classmethod(_CallableGenericAlias)

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    __slots__ = ()


# ---------------------------------------------------------------------------
# Sets

def _contains_all(container, items):
    # Subset test helper: every element of items is in container.
    if len(items) > len(container):
        return False
    return all(x in container for x in items)


class Set(Collection):
    """A finite set. A subclass supplies __contains__, __iter__ and
    __len__ and gets the comparisons, &, |, -, ^ and isdisjoint. The
    operators build their results through the _from_iterable classmethod,
    which calls the class with an iterable; override it when the
    constructor wants something else."""

    __slots__ = ()

    def __le__(self, other):
        return _contains_all(other, self) if isinstance(other, Set) else NotImplemented

    def __ge__(self, other):
        return _contains_all(self, other) if isinstance(other, Set) else NotImplemented

    def __lt__(self, other):
        if isinstance(other, Set):
            return len(self) < len(other) and self.__le__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, Set):
            return len(self) > len(other) and self.__ge__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, Set):
            return len(self) == len(other) and self.__le__(other)
        return NotImplemented

    @classmethod
    def _from_iterable(cls, it):
        """Make an instance of cls from the elements of it."""
        return cls(it)

    def _coerce(self, other):
        # The right operand of -, ^ as a Set, or None when the operation
        # is not ours to do.
        if isinstance(other, Set):
            return other
        if isinstance(other, Iterable):
            return self._from_iterable(other)
        return None

    def __and__(self, other):
        if isinstance(other, Iterable):
            return self._from_iterable(x for x in other if x in self)
        return NotImplemented

    def __or__(self, other):
        if isinstance(other, Iterable):
            return self._from_iterable(x for part in (self, other) for x in part)
        return NotImplemented

    def __sub__(self, other):
        other = self._coerce(other)
        if other is None:
            return NotImplemented
        return self._from_iterable(x for x in self if x not in other)

    def __rsub__(self, other):
        other = self._coerce(other)
        if other is None:
            return NotImplemented
        return self._from_iterable(x for x in other if x not in self)

    def __xor__(self, other):
        other = self._coerce(other)
        if other is None:
            return NotImplemented
        return (self - other) | (other - self)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__

    def isdisjoint(self, other):
        'True when no element of other is in the set.'
        return not any(x in self for x in other)

    def _hash(self):
        """A hash of the elements alone, the same number frozenset gives
        for equal contents; a hashable subclass can use it as __hash__."""
        limit = sys.maxsize
        mask = 2 * limit + 1
        acc = (len(self) + 1) * 1927868237
        for x in self:
            h = hash(x)
            acc ^= (h ^ (h << 16) ^ 89869747) * 3644798167
        # Masking once is enough for the xors; the shifts need it first.
        acc &= mask
        acc ^= (acc >> 11) ^ (acc >> 25)
        acc = (acc * 69069 + 907133923) & mask
        if acc > limit:
            acc -= mask + 1
        return 590923713 if acc == -1 else acc


class MutableSet(Set):
    """A set that changes in place: a subclass adds add() and discard()
    and gets remove, pop, clear and the in-place operators."""

    __slots__ = ()

    @abstractmethod
    def add(self, value):
        """Put value in the set."""
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        """Take value out of the set when it is there."""
        raise NotImplementedError

    def remove(self, value):
        """Like discard, but KeyError when value is absent."""
        if value in self:
            self.discard(value)
        else:
            raise KeyError(value)

    def pop(self):
        """Take out and return an arbitrary element; KeyError when empty."""
        for value in self:
            break
        else:
            raise KeyError
        self.discard(value)
        return value

    def clear(self):
        """Take out every element."""
        while True:
            try:
                self.pop()
            except KeyError:
                return

    def __ior__(self, it):
        for x in it:
            self.add(x)
        return self

    def __iand__(self, it):
        for x in self - it:
            self.discard(x)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
            return self
        for x in it:
            self.discard(x)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        toggled = it if isinstance(it, Set) else self._from_iterable(it)
        for x in toggled:
            (self.discard if x in self else self.add)(x)
        return self


# ---------------------------------------------------------------------------
# Mappings and their views

class Mapping(Collection):
    """A read-only mapping: a subclass supplies __getitem__, __iter__ and
    __len__, and gets get, in, keys, items, values and ==."""

    __slots__ = ()

    # Instances match mapping patterns in match statements.
    __abc_tpflags__ = 1 << 6

    # Mappings are not reversible unless they say so.
    __reversed__ = None

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def get(self, key, default=None):
        'The value of key, or default when key is absent.'
        try:
            value = self[key]
        except KeyError:
            value = default
        return value

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def keys(self):
        "A set-like view of the keys."
        return KeysView(self)

    def items(self):
        "A set-like view of the (key, value) pairs."
        return ItemsView(self)

    def values(self):
        "A view of the values."
        return ValuesView(self)

    def __eq__(self, other):
        if isinstance(other, Mapping):
            return dict(self.items()) == dict(other.items())
        return NotImplemented


class MappingView(Sized):
    __slots__ = '_mapping',
    __class_getitem__ = classmethod(GenericAlias)

    def __repr__(self):
        return f'{type(self).__name__}({self._mapping!r})'

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)


def _same(a, b):
    # Container membership: identity first, then equality.
    return a is b or a == b


class KeysView(MappingView, Set):
    __slots__ = ()

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping

    @classmethod
    def _from_iterable(cls, it):
        # Operators on views produce plain sets.
        return set(it)


class ItemsView(MappingView, Set):
    __slots__ = ()

    _from_iterable = KeysView.__dict__['_from_iterable']

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield key, mapping[key]

    def __contains__(self, item):
        key, value = item
        try:
            found = self._mapping[key]
        except KeyError:
            return False
        return _same(found, value)


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]

    def __contains__(self, value):
        return any(_same(v, value) for v in self)


_ABSENT = object()


class MutableMapping(Mapping):
    """A mapping that changes in place: a subclass adds __setitem__ and
    __delitem__ and gets pop, popitem, clear, update and setdefault."""

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    __slots__ = ()

    def pop(self, key, default=_ABSENT):
        """Remove key and return its value; when key is absent, default if
        given, else KeyError."""
        try:
            value = self[key]
        except KeyError:
            if default is _ABSENT:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        """Remove and return some (key, value) pair; KeyError when empty."""
        for key in self:
            break
        else:
            raise KeyError
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        'Remove every item.'
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        """Store the items of other, then the keyword arguments. other is
        a mapping, anything with keys() and [], or (key, value) pairs."""
        if isinstance(other, Mapping):
            keys = other
        elif hasattr(other, 'keys'):
            keys = other.keys()
        else:
            keys = None
        if keys is None:
            for key, value in other:
                self[key] = value
        else:
            for key in keys:
                self[key] = other[key]
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        'The value of key, storing default first when key is absent.'
        try:
            return self[key]
        except KeyError:
            pass
        self[key] = default
        return default


# ---------------------------------------------------------------------------
# Sequences

class Sequence(Reversible, Collection):
    """A read-only sequence: a subclass supplies __len__ and a
    __getitem__ that raises IndexError past the end, and gets iteration,
    reversed(), in, index and count."""

    __slots__ = ()

    # Instances match sequence patterns in match statements.
    __abc_tpflags__ = 1 << 5

    def __iter__(self):
        # Index until IndexError: the length may change while iterating.
        i = 0
        try:
            while True:
                yield self[i]
                i += 1
        except IndexError:
            return

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __reversed__(self):
        i = len(self)
        while i > 0:
            i -= 1
            yield self[i]

    def __contains__(self, value):
        return any(_same(v, value) for v in self)

    def index(self, value, start=0, stop=None):
        """Position of the first item equal to value within [start, stop);
        ValueError when there is none."""
        if start is not None and start < 0:
            start = max(0, start + len(self))
        if stop is not None and stop < 0:
            stop = stop + len(self)
        i = start
        while stop is None or i < stop:
            try:
                item = self[i]
            except IndexError:
                break
            if _same(item, value):
                return i
            i += 1
        raise ValueError

    def count(self, value):
        'Number of items equal to value.'
        return sum(1 for v in self if _same(v, value))


class ByteString(Sequence):
    """bytes and bytearray."""

    __slots__ = ()


class MutableSequence(Sequence):
    """A sequence that changes in place: a subclass adds __setitem__,
    __delitem__ and insert, and gets append, extend, pop, remove,
    reverse, clear and +=."""

    @abstractmethod
    def insert(self, index, value):
        'Put value before position index.'
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    __slots__ = ()

    def append(self, value):
        'Put value at the end.'
        self.insert(len(self), value)

    def extend(self, values):
        'Append every item of values.'
        # Extending with itself must not see its own growth.
        for v in list(values) if values is self else values:
            self.append(v)

    def __iadd__(self, values):
        self.extend(values)
        return self

    def pop(self, index=-1):
        """Remove and return the item at index (the last one by default);
        IndexError when there is none."""
        value = self[index]
        del self[index]
        return value

    def remove(self, value):
        """Remove the first item equal to value; ValueError when none is."""
        del self[self.index(value)]

    def reverse(self):
        'Reverse the items in place.'
        lo, hi = 0, len(self) - 1
        while lo < hi:
            self[lo], self[hi] = self[hi], self[lo]
            lo, hi = lo + 1, hi - 1

    def clear(self):
        'Remove every item.'
        while True:
            try:
                self.pop()
            except IndexError:
                return


# ---------------------------------------------------------------------------
# The builtin types each ABC vouches for.

for _abc, _types in (
        (Coroutine, (coroutine,)),
        (AsyncGenerator, (async_generator,)),
        (Iterator, (bytes_iterator, bytearray_iterator, dict_keyiterator,
                    dict_valueiterator, dict_itemiterator, list_iterator,
                    list_reverseiterator, range_iterator, longrange_iterator,
                    set_iterator, str_iterator, tuple_iterator, zip_iterator)),
        (Generator, (generator,)),
        (Set, (frozenset,)),
        (MutableSet, (set,)),
        (Mapping, (mappingproxy,)),
        (KeysView, (dict_keys,)),
        (ItemsView, (dict_items,)),
        (ValuesView, (dict_values,)),
        (MutableMapping, (dict,)),
        (Sequence, (tuple, str, range, memoryview)),
        (ByteString, (bytes, bytearray)),
        (MutableSequence, (list, bytearray))):
    for _t in _types:
        _abc.register(_t)
del _abc, _types, _t
