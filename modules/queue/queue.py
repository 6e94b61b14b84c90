'''Queues that threads share: FIFO, LIFO and priority order, bounded or
not, with task tracking.'''

# gilpy's queue module, written for gilpy: the queues wait on threading
# Conditions, so a waiting get() or put() releases the GIL, and waits
# without a timeout count toward the deadlock check. SimpleQueue and
# Empty come from _queue, which is Go.

import threading
from _gilpy import generic_alias as _generic_alias
from time import monotonic as _time
from _queue import Empty, SimpleQueue

try:
    from collections import deque as _deque
except ImportError:
    _deque = None

try:
    from heapq import heappush as _heappush, heappop as _heappop
except ImportError:
    _heappush = _heappop = None

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Full(Exception):
    'Raised by a non-blocking or timed put() into a queue that stays full.'
    pass


class _FifoList:
    # First-in first-out storage for when collections.deque is missing:
    # a list read from a moving head, compacted as it empties.

    def __init__(self):
        self._items = []
        self._head = 0

    def append(self, item):
        self._items.append(item)

    def popleft(self):
        item = self._items[self._head]
        self._items[self._head] = None
        self._head += 1
        if self._head * 2 >= len(self._items):
            del self._items[:self._head]
            self._head = 0
        return item

    def clear(self):
        self._items.clear()
        self._head = 0

    def __len__(self):
        return len(self._items) - self._head

    def __iter__(self):
        return iter(self._items[self._head:])

    def __getitem__(self, i):
        return self._items[self._head:][i]

    def __repr__(self):
        return 'deque(%r)' % (self._items[self._head:],)


def _push_heap(heap, item):
    # Add item to a binary min-heap kept in a list (heapq's layout).
    heap.append(item)
    child = len(heap) - 1
    while child > 0:
        parent = (child - 1) // 2
        if item < heap[parent]:
            heap[child] = heap[parent]
            child = parent
        else:
            break
    heap[child] = item


def _pop_heap(heap):
    # Remove and return the smallest item of a binary min-heap.
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    n = len(heap)
    pos = 0
    while True:
        child = 2 * pos + 1
        if child >= n:
            break
        if child + 1 < n and heap[child + 1] < heap[child]:
            child += 1
        if heap[child] < last:
            heap[pos] = heap[child]
            pos = child
        else:
            break
    heap[pos] = last
    return smallest


def _wait(cond, ready, block, timeout, failure):
    # Wait on cond, whose lock is held, until ready(): without limit, at
    # most timeout seconds, or not at all when block is false. Raise
    # failure (Empty or Full) when ready() stays false.
    if not block:
        if not ready():
            raise failure
    elif timeout is None:
        while not ready():
            cond.wait()
    elif timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    else:
        end = _time() + timeout
        while not ready():
            left = end - _time()
            if left <= 0.0:
                raise failure
            cond.wait(left)


class Queue:
    '''A first-in first-out queue for threads. With maxsize > 0, put()
    waits while the queue holds maxsize items.'''

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self.unfinished_tasks = 0
        # One lock for the queue's state, three conditions on it: an item
        # came, room came, and every task is done.
        mutex = self.mutex = threading.Lock()
        self.not_empty, self.not_full, self.all_tasks_done = [
            threading.Condition(mutex) for _ in range(3)]
        self._init(maxsize)

    def task_done(self):
        '''Tell the queue that a task taken with get() is finished: join()
        returns once every item put has been marked done.'''
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks = left
            if left == 0:
                self.all_tasks_done.notify_all()

    def join(self):
        '''Wait until every item put into the queue has been taken and
        marked done with task_done().'''
        with self.all_tasks_done:
            self.all_tasks_done.wait_for(self._all_done)

    def _all_done(self):
        return self.unfinished_tasks == 0

    def qsize(self):
        '''The number of items now (another thread may change it at once).'''
        with self.mutex:
            return self._qsize()

    def empty(self):
        '''Whether the queue is empty now.'''
        with self.mutex:
            return not self._qsize()

    def full(self):
        '''Whether the queue is full now.'''
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        '''Add item to the queue. If it is full, wait for room: without
        limit, at most timeout seconds, or not at all when block is false;
        raise Full if no room comes.'''
        with self.not_full:
            if self.maxsize > 0:
                _wait(self.not_full, lambda: self._qsize() < self.maxsize,
                           block, timeout, Full)
            self._put(item)
            # The lock is held: a waiting get() runs once put() returns.
            self.not_empty.notify()
            self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        '''Remove and return the next item. If there is none, wait for
        one: without limit, at most timeout seconds, or not at all when
        block is false; raise Empty if none comes.'''
        with self.not_empty:
            _wait(self.not_empty, self._qsize, block, timeout, Empty)
            self.not_full.notify()
            return self._get()

    def put_nowait(self, item):
        '''The same as put(item, block=False).'''
        return self.put(item, block=False)

    def get_nowait(self):
        '''The same as get(block=False).'''
        return self.get(block=False)

    # The storage, which subclasses replace to change the order: _init
    # makes it, _put adds, _get takes the next item out, _qsize counts.

    def _init(self, maxsize):
        self.queue = _deque() if _deque is not None else _FifoList()

    def _get(self):
        return self.queue.popleft()

    def _put(self, item):
        self.queue.append(item)

    def _qsize(self):
        return len(self.queue)

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)


class PriorityQueue(Queue):
    '''A queue that gives its smallest item first (items are often
    (priority, data) tuples).'''

    # A binary heap in a list; _qsize is Queue's.

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        if _heappush is not None:
            _heappush(self.queue, item)
        else:
            _push_heap(self.queue, item)

    def _get(self):
        if _heappop is not None:
            return _heappop(self.queue)
        return _pop_heap(self.queue)


class LifoQueue(Queue):
    '''A queue that gives its most recent item first (a stack).'''

    # A list whose end is the top; _put and _qsize are Queue's.

    def _get(self):
        return self.queue.pop()

    def _init(self, maxsize):
        self.queue = []
