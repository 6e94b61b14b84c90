"""WeakSet: a set that holds its elements weakly; an element leaves the
set when its object is collected."""

from _weakref import ref
from types import GenericAlias

__all__ = ['WeakSet']


def _refs(items):
    # Weak references to items, for comparing and updating the set of
    # references (equal objects give equal references).
    return {ref(x) for x in items}


class WeakSet:
    """A set of objects held through weak references. The set operations
    work on the references; results are new WeakSets."""

    __class_getitem__ = classmethod(GenericAlias)

    def __init__(self, data=None):
        self.data = set()
        owner = ref(self)

        def _remove(dead, owner=owner):
            # Called when an element dies: drop its reference, unless the
            # set itself is gone.
            live = owner()
            if live is not None:
                live.data.discard(dead)

        self._remove = _remove
        if data is not None:
            self.update(data)

    # -- reading ------------------------------------------------------------

    def _alive(self):
        # The live elements, from a snapshot of the references: a
        # collection during the loop may drop some.
        return [x for x in (r() for r in list(self.data)) if x is not None]

    def __iter__(self):
        yield from self._alive()

    def __len__(self):
        return len(self._alive())

    def __contains__(self, item):
        try:
            return ref(item) in self.data
        except TypeError:
            return False  # an object that cannot be weakly referenced

    def __repr__(self):
        return repr(self.data)

    def __reduce__(self):
        return type(self), (list(self),), self.__getstate__()

    def copy(self):
        return type(self)(self)

    # -- changing -------------------------------------------------------------

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def update(self, other):
        for x in other:
            self.add(x)

    def clear(self):
        self.data.clear()

    def remove(self, item):
        self.data.remove(ref(item))

    def discard(self, item):
        self.data.discard(ref(item))

    def pop(self):
        # References whose object died are skipped.
        while self.data:
            x = self.data.pop()()
            if x is not None:
                return x
        raise KeyError('pop from empty WeakSet')

    def __ior__(self, other):
        self.update(other)
        return self

    def __isub__(self, other):
        if other is self:
            self.clear()
        else:
            self.data -= _refs(other)
        return self

    def __iand__(self, other):
        self.data &= _refs(other)
        return self

    def __ixor__(self, other):
        if other is self:
            self.clear()
        else:
            # New members must be watched like added ones.
            self.data ^= {ref(x, self._remove) for x in other}
        return self

    def difference_update(self, other):
        self -= other

    def intersection_update(self, other):
        self &= other

    def symmetric_difference_update(self, other):
        self ^= other

    # -- new sets -------------------------------------------------------------

    def _copy_then(self, change, other):
        result = self.copy()
        change(result, other)
        return result

    def difference(self, other):
        return self._copy_then(WeakSet.difference_update, other)

    def symmetric_difference(self, other):
        return self._copy_then(WeakSet.symmetric_difference_update, other)

    def intersection(self, other):
        return type(self)(x for x in other if x in self)

    def union(self, other):
        result = self.copy()
        result.update(other)
        return result

    __sub__, __xor__, __and__, __or__ = difference, symmetric_difference, intersection, union

    def isdisjoint(self, other):
        return not self.intersection(other)

    # -- comparing ------------------------------------------------------------

    def issubset(self, other):
        return self.data <= _refs(other)

    def issuperset(self, other):
        return self.data >= _refs(other)

    __le__, __ge__ = issubset, issuperset

    def __lt__(self, other):
        return self.data < _refs(other)

    def __gt__(self, other):
        return self.data > _refs(other)

    def __eq__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return self.data == _refs(other)
