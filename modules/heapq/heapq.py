"""Heaps (priority queues) kept in plain lists: heap[0] holds the least
item and heap[k] <= heap[2*k+1], heap[2*k+2] for every k."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']

from _heapq import *
from _heapq import _heappop_max, _heapify_max, _heapreplace_max
from operator import index as _index


def merge(*iterables, key=None, reverse=False):
    """Merge sorted iterables into one sorted iterator, lazily: the
    result equals sorted(itertools.chain(*iterables), key=key,
    reverse=reverse), items that compare equal coming in the order of
    their iterables."""
    # Each heap entry is [sort key, position of the iterable, item, next]:
    # the position breaks ties and keeps items themselves from being
    # compared when the keys are equal.
    entries = []
    sign = -1 if reverse else 1
    for order, it in enumerate(map(iter, iterables)):
        nxt = it.__next__
        try:
            value = nxt()
        except StopIteration:
            continue
        k = value if key is None else key(value)
        entries.append([k, order * sign, value, nxt])
    if reverse:
        _heapify_max(entries)
        pop, replace = _heappop_max, _heapreplace_max
    else:
        heapify(entries)
        pop, replace = heappop, heapreplace
    while len(entries) > 1:
        try:
            while True:
                entry = entries[0]
                yield entry[2]
                value = entry[3]()
                entry[0] = value if key is None else key(value)
                entry[2] = value
                replace(entries, entry)
        except StopIteration:
            pop(entries)
    if entries:
        entry = entries[0]
        yield entry[2]
        yield from _rest(entry[3])


def _rest(nxt):
    while True:
        try:
            yield nxt()
        except StopIteration:
            return


def _single(pick, iterable, key):
    # The one extreme item as a list, empty when there are no items.
    nothing = object()
    found = pick(iterable, key=key, default=nothing)
    return [found] if found is not nothing else []


def _selection(n, iterable, key, descending):
    # The order of the checks is CPython's, which its errors reveal: one
    # item by min/max, a known size not above n by sorting everything,
    # and only then n must be an int.
    if n == 1:
        return _single(max if descending else min, iterable, key)
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        size = None
    if size is not None and n >= size:
        return sorted(iterable, key=key, reverse=descending)[:n]
    count = -_index(-n) if descending else _index(n)
    if count <= 0:
        # Nothing is taken from the iterable.
        return []
    return sorted(iterable, key=key, reverse=descending)[:count]


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable, as sorted(iterable, key=key)[:n]
    is."""
    return _selection(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """The n largest items of iterable, as
    sorted(iterable, key=key, reverse=True)[:n] is."""
    return _selection(n, iterable, key, True)
