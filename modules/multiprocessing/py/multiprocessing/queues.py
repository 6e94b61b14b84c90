"""Queues between processes: items travel as pickles through a channel
the processes share (_gilpy_mp.Channel)."""

import pickle
import threading
import _gilpy_mp
from queue import Empty, Full

__all__ = ['Queue', 'SimpleQueue', 'JoinableQueue']


class Queue:
    """A FIFO queue that processes share. put() pickles the item at once
    (CPython pickles it in a feeder thread, a little later)."""

    def __init__(self, maxsize=0, *, ctx=None):
        if maxsize <= 0:
            maxsize = 0
        self._maxsize = maxsize
        self._chan = _gilpy_mp.Channel(maxsize)
        self._closed = False

    def __getstate__(self):
        return (self._maxsize, self._chan)

    def __setstate__(self, state):
        self._maxsize, self._chan = state
        self._closed = False

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        self._chan.put(pickle.dumps(obj), block, timeout)

    def get(self, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        return pickle.loads(self._chan.get(block, timeout))

    def qsize(self):
        return self._chan.qsize()

    def empty(self):
        return self._chan.qsize() == 0

    def full(self):
        return self._maxsize > 0 and self._chan.qsize() >= self._maxsize

    def get_nowait(self):
        return self.get(False)

    def put_nowait(self, obj):
        return self.put(obj, False)

    def close(self):
        """Put no more items (gets still work)."""
        self._closed = True

    def join_thread(self):
        assert self._closed, "Queue {0!r} not closed".format(self)

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):
    """A Queue whose consumers say when each item is done (task_done), so
    that join() can wait for all of them."""

    def __init__(self, maxsize=0, *, ctx=None):
        Queue.__init__(self, maxsize, ctx=ctx)
        from .synchronize import Semaphore, Condition
        self._unfinished_tasks = Semaphore(0)
        self._cond = Condition()

    def __getstate__(self):
        return Queue.__getstate__(self) + (self._cond, self._unfinished_tasks)

    def __setstate__(self, state):
        Queue.__setstate__(self, state[:2])
        self._cond, self._unfinished_tasks = state[2:]

    def put(self, obj, block=True, timeout=None):
        if self._closed:
            raise ValueError(f"Queue {self!r} is closed")
        with self._cond:
            self._chan.put(pickle.dumps(obj), block, timeout)
            self._unfinished_tasks.release()

    def _all_done(self):
        return self._unfinished_tasks._semlock._is_zero()

    def task_done(self):
        """Mark one item got from the queue as processed."""
        with self._cond:
            took = self._unfinished_tasks.acquire(False)
            if not took:
                raise ValueError('task_done() called too many times')
            if self._all_done():
                self._cond.notify_all()

    def join(self):
        """Wait until every item put has been marked done."""
        with self._cond:
            while not self._all_done():
                self._cond.wait()


class SimpleQueue:
    """A simpler queue: put, get, empty and close."""

    def __init__(self, *, ctx=None):
        self._chan = _gilpy_mp.Channel(0)
        self._closed = False

    def __getstate__(self):
        return self._chan

    def __setstate__(self, state):
        self._chan = state
        self._closed = False

    def empty(self):
        return self._chan.qsize() == 0

    def put(self, obj):
        self._chan.put(pickle.dumps(obj))

    def get(self):
        return pickle.loads(self._chan.get())

    def close(self):
        self._closed = True

    __class_getitem__ = classmethod(type(list[int]))
