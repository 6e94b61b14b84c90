"""Container datatypes beyond dict, list, set and tuple:

namedtuple   factory of tuple subclasses whose items have names
deque        list-like sequence with fast appends and pops at both ends
ChainMap     several mappings looked up as one
Counter      dict counting hashable objects
OrderedDict  dict that can move its keys and pop from either end
defaultdict  dict that makes the values of missing keys with a factory
UserDict, UserList, UserString  wrappers that are simple to subclass
"""

# The public names (listed in CPython's order).
__all__ = """
    ChainMap Counter OrderedDict UserDict UserList UserString
    defaultdict deque namedtuple
""".split()

from _collections import deque, defaultdict, _count_elements, _tuplegetter
from _gilpy_stdlib import set_c_type_name as _set_c_type_name
from itertools import chain as _chain, repeat as _repeat, starmap as _starmap
from keyword import iskeyword as _iskeyword
from operator import add as _add, sub as _sub, eq as _eq, le as _le, ge as _ge
from operator import itemgetter as _itemgetter
from reprlib import recursive_repr as _recursive_repr
import _collections_abc
import sys as _sys

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
        if key not in self:
            self[key] = default
            return default
        return self[key]

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

    def _merged(self, first, second):
        # A new instance of this class: first's items, then second's.
        result = self.__class__(first)
        result.update(second)
        return result

    def __or__(self, other):
        if isinstance(other, dict):
            return self._merged(self, other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, dict):
            return self._merged(other, self)
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


# CPython's OrderedDict is a C type named 'collections.OrderedDict' in
# messages ('collections.OrderedDict' object has no attribute ...).
_set_c_type_name(OrderedDict, 'collections.OrderedDict')


# ---------------------------------------------------------------------------
# namedtuple


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
            caller = _sys._getframe(1)
        except (AttributeError, ValueError):
            caller = None
        if caller is not None:
            module = caller.f_globals.get('__name__', '__main__')
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

    @classmethod
    def fromkeys(cls, iterable, v=None):
        # Counting each key once would be ambiguous (Counter(iterable)
        # already counts), so this dict method is refused.
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def total(self):
        'The sum of the counts.'
        return sum(self.values())

    def most_common(self, n=None):
        '''The n most common elements with their counts, most common
        first (all of them when n is None); equal counts keep the order
        in which the elements were first met.'''
        by_count = _itemgetter(1)
        if n is None:
            return sorted(self.items(), key=by_count, reverse=True)
        import heapq
        return heapq.nlargest(n, self.items(), key=by_count)

    def elements(self):
        '''An iterator over the elements, each repeated as many times as
        its count; elements whose count is below one are left out.'''
        return _chain.from_iterable(_starmap(_repeat, self.items()))

    def update(self, iterable=None, /, **kwds):
        '''Add counts from an iterable of elements or from a mapping of
        counts, then from the keyword arguments.'''
        if iterable is None:
            pass
        elif not isinstance(iterable, _collections_abc.Mapping):
            _count_elements(self, iterable)
        elif not self:
            # Nothing to add to: the counts can be taken as they are.
            dict.update(self, iterable)
        else:
            for elem, count in iterable.items():
                self[elem] = count + self.get(elem, 0)
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

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def copy(self):
        'A shallow copy.'
        return self.__class__(self)

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

    # Comparisons: an element missing from a counter counts zero.

    def __eq__(self, other):
        if isinstance(other, Counter):
            return _every_count(self, other, _eq)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, Counter):
            return not self == other
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, Counter):
            return _every_count(self, other, _le)
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, Counter):
            return _every_count(self, other, _ge)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Counter):
            return self <= other and self != other
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, Counter):
            return self >= other and self != other
        return NotImplemented

    __hash__ = None

    # Multiset arithmetic: a new Counter keeping only positive results.

    def __add__(self, other):
        'Sum of the counts.'
        return _combine(self, other, _add)

    def __sub__(self, other):
        'Difference of the counts.'
        return _combine(self, other, _sub)

    def __or__(self, other):
        'The larger count of each element.'
        return _combine(self, other, _larger)

    def __and__(self, other):
        'The smaller count of each element.'
        return _combine(self, other, _smaller)

    def __pos__(self):
        'The positive counts.'
        return Counter({elem: n for elem, n in self.items() if n > 0})

    def __neg__(self):
        'The negative counts, negated.'
        return Counter({elem: 0 - n for elem, n in self.items() if n < 0})

    def _keep_positive(self):
        # Drop the counts that are zero or negative, in place.
        for elem in [e for e, count in self.items() if not count > 0]:
            del self[elem]
        return self

    # The in-place forms change self and then drop what is not positive.

    def __iadd__(self, other):
        for elem, n in other.items():
            self[elem] += n
        return self._keep_positive()

    def __isub__(self, other):
        for elem, n in other.items():
            self[elem] -= n
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            if other_count > self[elem]:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            smaller = other[elem]
            if smaller < count:
                self[elem] = smaller
        return self._keep_positive()


