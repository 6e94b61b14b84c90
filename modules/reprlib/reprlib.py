"""repr() with limits on size (Repr, repr), and recursive_repr, a
decorator that makes a __repr__ safe on structures that contain
themselves."""

__all__ = ["Repr", "repr", "recursive_repr"]

import builtins
from itertools import islice
from _gilpy_stdlib import repr_enter as _repr_enter, repr_leave as _repr_leave


def recursive_repr(fillvalue='...'):
    """Decorator for a __repr__: a call made while the same object's repr
    is already being computed on this thread returns fillvalue."""

    def decorate(method):
        def guarded(self):
            if _repr_enter(self):
                return fillvalue
            try:
                return method(self)
            finally:
                _repr_leave(self)

        # The wrapper passes for the method (3.11 sets no __wrapped__).
        for attr in ('__module__', '__doc__', '__name__', '__qualname__'):
            setattr(guarded, attr, getattr(method, attr))
        guarded.__annotations__ = getattr(method, '__annotations__', {})
        return guarded

    return decorate


def _elide(text, limit, fill):
    # text cut to limit characters, its middle replaced by fill: the
    # start keeps the larger half of what is left.
    if len(text) <= limit:
        return text
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return text[:head] + fill + text[len(text) - tail:]


def _stable_order(items):
    # Sets and dicts show their items sorted when they can be, so that
    # the abbreviation does not depend on hashing.
    try:
        return sorted(items)
    except Exception:
        return list(items)


class Repr:
    """A repr() that abbreviates: at most maxlevel levels of nesting, and
    per type a maximum number of items or characters, with fillvalue
    standing for what was left out. Subclasses add repr_<typename>
    methods for their own types."""

    def __init__(self):
        self.fillvalue = '...'
        self.maxlevel = 6
        self.maxtuple = self.maxlist = self.maxset = self.maxfrozenset = self.maxdeque = 6
        self.maxarray, self.maxdict = 5, 4
        self.maxstring, self.maxother, self.maxlong = 30, 30, 40

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        # repr_<name of x's type>, spaces in the name made underscores.
        handler = getattr(self, 'repr_' + '_'.join(type(x).__name__.split()), None)
        return (handler or self.repr_instance)(x, level)

    def _join(self, pieces, level):
        return ', '.join(pieces)

    def _items(self, x, level, limit, show):
        # The inside of a container: its first `limit` items shown by
        # show(item, level below), then fillvalue if there are more; only
        # fillvalue once the nesting limit is reached.
        if level <= 0:
            return self.fillvalue
        pieces = [show(item, level - 1) for item in islice(x, limit)]
        if len(x) > limit:
            pieces.append(self.fillvalue)
        return self._join(pieces, level)

    def _repr_iterable(self, x, level, left, right, maxiter, trail=''):
        if not len(x):
            return left + right
        if len(x) == 1 and level > 0:
            right = trail + right
        return left + self._items(x, level, maxiter, self.repr1) + right

    def repr_tuple(self, x, level):
        return self._repr_iterable(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._repr_iterable(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        start = f"array('{x.typecode}'"
        if not x:
            return start + ')'
        return self._repr_iterable(x, level, start + ', [', '])', self.maxarray)

    def repr_set(self, x, level):
        return self._repr_iterable(_stable_order(x), level, '{', '}', self.maxset) if x else 'set()'

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._repr_iterable(_stable_order(x), level, 'frozenset({', '})', self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._repr_iterable(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        if not x:
            return '{}'

        def pair(key, below):
            return f'{self.repr1(key, below)}: {self.repr1(x[key], below)}'

        keys = _stable_order(x)
        return '{' + self._items(keys, level, self.maxdict, pair) + '}'

    def repr_str(self, x, level):
        text = builtins.repr(x[:self.maxstring])
        if len(text) <= self.maxstring:
            return text
        # Cut the string itself, so that escapes are not split, then the
        # repr of what is left.
        head = max(0, (self.maxstring - 3) // 2)
        tail = max(0, self.maxstring - 3 - head)
        text = builtins.repr(x[:head] + x[len(x) - tail:])
        return text[:head] + self.fillvalue + text[len(text) - tail:]

    def repr_int(self, x, level):
        return _elide(builtins.repr(x), self.maxlong, self.fillvalue)

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            return f'<{type(x).__name__} instance at {id(x):#x}>'
        return _elide(text, self.maxother, self.fillvalue)


aRepr = Repr()
repr = aRepr.repr
