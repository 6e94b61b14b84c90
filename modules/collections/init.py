"""Container datatypes beyond dict, list, set and tuple:

namedtuple   factory of tuple subclasses whose items have names
deque        list-like sequence with fast appends and pops at both ends
ChainMap     several mappings looked up as one
Counter      dict counting hashable objects
OrderedDict  dict that can move its keys and pop from either end
defaultdict  dict that makes the values of missing keys with a factory
UserDict, UserList, UserString  wrappers that are simple to subclass
"""

__all__ = [
    'ChainMap',
    'Counter',
    'OrderedDict',
    'UserDict',
    'UserList',
    'UserString',
    'defaultdict',
    'deque',
    'namedtuple',
]

import _collections_abc
import sys as _sys

from itertools import chain as _chain
from itertools import repeat as _repeat
from itertools import starmap as _starmap
from keyword import iskeyword as _iskeyword
from operator import eq as _eq
from operator import itemgetter as _itemgetter
from reprlib import recursive_repr as _recursive_repr

from _collections import deque, defaultdict, _count_elements
from _gilpy_stdlib import set_c_type_name as _set_c_type_name

_collections_abc.MutableSequence.register(deque)

_MISSING = object()


# ---------------------------------------------------------------------------
# OrderedDict
#
# gilpy's dicts keep their keys in insertion order, so OrderedDict is a
# dict subclass whose own operations (moving a key, popping from either
# end, order-aware equality) rearrange that order.

class _odict_keys(_collections_abc.KeysView):
    __slots__ = ()

    def __reversed__(self):
        return reversed(dict.keys(self._mapping))

    def __repr__(self):
        return f'odict_keys({list(self)!r})'


class _odict_items(_collections_abc.ItemsView):
    __slots__ = ()

    def __reversed__(self):
        mapping = self._mapping
        return ((k, mapping[k]) for k in reversed(dict.keys(mapping)))

    def __repr__(self):
        return f'odict_items({list(self)!r})'


class _odict_values(_collections_abc.ValuesView):
    __slots__ = ()

    def __reversed__(self):
        mapping = self._mapping
        return (mapping[k] for k in reversed(dict.keys(mapping)))

    def __repr__(self):
        return f'odict_values({list(self)!r})'


for _cls, _name in ((_odict_keys, 'odict_keys'), (_odict_items, 'odict_items'),
                    (_odict_values, 'odict_values')):
    _cls.__name__ = _cls.__qualname__ = _name
del _cls, _name