def _every_count(a, b, test):
    # test holds between the counts of each element of either counter.
    return all(test(a[elem], b[elem]) for elem in _chain(a, b))


def _larger(x, y):
    return y if x < y else x


def _smaller(x, y):
    return x if x < y else y


def _combine(a, b, op):
    # The binary Counter operators: op of the two counts of every element
    # (0 where one counter lacks it), keeping the positive results, in
    # the order a's elements then b's new ones.
    if not isinstance(b, Counter):
        return NotImplemented
    result = Counter()
    for elem, count in a.items():
        n = op(count, b[elem])
        if n > 0:
            result[elem] = n
    if op is not _smaller:
        for elem, count in b.items():
            if elem in a:
                continue
            n = op(0, count)
            if n > 0:
                result[elem] = n
    return result


# ---------------------------------------------------------------------------
# ChainMap

class ChainMap(_collections_abc.MutableMapping):
    '''Several mappings seen as one. Reads look through the public list
    maps in order and take the first hit; writes and deletions act on
    maps[0] only. The mappings are referenced, not copied, so changes to
    them show through.'''

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    # -- reading ----------------------------------------------------------

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                value = mapping[key]
            except KeyError:
                continue
            return value
        return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __contains__(self, key):
        return any(key in mapping for mapping in self.maps)

    def _merged_keys(self):
        # Every key once, ordered as a dict updated from the last mapping
        # to the first would order them.
        merged = {}
        for mapping in self.maps[::-1]:
            merged.update(dict.fromkeys(mapping))
        return merged

    def __iter__(self):
        return iter(self._merged_keys())

    def __len__(self):
        return len(self._merged_keys())

    def __bool__(self):
        return any(self.maps)

    @_recursive_repr()
    def __repr__(self):
        inner = ', '.join(repr(mapping) for mapping in self.maps)
        return f'{self.__class__.__name__}({inner})'

    # -- making new chains --------------------------------------------------

    @classmethod
    def fromkeys(cls, iterable, *args):
        'A chain of one new dict holding the keys of iterable.'
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        'A new chain: maps[0] copied, the other mappings shared.'
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        '''A new chain with m (by default a new dict of kwargs) in front
        of this chain's mappings.'''
        if m is not None and kwargs:
            m.update(kwargs)
        front = kwargs if m is None else m
        return self.__class__(front, *self.maps)

    @property
    def parents(self):
        'A new chain of every mapping but the first.'
        return self.__class__(*self.maps[1:])

    # -- writing: only the first mapping changes ----------------------------

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise _not_in_first(key)

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def pop(self, key, *args):
        'Remove key from maps[0] and return its value.'
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise _not_in_first(key)

    def popitem(self):
        'Remove and return a (key, value) pair of maps[0].'
        first = self.maps[0]
        try:
            return first.popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def clear(self):
        'Empty maps[0].'
        self.maps[0].clear()

    # -- the | operators ----------------------------------------------------

    def __or__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        result = self.copy()
        result.maps[0].update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, _collections_abc.Mapping):
            return NotImplemented
        # other's items first, then this chain's, winners last.
        flat = dict(other)
        for mapping in self.maps[::-1]:
            flat.update(mapping)
        return self.__class__(flat)

    def __ior__(self, other):
        self.maps[0].update(other)
        return self


def _not_in_first(key):
    return KeyError(f'Key not found in the first mapping: {key!r}')


# ---------------------------------------------------------------------------
# UserDict, UserList, UserString
#
# Each wraps a real dict, list or str kept in the attribute .data, so that
# subclasses can override any method and still reach the plain container.

def _copy_of_wrapper(obj, data):
    # A shallow copy that keeps the instance's other attributes but holds
    # its own copy of the data.
    cls = obj.__class__
    twin = cls.__new__(cls)
    state = twin.__dict__
    state.update(obj.__dict__)
    state['data'] = data
    return twin


def _dict_operand(other):
    # The plain dict behind other, or None when | does not apply.
    if isinstance(other, UserDict):
        return other.data
    return other if isinstance(other, dict) else None


