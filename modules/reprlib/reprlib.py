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

    def decorating_function(user_function):
        def wrapper(self):
            if _repr_enter(self):
                return fillvalue
            try:
                return user_function(self)
            finally:
                _repr_leave(self)

        wrapper.__module__ = getattr(user_function, '__module__')
        wrapper.__doc__ = getattr(user_function, '__doc__')
        wrapper.__name__ = getattr(user_function, '__name__')
        wrapper.__qualname__ = getattr(user_function, '__qualname__')
        wrapper.__annotations__ = getattr(user_function, '__annotations__', {})
        wrapper.__wrapped__ = user_function
        return wrapper

    return decorating_function


class Repr:
    """A repr() that abbreviates: at most maxlevel levels of nesting, and
    per type a maximum number of items or characters, with fillvalue
    standing for what was left out."""

    def __init__(self):
        self.fillvalue = '...'
        self.maxlevel = 6
        self.maxtuple = 6
        self.maxlist = 6
        self.maxarray = 5
        self.maxdict = 4
        self.maxset = 6
        self.maxfrozenset = 6
        self.maxdeque = 6
        self.maxstring = 30
        self.maxlong = 40
        self.maxother = 30

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        # Dispatch on the type's name to repr_<name>, as subclasses of
        # Repr extend it.
        typename = type(x).__name__
        if ' ' in typename:
            typename = '_'.join(typename.split())
        method = getattr(self, 'repr_' + typename, None)
        if method is not None:
            return method(x, level)
        return self.repr_instance(x, level)

    def _join(self, pieces, level):
        return ', '.join(pieces)

    def _repr_iterable(self, x, level, left, right, maxiter, trail=''):
        n = len(x)
        if level <= 0 and n:
            inner = self.fillvalue
        else:
            below = level - 1
            pieces = [self.repr1(item, below) for item in islice(x, maxiter)]
            if n > maxiter:
                pieces.append(self.fillvalue)
            inner = self._join(pieces, level)
            if n == 1 and trail:
                right = trail + right
        return f'{left}{inner}{right}'

    def repr_tuple(self, x, level):
        return self._repr_iterable(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._repr_iterable(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        if not x:
            return "array('%s')" % x.typecode
        return self._repr_iterable(x, level, "array('%s', [" % x.typecode, '])', self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._repr_iterable(_ordered(x), level, '{', '}', self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._repr_iterable(_ordered(x), level, 'frozenset({', '})', self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._repr_iterable(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        n = len(x)
        if n == 0:
            return '{}'
        if level <= 0:
            return '{' + self.fillvalue + '}'
        below = level - 1
        pieces = []
        for key in islice(_ordered(x), self.maxdict):
            pieces.append('%s: %s' % (self.repr1(key, below), self.repr1(x[key], below)))
        if n > self.maxdict:
            pieces.append(self.fillvalue)
        return '{%s}' % (self._join(pieces, level),)

    def repr_str(self, x, level):
        s = builtins.repr(x[:self.maxstring])
        if len(s) > self.maxstring:
            i = max(0, (self.maxstring - 3) // 2)
            j = max(0, self.maxstring - 3 - i)
            s = builtins.repr(x[:i] + x[len(x) - j:])
            s = s[:i] + self.fillvalue + s[len(s) - j:]
        return s

    def repr_int(self, x, level):
        s = builtins.repr(x)
        if len(s) > self.maxlong:
            i = max(0, (self.maxlong - 3) // 2)
            j = max(0, self.maxlong - 3 - i)
            s = s[:i] + self.fillvalue + s[len(s) - j:]
        return s

    def repr_instance(self, x, level):
        try:
            s = builtins.repr(x)
        except Exception:
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        if len(s) > self.maxother:
            i = max(0, (self.maxother - 3) // 2)
            j = max(0, self.maxother - 3 - i)
            s = s[:i] + self.fillvalue + s[len(s) - j:]
        return s


def _ordered(x):
    # Sorted when the items allow it, so that the abbreviation is stable.
    try:
        return sorted(x)
    except Exception:
        return list(x)


aRepr = Repr()
repr = aRepr.repr
