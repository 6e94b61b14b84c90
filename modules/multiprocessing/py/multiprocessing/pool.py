"""Pools of workers: Pool runs calls in processes, ThreadPool in threads.

Tasks go to the workers through one queue and results come back through
another; a thread of the pool's owner hands each result to the
ApplyResult, MapResult or iterator that waits for it.
"""

import itertools
import os
import queue
import threading
import traceback
from collections import deque

from . import context as _context

__all__ = ['Pool', 'ThreadPool']

RUN, CLOSE, TERMINATE = 'RUN', 'CLOSE', 'TERMINATE'

TimeoutError = _context.TimeoutError
_job_counter = itertools.count()


class RemoteTraceback(Exception):
    """The traceback of an exception raised in a worker, as text."""

    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


def _rebuild_exc(exc, tb):
    exc.__cause__ = RemoteTraceback(tb)
    return exc


class ExceptionWithTraceback:
    """An exception to send to the parent with its worker traceback."""

    def __init__(self, exc, tb):
        tb = ''.join(traceback.format_exception(type(exc), exc, tb))
        self.exc = exc
        self.tb = '\n"""\n%s"""' % tb

    def __reduce__(self):
        return _rebuild_exc, (self.exc, self.tb)


class MaybeEncodingError(Exception):
    """A result or exception that could not be pickled."""

    def __init__(self, exc, value):
        self.exc = repr(exc)
        self.value = repr(value)
        super().__init__(self.exc, self.value)

    def __str__(self):
        return "Error sending result: '%s'. Reason: '%s'" % (self.value, self.exc)

    def __repr__(self):
        return "<%s: %s>" % (self.__class__.__name__, self)


def mapstar(args):
    return list(map(*args))


def starmapstar(args):
    return list(itertools.starmap(args[0], args[1]))


def _run_task(func, args, kwds, wrap_exception):
    # (True, result) or (False, exception); in a process pool the
    # exception carries its worker traceback to the parent.
    try:
        return True, func(*args, **kwds)
    except Exception as failure:
        if wrap_exception and func is not _helper_reraises_exception:
            failure = ExceptionWithTraceback(failure, failure.__traceback__)
        return False, failure


def worker(inqueue, outqueue, initializer=None, initargs=(), maxtasks=None,
           wrap_exception=False):
    """A worker's loop: run tasks until the None that ends it, or until
    it has run maxtasks of them."""
    if initializer is not None:
        initializer(*initargs)
    budget = itertools.count() if maxtasks is None else range(maxtasks)
    for _ in budget:
        task = inqueue.get()
        if task is None:
            return
        job, index, func, args, kwds = task
        outcome = _run_task(func, args, kwds, wrap_exception)
        try:
            outqueue.put((job, index, outcome))
        except Exception as unsendable:
            # The result (or its exception) would not pickle: say so.
            outqueue.put((job, index, (False, MaybeEncodingError(unsendable, outcome[1]))))
        # Let go of the task's objects before waiting for the next one.
        del task, outcome, func, args, kwds


def _helper_reraises_exception(ex):
    raise ex


def _check_pool_arguments(processes, initializer, maxtasksperchild):
    # The pool's size (the CPU count by default), after the argument
    # checks CPython makes, with its messages.
    size = (os.cpu_count() or 1) if processes is None else processes
    if size < 1:
        raise ValueError("Number of processes must be at least 1")
    if maxtasksperchild is not None and (not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0):
        raise ValueError("maxtasksperchild must be a positive int or None")
    if initializer is not None and not callable(initializer):
        raise TypeError('initializer must be a callable')
    return size