class UserDict(_collections_abc.MutableMapping):
    'A mapping that keeps its items in the dict self.data.'

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        for source in (dict, kwargs or None):
            if source is not None:
                self.update(source)

    def __getitem__(self, key):
        data = self.data
        if key in data:
            return data[key]
        # A subclass may define __missing__, as with dict.
        cls = self.__class__
        if hasattr(cls, '__missing__'):
            return cls.__missing__(self, key)
        raise KeyError(key)

    def __contains__(self, key):
        return key in self.data

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)

    def __delitem__(self, key):
        del self.data[key]

    def __setitem__(self, key, item):
        self.data[key] = item

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        plain = _dict_operand(other)
        if plain is None:
            return NotImplemented
        return self.__class__(self.data | plain)

    def __ror__(self, other):
        plain = _dict_operand(other)
        if plain is None:
            return NotImplemented
        return self.__class__(plain | self.data)

    def __ior__(self, other):
        self.data |= other.data if isinstance(other, UserDict) else other
        return self

    def __copy__(self):
        return _copy_of_wrapper(self, self.__dict__['data'].copy())

    def copy(self):
        cls = self.__class__
        if cls is UserDict:
            return cls(self.data.copy())
        # A subclass is copied with copy.copy (keeping its attributes),
        # its data swapped out for the moment so that the copy starts
        # empty, then filled through the subclass's own __setitem__.
        import copy
        saved = self.data
        self.data = {}
        try:
            twin = copy.copy(self)
        finally:
            self.data = saved
        twin.update(self)
        return twin

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made


def _list_operand(other):
    # The plain list behind a UserList, anything else as it is.
    return other.data if isinstance(other, UserList) else other


def _as_list(other):
    # The right-hand side of +, += as a list.
    if isinstance(other, UserList):
        return other.data
    return other if isinstance(other, list) else list(other)


