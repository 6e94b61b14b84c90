"""Queues that coroutines of one event loop share."""

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')

from collections import deque
from heapq import heappop, heappush
from types import GenericAlias

from . import locks, mixins


class QueueEmpty(Exception):
    """Raised by get_nowait() when nothing is queued."""


class QueueFull(Exception):
    """Raised by put_nowait() when the queue has no free slot."""


def _release_one(waiters):
    # Hand the turn to the oldest waiter still pending; a waiter already
    # resolved (woken before, or cancelled) is simply dropped.
    while waiters:
        fut = waiters.popleft()
        if not fut.done():
            fut.set_result(None)
            return


class Queue(mixins._LoopBoundMixin):
    """First in, first out. A positive maxsize bounds the queue: put()
    then blocks while it is full; get() blocks while it is empty. Use it
    from the loop's own thread only."""

    __class_getitem__ = classmethod(GenericAlias)

    def __init__(self, maxsize=0):
        # Futures of the coroutines blocked in get() and in put().
        self._getters, self._putters = deque(), deque()
        self._maxsize = maxsize
        self._init(maxsize)
        # join() waits on this event; it is set while no item is unfinished.
        self._unfinished_tasks = 0
        self._finished = locks.Event()
        self._finished.set()

    # Storage hooks: subclasses change the order by overriding these three.
    def _init(self, maxsize):
        self._queue = deque()

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.popleft()

    def _describe(self):
        parts = [f'maxsize={self._maxsize!r}']
        held = getattr(self, '_queue', None)
        if held:
            parts.append(f'_queue={list(held)!r}')
        for label, waiters in (('_getters', self._getters),
                               ('_putters', self._putters)):
            if waiters:
                parts.append(f'{label}[{len(waiters)}]')
        if self._unfinished_tasks:
            parts.append(f'tasks={self._unfinished_tasks}')
        return ' '.join(parts)

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._describe()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._describe()}>'

    @property
    def maxsize(self):
        """The bound given at creation; 0 means unbounded."""
        return self._maxsize

    def qsize(self):
        """The number of queued items."""
        return len(self._queue)

    def empty(self):
        """Whether nothing is queued."""
        return not self._queue

    def full(self):
        """Whether a bounded queue has reached its bound."""
        return 0 < self._maxsize <= self.qsize()

    async def _wait_turn(self, waiters, blocked):
        # Park on a fresh future until a slot (or an item) may be free.
        # A waiter that is woken but leaves by an exception passes its turn
        # on, so that the wakeup is not lost.
        fut = self._get_loop().create_future()
        waiters.append(fut)
        try:
            await fut
        except:
            fut.cancel()
            if fut in waiters:
                waiters.remove(fut)
            if not blocked() and not fut.cancelled():
                _release_one(waiters)
            raise

    async def put(self, item):
        """Queue item, first waiting for a free slot if the queue is full."""
        while self.full():
            await self._wait_turn(self._putters, self.full)
        return self.put_nowait(item)

    def put_nowait(self, item):
        """Queue item at once, or raise QueueFull."""
        if self.full():
            raise QueueFull
        self._put(item)
        _release_one(self._getters)
        self._finished.clear()
        self._unfinished_tasks += 1

    async def get(self):
        """Take the next item, first waiting for one if the queue is empty."""
        while self.empty():
            await self._wait_turn(self._getters, self.empty)
        return self.get_nowait()

    def get_nowait(self):
        """Take the next item at once, or raise QueueEmpty."""
        if self.empty():
            raise QueueEmpty
        item = self._get()
        _release_one(self._putters)
        return item

    def task_done(self):
        """Mark one item taken from the queue as fully processed; join()
        returns when every queued item has been marked."""
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if not self._unfinished_tasks:
            self._finished.set()

    async def join(self):
        """Wait until every queued item has been marked by task_done()."""
        if self._unfinished_tasks:
            await self._finished.wait()


class PriorityQueue(Queue):
    """Gives the smallest queued item first, e.g. of (priority, data)
    pairs."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heappush(self._queue, item)

    def _get(self):
        return heappop(self._queue)


class LifoQueue(Queue):
    """Gives the most recently queued item first."""

    def _init(self, maxsize):
        self._queue = []

    def _get(self):
        return self._queue.pop()

    def _put(self, item):
        self._queue.append(item)