class Pool:
    """A pool of worker processes."""

    # Exceptions cross a process boundary with their traceback as text.
    _wrap_exception = True

    def __init__(self, processes=None, initializer=None, initargs=(),
                 maxtasksperchild=None, context=None):
        self._pool = []
        self._state = RUN
        self._ctx = context or _context._default_context.get_context()
        self._setup_queues()
        self._cache = {}
        self._cache_lock = threading.Lock()
        processes = _check_pool_arguments(processes, initializer, maxtasksperchild)
        self._processes = processes
        self._initializer = initializer
        self._initargs = initargs
        self._maxtasksperchild = maxtasksperchild
        for _ in range(processes):
            self._start_worker()
        self._result_handler = threading.Thread(target=self._handle_results,
                                                daemon=True)
        self._result_handler.start()

    @staticmethod
    def Process(ctx, *args, **kwds):
        """Make one worker (a process of the pool's context)."""
        return ctx.Process(*args, **kwds)

    def _setup_queues(self):
        self._inqueue = self._ctx.SimpleQueue()
        self._outqueue = self._ctx.SimpleQueue()

    def _start_worker(self):
        w = self.Process(self._ctx, target=worker,
                         args=(self._inqueue, self._outqueue, self._initializer,
                               self._initargs, self._maxtasksperchild,
                               self._wrap_exception))
        w.name = w.name.replace('Process', 'PoolWorker')
        w.daemon = True
        w.start()
        self._pool.append(w)

    def _handle_results(self):
        while True:
            item = self._outqueue.get()
            if item is None:
                return
            job, i, result = item
            with self._cache_lock:
                handler = self._cache.get(job)
            if handler is not None:
                handler._set(i, result)

    def __repr__(self):
        cls = self.__class__
        return (f'<{cls.__module__}.{cls.__qualname__} '
                f'state={self._state} pool_size={len(self._pool)}>')

    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def _submit(self, job, i, func, args, kwds):
        self._inqueue.put((job, i, func, args, kwds))

    def apply(self, func, args=(), kwds={}):
        """Call func(*args, **kwds) in a worker and return its result."""
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None,
                    error_callback=None):
        """Start func(*args, **kwds) in a worker; give an ApplyResult."""
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._submit(result._job, 0, func, args, kwds)
        return result

    def _default_chunksize(self, count):
        # About four chunks per worker, rounded up.
        per = len(self._pool) * 4
        return -(-count // per)

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None,
                   error_callback=None):
        self._check_running()
        items = list(iterable)
        if chunksize is None:
            chunksize = self._default_chunksize(len(items))
        chunksize = max(chunksize, 1) if items else 0
        result = MapResult(self, chunksize, len(items), callback, error_callback)
        for n, start in enumerate(range(0, len(items), chunksize or 1)):
            self._submit(result._job, n, mapper, ((func, items[start:start + chunksize]),), {})
        return result

    def map(self, func, iterable, chunksize=None):
        """Apply func to each item in the workers; the results in order."""
        return self._map_async(func, iterable, mapstar, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        """Like map, each item being the arguments of one call."""
        return self._map_async(func, iterable, starmapstar, chunksize).get()

    def map_async(self, func, iterable, chunksize=None, callback=None,
                  error_callback=None):
        return self._map_async(func, iterable, mapstar, chunksize, callback,
                               error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None,
                      error_callback=None):
        return self._map_async(func, iterable, starmapstar, chunksize, callback,
                               error_callback)

    def imap(self, func, iterable, chunksize=1):
        """An iterator over the results of func on each item, in order."""
        self._check_running()
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        it = IMapIterator(self)
        items = list(iterable)
        chunks = [items[i:i + chunksize] for i in range(0, len(items), chunksize)]
        it._expect(len(chunks))
        for i, chunk in enumerate(chunks):
            self._submit(it._job, i, mapstar, ((func, chunk),), {})
        return it

    def imap_unordered(self, func, iterable, chunksize=1):
        """Like imap, the results in the order they are ready."""
        self._check_running()
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0!r}".format(chunksize))
        it = IMapUnorderedIterator(self)
        items = list(iterable)
        chunks = [items[i:i + chunksize] for i in range(0, len(items), chunksize)]
        it._expect(len(chunks))
        for i, chunk in enumerate(chunks):
            self._submit(it._job, i, mapstar, ((func, chunk),), {})
        return it

    def close(self):
        """Take no more tasks; the workers end when the queue is done."""
        if self._state == RUN:
            self._state = CLOSE
            for _ in self._pool:
                self._inqueue.put(None)

    def terminate(self):
        """Stop the workers now."""
        if self._state == TERMINATE:
            return
        self._state = TERMINATE
        self._stop_workers()
        self._outqueue.put(None)
        self._result_handler.join()

    def _stop_workers(self):
        running = [w for w in self._pool if w.exitcode is None]
        for w in running:
            w.terminate()
        for w in self._pool:
            w.join()

    def join(self):
        """Wait for the workers to end (after close or terminate)."""
        if self._state == RUN:
            raise ValueError("Pool is still running")
        elif self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        for p in self._pool:
            p.join()
        if self._result_handler.is_alive():
            self._outqueue.put(None)
            self._result_handler.join()

    # A with block terminates the pool when it ends, finished or not.
    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, *exc_info):
        self.terminate()