class UserList(_collections_abc.MutableSequence):
    'A sequence that keeps its items in the list self.data.'

    def __init__(self, initlist=None):
        if initlist is None:
            self.data = []
        elif isinstance(initlist, UserList):
            self.data = initlist.data[:]
        else:
            self.data = list(initlist)

    # Comparisons see through to the lists.
    __hash__ = None

    def __eq__(self, other):
        return self.data == _list_operand(other)

    def __lt__(self, other):
        return self.data < _list_operand(other)

    def __le__(self, other):
        return self.data <= _list_operand(other)

    def __gt__(self, other):
        return self.data > _list_operand(other)

    def __ge__(self, other):
        return self.data >= _list_operand(other)

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return repr(self.data)

    def __contains__(self, item):
        return item in self.data

    def __getitem__(self, i):
        found = self.data[i]
        # A slice stays a UserList (of the same class).
        return self.__class__(found) if isinstance(i, slice) else found

    def __delitem__(self, i):
        del self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __add__(self, other):
        return self.__class__(self.data + _as_list(other))

    def __radd__(self, other):
        return self.__class__(_as_list(other) + self.data)

    def __iadd__(self, other):
        self.data += _as_list(other)
        return self

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        return _copy_of_wrapper(self, self.__dict__['data'][:])

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def copy(self):
        return self.__class__(self)

    # Queries
    def index(self, item, *args):
        return self.data.index(item, *args)

    def count(self, item):
        return self.data.count(item)

    # Growing
    def extend(self, other):
        self.data.extend(_list_operand(other))

    def insert(self, i, item):
        self.data.insert(i, item)

    def append(self, item):
        self.data.append(item)

    # Shrinking
    def remove(self, item):
        self.data.remove(item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def clear(self):
        self.data.clear()

    # Reordering
    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def reverse(self):
        self.data.reverse()


def _like(obj, text):
    # A new string of obj's class: what most UserString methods return.
    return obj.__class__(text)


def _str_operand(value):
    # The plain str behind a UserString, anything else as it is.
    return value.data if isinstance(value, UserString) else value


class UserString(_collections_abc.Sequence):
    '''A sequence of characters that keeps its text in the str self.data.
    Methods that make a new string return an instance of the same class.'''

    def __init__(self, seq):
        if isinstance(seq, UserString):
            seq = seq.data[:]
        self.data = seq if isinstance(seq, str) else str(seq)

    # Numbers parse the text.
    def __float__(self):
        return float(self.data)

    def __int__(self):
        return int(self.data)

    def __complex__(self):
        return complex(self.data)

    # For copy and pickle: the text, as the one constructor argument.
    def __getnewargs__(self):
        return (self.data[:],)

    # Comparisons see through to the strings.
    def __eq__(self, string):
        return self.data == _str_operand(string)

    def __lt__(self, string):
        return self.data < _str_operand(string)

    def __le__(self, string):
        return self.data <= _str_operand(string)

    def __gt__(self, string):
        return self.data > _str_operand(string)

    def __ge__(self, string):
        return self.data >= _str_operand(string)

    # Sequence protocol
    def __len__(self):
        return len(self.data)

    def __contains__(self, char):
        return _str_operand(char) in self.data

    def __getitem__(self, index):
        return _like(self, self.data[index])

    # Operators
    def __add__(self, other):
        other = _str_operand(other)
        return _like(self, self.data + (other if isinstance(other, str) else str(other)))

    def __radd__(self, other):
        return _like(self, (other if isinstance(other, str) else str(other)) + self.data)

    def __mul__(self, n):
        return _like(self, self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return _like(self, self.data % args)

    def __rmod__(self, template):
        return _like(self, str(template) % self)

    # Methods whose string arguments may be UserStrings
    def count(self, sub, start=0, end=_sys.maxsize):
        return self.data.count(_str_operand(sub), start, end)

    def find(self, sub, start=0, end=_sys.maxsize):
        return self.data.find(_str_operand(sub), start, end)

    def rfind(self, sub, start=0, end=_sys.maxsize):
        return self.data.rfind(_str_operand(sub), start, end)

    def removeprefix(self, prefix, /):
        return _like(self, self.data.removeprefix(_str_operand(prefix)))

    def removesuffix(self, suffix, /):
        return _like(self, self.data.removesuffix(_str_operand(suffix)))

    def replace(self, old, new, maxsplit=-1):
        return _like(self, self.data.replace(_str_operand(old), _str_operand(new), maxsplit))

    # Methods with plain arguments
    def index(self, sub, start=0, end=_sys.maxsize):
        return self.data.index(sub, start, end)

    def rindex(self, sub, start=0, end=_sys.maxsize):
        return self.data.rindex(sub, start, end)

    def startswith(self, prefix, start=0, end=_sys.maxsize):
        return self.data.startswith(prefix, start, end)

    def endswith(self, suffix, start=0, end=_sys.maxsize):
        return self.data.endswith(suffix, start, end)

    def encode(self, encoding='utf-8', errors='strict'):
        # None means the default, for either argument.
        return self.data.encode('utf-8' if encoding is None else encoding,
                                'strict' if errors is None else errors)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def join(self, seq):
        return self.data.join(seq)

    def partition(self, sep):
        return self.data.partition(sep)

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    maketrans = str.maketrans

    # Methods making a new string of the same class
    def center(self, width, *args):
        return _like(self, self.data.center(width, *args))

    def ljust(self, width, *args):
        return _like(self, self.data.ljust(width, *args))

    def rjust(self, width, *args):
        return _like(self, self.data.rjust(width, *args))

    def zfill(self, width):
        return _like(self, self.data.zfill(width))

    def expandtabs(self, tabsize=8):
        return _like(self, self.data.expandtabs(tabsize))

    def strip(self, chars=None):
        return _like(self, self.data.strip(chars))

    def lstrip(self, chars=None):
        return _like(self, self.data.lstrip(chars))

    def rstrip(self, chars=None):
        return _like(self, self.data.rstrip(chars))

    def translate(self, *args):
        return _like(self, self.data.translate(*args))


def _delegate_str_method(name, rewrap):
    # A no-argument UserString method that calls the str method of the
    # same name on .data, rewrapping the result when it is a new string.
    def method(self):
        result = getattr(self.data, name)()
        return self.__class__(result) if rewrap else result
    method.__name__ = name
    method.__qualname__ = 'UserString.' + name
    setattr(UserString, name, method)


def _delegate_builtin(name, func):
    # A UserString method name(self) that is func applied to .data.
    def method(self):
        return func(self.data)
    method.__name__ = name
    method.__qualname__ = 'UserString.' + name
    setattr(UserString, name, method)


for _name, _func in (('__str__', str), ('__repr__', repr), ('__hash__', hash)):
    _delegate_builtin(_name, _func)
for _name in ('capitalize', 'casefold', 'lower', 'swapcase', 'title', 'upper'):
    _delegate_str_method(_name, True)
for _name in ('isalnum', 'isalpha', 'isascii', 'isdecimal', 'isdigit',
              'isidentifier', 'islower', 'isnumeric', 'isprintable',
              'isspace', 'istitle', 'isupper'):
    _delegate_str_method(_name, False)
del _name, _func