class OrderedDict(dict):
    'A dict that can move keys to either end and pop from either end.'

    def __init__(self, *args, **kwds):
        if len(args) > 1:
            raise TypeError(f'expected at most 1 arguments, got {len(args)}')
        self.__update(args, kwds)

    def __reversed__(self):
        return reversed(dict.keys(self))

    def move_to_end(self, key, last=True):
        '''Move key to the end, or to the front when last is false.

        KeyError if key is missing.'''
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        others = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in others:
            dict.__setitem__(self, k, v)

    def popitem(self, last=True):
        '''Remove and return the last (key, value) pair, or the first when
        last is false.'''
        if not self:
            raise KeyError('dictionary is empty')
        keys = dict.keys(self)
        key = next(reversed(keys)) if last else next(iter(keys))
        return key, dict.pop(self, key)

    def keys(self):
        "A set-like view of the keys, in order."
        return _odict_keys(self)

    def items(self):
        "A set-like view of the (key, value) pairs, in order."
        return _odict_items(self)

    def values(self):
        "A view of the values, in order."
        return _odict_values(self)

    def update(self, *args, **kwds):
        '''Set items from a mapping (or an object with keys()) or an
        iterable of pairs, then from the keyword arguments.'''
        if len(args) > 1:
            raise TypeError(f'update() takes at most 1 positional argument ({len(args)} given)')
        self.__update(args, kwds)

    def __update(self, args, kwds):
        if args:
            other = args[0]
            if type(other) is dict or hasattr(other, 'keys'):
                for key in other.keys():
                    self[key] = other[key]
            else:
                for item in other:
                    pair = tuple(item)
                    if len(pair) != 2:
                        if len(pair) > 2:
                            raise ValueError('too many values to unpack (expected 2)')
                        s = '' if len(pair) == 1 else 's'
                        raise ValueError(f'need more than {len(pair)} value{s} to unpack')
                    self[pair[0]] = pair[1]
        for key, value in kwds.items():
            self[key] = value

    def pop(self, key, default=_MISSING):
        '''Remove key and return its value; default if it is missing and
        given, else KeyError.'''
        if key in self:
            value = self[key]
            dict.__delitem__(self, key)
            return value
        if default is _MISSING:
            raise KeyError(key)
        return default

    def setdefault(self, key, default=None):
        '''self[key], after setting it to default if it was missing.'''
        if key in self:
            return self[key]
        self[key] = default
        return default

    @_recursive_repr()
    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return f'{name}()'
        return f'{name}({list(self.items())!r})'

    def __reduce__(self):
        state = vars(self).copy() if hasattr(self, '__dict__') else None
        return self.__class__, (), state or None, None, iter(self.items())

    def copy(self):
        'A shallow copy.'
        return self.__class__(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        '''A new ordered dictionary with the keys of iterable, each set to
        value.'''
        new = cls()
        for key in iterable:
            new[key] = value
        return new

    def __eq__(self, other):
        # Between two OrderedDicts the order counts; with other mappings
        # it does not.
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and all(map(_eq, self, other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    __hash__ = None

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new


# CPython's OrderedDict is a C type named 'collections.OrderedDict' in
# messages ('collections.OrderedDict' object has no attribute ...).
_set_c_type_name(OrderedDict, 'collections.OrderedDict')


# ---------------------------------------------------------------------------
# namedtuple

from _collections import _tuplegetter


def _check_names(typename, field_names, rename):
    names = []
    seen = set()
    for index, name in enumerate(field_names):
        if rename and (not name.isidentifier() or _iskeyword(name)
                       or name.startswith('_') or name in seen):
            name = f'_{index}'
        seen.add(field_names[index])
        names.append(name)
    for name in [typename] + names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
        if _iskeyword(name):
            raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')
    seen = set()
    for name in names:
        if name.startswith('_') and not rename:
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)
    return tuple(_sys.intern(n) for n in names)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A new tuple subclass named typename whose items can also be read as
    attributes: namedtuple('Point', 'x y') makes Point(x, y), with
    _fields, _make(), _replace(), _asdict() and a readable repr.
    field_names is a sequence of names or one string of names separated
    by spaces or commas; defaults apply to the rightmost fields."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    typename = _sys.intern(str(typename))
    fields = _check_names(typename, list(map(str, field_names)), rename)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(fields):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(fields[len(fields) - len(defaults):], defaults))

    nfields = len(fields)
    params = ', '.join(fields) + (',' if nfields == 1 else '')
    item_reprs = ', '.join(f'{name}=%r' for name in fields)

    # __new__ is compiled from source so that it has the fields as its
    # parameters: calls with wrong arguments then fail with the usual
    # messages, naming the fields.
    env = {'_make_tuple': tuple.__new__, '__builtins__': {},
           '__name__': f'namedtuple_{typename}'}
    exec(f'def __new__(_cls, {params}):\n    return _make_tuple(_cls, ({params}))\n', env)
    __new__ = env['__new__']
    __new__.__doc__ = f'Create new instance of {typename}({params})'
    if defaults is not None:
        __new__.__defaults__ = defaults

    make_tuple = tuple.__new__

    def _make(cls, iterable):
        made = make_tuple(cls, iterable)
        if len(made) != nfields:
            raise TypeError(f'Expected {nfields} arguments, got {len(made)}')
        return made

    _make.__doc__ = f'Make a new {typename} object from a sequence or iterable'

    def _replace(self, /, **kwds):
        made = self._make(map(kwds.pop, fields, self))
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return made

    _replace.__doc__ = f'Return a new {typename} object replacing specified fields with new values'

    def __repr__(self):
        'The type name and each field=value.'
        return self.__class__.__name__ + f'({item_reprs})' % self

    def _asdict(self):
        'A dict of the field names and values.'
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        'The values as a plain tuple (for copy and pickle).'
        return tuple(self)

    for func in (__new__, _make, _replace, __repr__, _asdict, __getnewargs__):
        func.__qualname__ = f'{typename}.{func.__name__}'

    namespace = {
        '__doc__': f'{typename}({params})',
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': fields,
    }
    for index, name in enumerate(fields):
        namespace[name] = _tuplegetter(index, _sys.intern(f'Alias for field number {index}'))
    cls = type(typename, (tuple,), namespace)

    # The class belongs to the module that called namedtuple (pickle finds
    # it there), unless module says otherwise.
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    if module is not None:
        cls.__module__ = module
    return cls


# ---------------------------------------------------------------------------
# Counter

class Counter(dict):
    '''A dict of counts: Counter('abracadabra') counts each letter.
    Missing keys count 0; counts may be zero or negative. most_common(),
    elements(), total(), update() and subtract() work on the counts, and
    +, -, |, & combine counters, keeping only positive counts.'''

    def __init__(self, iterable=None, /, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        'A missing key counts zero.'
        return 0

    def total(self):
        'The sum of the counts.'
        return sum(self.values())

    def most_common(self, n=None):
        '''The n most common elements with their counts, most common
        first (all of them when n is None); equal counts keep the order
        in which the elements were first met.'''
        if n is None:
            return sorted(self.items(), key=_itemgetter(1), reverse=True)
        import heapq
        return heapq.nlargest(n, self.items(), key=_itemgetter(1))

    def elements(self):
        '''An iterator over the elements, each repeated as many times as
        its count; elements whose count is below one are left out.'''
        return _chain.from_iterable(_starmap(_repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        # Counting each key once would be ambiguous (Counter(iterable)
        # already counts), so this dict method is refused.
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        '''Add counts from an iterable of elements or from a mapping of
        counts, then from the keyword arguments.'''
        if iterable is not None:
            if isinstance(iterable, _collections_abc.Mapping):
                if self:
                    get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        '''Subtract counts, from an iterable of elements or a mapping of
        counts, then from the keyword arguments; counts may go below zero.'''
        if iterable is not None:
            get = self.get
            if isinstance(iterable, _collections_abc.Mapping):
                for elem, count in iterable.items():
                    self[elem] = get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        'A shallow copy.'
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        'Deleting a missing element is not an error.'
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        name = self.__class__.__name__
        if not self:
            return f'{name}()'
        try:
            counts = dict(self.most_common())
        except TypeError:
            # Counts that cannot be ordered are shown as they are.
            counts = dict(self)
        return f'{name}({counts!r})'

    # Comparisons treat missing elements as counted zero.

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def __add__(self, other):
        'Add counts; only positive results are kept.'
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            total = count + other[elem]
            if total > 0:
                result[elem] = total
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        'Subtract counts; only positive results are kept.'
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            diff = count - other[elem]
            if diff > 0:
                result[elem] = diff
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        'The larger of each count; only positive results are kept.'
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            larger = other_count if count < other_count else count
            if larger > 0:
                result[elem] = larger
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        'The smaller of each count; only positive results are kept.'
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            smaller = count if count < other_count else other_count
            if smaller > 0:
                result[elem] = smaller
        return result

    def __pos__(self):
        'The positive counts.'
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        'The negated negative counts.'
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        # Drop the counts that are zero or negative, in place.
        for elem in [e for e, count in self.items() if not count > 0]:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            if other_count > self[elem]:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


# ---------------------------------------------------------------------------
# ChainMap

class ChainMap(_collections_abc.MutableMapping):
    '''Several mappings seen as one: lookups search maps in order, and
    writes, updates and deletions go to the first. The mappings are kept
    (not copied) in the public list maps.'''

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # The keys of the last mapping first, as a dict built by updating
        # with each mapping from the last to the first would order them.
        keys = {}
        for mapping in reversed(self.maps):
            keys.update(dict.fromkeys(mapping))
        return iter(keys)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_recursive_repr()
    def __repr__(self):
        return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        'A ChainMap of one new dict with the keys of iterable.'
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        'A new ChainMap with a copy of the first mapping and the others shared.'
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        '''A new ChainMap with m (a new dict by default, updated with
        kwargs) in front of this one's mappings.'''
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        'A new ChainMap of all the mappings but the first.'
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        'Remove and return an item of the first mapping.'
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        'Remove key from the first mapping and return its value.'
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        'Empty the first mapping.'
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        new = self.copy()
        new.maps[0].update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        merged = dict(other)
        for mapping in reversed(self.maps):
            merged.update(mapping)
        return self.__class__(merged)


# ---------------------------------------------------------------------------
# UserDict, UserList, UserString: the real container is in .data

class UserDict(_collections_abc.MutableMapping):
    'A dict-like class keeping its items in the dict .data.'

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, "__missing__"):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        new = self.__class__.__new__(self.__class__)
        new.__dict__.update(self.__dict__)
        new.__dict__['data'] = self.__dict__['data'].copy()
        return new

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        import copy
        data = self.data
        try:
            self.data = {}
            new = copy.copy(self)
        finally:
            self.data = data
        new.update(self)
        return new

    @classmethod
    def fromkeys(cls, iterable, value=None):
        new = cls()
        for key in iterable:
            new[key] = value
        return new


class UserList(_collections_abc.MutableSequence):
    'A list-like class keeping its items in the list .data.'

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < self.__cast(other)

    def __le__(self, other):
        return self.data <= self.__cast(other)

    def __eq__(self, other):
        return self.data == self.__cast(other)

    def __gt__(self, other):
        return self.data > self.__cast(other)

    def __ge__(self, other):
        return self.data >= self.__cast(other)

    def __cast(self, other):
        return other.data if isinstance(other, UserList) else other

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        if isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        if isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        new = self.__class__.__new__(self.__class__)
        new.__dict__.update(self.__dict__)
        new.__dict__['data'] = self.__dict__['data'][:]
        return new

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


class UserString(_collections_abc.Sequence):
    'A str-like class keeping its text in the str .data.'

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        if isinstance(string, UserString):
            return self.data == string.data
        return self.data == string

    def __lt__(self, string):
        if isinstance(string, UserString):
            return self.data < string.data
        return self.data < string

    def __le__(self, string):
        if isinstance(string, UserString):
            return self.data <= string.data
        return self.data <= string

    def __gt__(self, string):
        if isinstance(string, UserString):
            return self.data > string.data
        return self.data > string

    def __ge__(self, string):
        if isinstance(string, UserString):
            return self.data >= string.data
        return self.data >= string

    def __contains__(self, char):
        if isinstance(char, UserString):
            char = char.data
        return char in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        if isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    def capitalize(self):
        return self.__class__(self.data.capitalize())

    def casefold(self):
        return self.__class__(self.data.casefold())

    def center(self, width, *args):
        return self.__class__(self.data.center(width, *args))

    def count(self, sub, start=0, end=_sys.maxsize):
        if isinstance(sub, UserString):
            sub = sub.data
        return self.data.count(sub, start, end)

    def removeprefix(self, prefix, /):
        if isinstance(prefix, UserString):
            prefix = prefix.data
        return self.__class__(self.data.removeprefix(prefix))

    def removesuffix(self, suffix, /):
        if isinstance(suffix, UserString):
            suffix = suffix.data
        return self.__class__(self.data.removesuffix(suffix))

    def encode(self, encoding='utf-8', errors='strict'):
        encoding = 'utf-8' if encoding is None else encoding
        errors = 'strict' if errors is None else errors
        return self.data.encode(encoding, errors)

    def endswith(self, suffix, start=0, end=_sys.maxsize):
        return self.data.endswith(suffix, start, end)

    def expandtabs(self, tabsize=8):
        return self.__class__(self.data.expandtabs(tabsize))

    def find(self, sub, start=0, end=_sys.maxsize):
        if isinstance(sub, UserString):
            sub = sub.data
        return self.data.find(sub, start, end)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def index(self, sub, start=0, end=_sys.maxsize):
        return self.data.index(sub, start, end)

    def isalpha(self):
        return self.data.isalpha()

    def isalnum(self):
        return self.data.isalnum()

    def isascii(self):
        return self.data.isascii()

    def isdecimal(self):
        return self.data.isdecimal()

    def isdigit(self):
        return self.data.isdigit()

    def isidentifier(self):
        return self.data.isidentifier()

    def islower(self):
        return self.data.islower()

    def isnumeric(self):
        return self.data.isnumeric()

    def isprintable(self):
        return self.data.isprintable()

    def isspace(self):
        return self.data.isspace()

    def istitle(self):
        return self.data.istitle()

    def isupper(self):
        return self.data.isupper()

    def join(self, seq):
        return self.data.join(seq)

    def ljust(self, width, *args):
        return self.__class__(self.data.ljust(width, *args))

    def lower(self):
        return self.__class__(self.data.lower())

    def lstrip(self, chars=None):
        return self.__class__(self.data.lstrip(chars))

    maketrans = str.maketrans

    def partition(self, sep):
        return self.data.partition(sep)

    def replace(self, old, new, maxsplit=-1):
        if isinstance(old, UserString):
            old = old.data
        if isinstance(new, UserString):
            new = new.data
        return self.__class__(self.data.replace(old, new, maxsplit))

    def rfind(self, sub, start=0, end=_sys.maxsize):
        if isinstance(sub, UserString):
            sub = sub.data
        return self.data.rfind(sub, start, end)

    def rindex(self, sub, start=0, end=_sys.maxsize):
        return self.data.rindex(sub, start, end)

    def rjust(self, width, *args):
        return self.__class__(self.data.rjust(width, *args))

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def rstrip(self, chars=None):
        return self.__class__(self.data.rstrip(chars))

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def startswith(self, prefix, start=0, end=_sys.maxsize):
        return self.data.startswith(prefix, start, end)

    def strip(self, chars=None):
        return self.__class__(self.data.strip(chars))

    def swapcase(self):
        return self.__class__(self.data.swapcase())

    def title(self):
        return self.__class__(self.data.title())

    def translate(self, *args):
        return self.__class__(self.data.translate(*args))

    def upper(self):
        return self.__class__(self.data.upper())

    def zfill(self, width):
        return self.__class__(self.data.zfill(width))