class ApplyResult:
    """The result of a call a pool runs: get, wait, ready, successful.

    It registers itself in the pool's table of pending jobs under a new
    job number; the pool's result thread calls _set when the worker's
    answer arrives, and it leaves the table once complete."""

    def __init__(self, pool, callback, error_callback):
        self._pool, self._cache = pool, pool._cache
        self._callback, self._error_callback = callback, error_callback
        self._event = threading.Event()
        self._job = next(_job_counter)
        with pool._cache_lock:
            self._cache[self._job] = self

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self._event.is_set():
            raise ValueError(f"{self!r} not ready")
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        if not self._event.wait(timeout):
            raise TimeoutError
        if not self._success:
            raise self._value
        return self._value

    def _complete(self, success, value):
        # Record the outcome, run the matching callback, wake get().
        self._success, self._value = success, value
        notify = self._callback if success else self._error_callback
        if notify:
            notify(value)
        self._event.set()
        with self._pool._cache_lock:
            self._cache.pop(self._job, None)
        self._pool = None

    def _set(self, i, outcome):
        self._complete(*outcome)

    __class_getitem__ = classmethod(type(list[int]))


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    """The result of map_async: the chunks' results are put in place as
    they arrive; the first failure becomes the result once every chunk
    has answered."""

    def __init__(self, pool, chunksize, length, callback, error_callback):
        super().__init__(pool, callback, error_callback)
        self._chunksize = chunksize
        self._slots = [None] * length
        self._failure = None
        self._pending = -(-length // chunksize) if chunksize > 0 else 0
        if not self._pending:
            self._complete(True, self._slots)

    def _set(self, i, outcome):
        ok, value = outcome
        if ok:
            start = i * self._chunksize
            self._slots[start:start + self._chunksize] = value
        elif self._failure is None:
            self._failure = value
        self._pending -= 1
        if self._pending == 0:
            if self._failure is None:
                self._complete(True, self._slots)
            else:
                self._complete(False, self._failure)


class IMapIterator:
    """The results of imap, in order, as they come."""

    def __init__(self, pool):
        self._pool = pool
        self._cond = threading.Condition(threading.Lock())
        self._job = next(_job_counter)
        self._cache = pool._cache
        self._items = deque()
        self._index = 0
        self._length = None
        self._unsorted = {}
        with pool._cache_lock:
            self._cache[self._job] = self

    def _expect(self, n):
        with self._cond:
            self._length = n
            self._cond.notify()
        if n == 0:
            with self._pool._cache_lock:
                del self._cache[self._job]

    def __iter__(self):
        return self

    def next(self, timeout=None):
        with self._cond:
            while True:
                if self._items:
                    success, value = self._items.popleft()
                    if success:
                        return value
                    raise value
                if self._length is not None and self._index >= self._length and not self._items:
                    raise StopIteration from None
                if not self._cond.wait(timeout) and not self._items:
                    if timeout is not None:
                        raise TimeoutError from None

    __next__ = next

    def _set(self, i, obj):
        with self._cond:
            if self._index == i:
                self._push(obj)
                self._index += 1
                while self._index in self._unsorted:
                    obj = self._unsorted.pop(self._index)
                    self._push(obj)
                    self._index += 1
                self._cond.notify()
            else:
                self._unsorted[i] = obj
            if self._index == self._length:
                with self._pool._cache_lock:
                    self._cache.pop(self._job, None)

    def _push(self, obj):
        success, value = obj
        if success:
            for v in value:
                self._items.append((True, v))
        else:
            self._items.append((False, value))


class IMapUnorderedIterator(IMapIterator):
    def _set(self, i, obj):
        with self._cond:
            self._push(obj)
            self._index += 1
            self._cond.notify()
            if self._index == self._length:
                with self._pool._cache_lock:
                    self._cache.pop(self._job, None)


class ThreadPool(Pool):
    """A Pool whose workers are threads of this process."""

    _wrap_exception = False

    @staticmethod
    def Process(ctx, *args, **kwds):
        from .dummy import DummyProcess
        return DummyProcess(*args, **kwds)

    def __init__(self, processes=None, initializer=None, initargs=()):
        Pool.__init__(self, processes, initializer, initargs)

    def _setup_queues(self):
        self._inqueue = queue.SimpleQueue()
        self._outqueue = queue.SimpleQueue()

    def _stop_workers(self):
        # Threads cannot be stopped: drop the waiting tasks and let each
        # worker end after its current one.
        try:
            while True:
                self._inqueue.get_nowait()
        except queue.Empty:
            pass
        for _ in self._pool:
            self._inqueue.put(None)
        for p in self._pool:
            p.join()
