"""Pools of workers: Pool runs calls in processes, ThreadPool in threads.

Tasks go to the workers through one queue and results come back through
another; a thread of the pool's owner hands each result to the
ApplyResult, MapResult or iterator that waits for it.
"""

import collections
import itertools
import os
import queue
import threading
import traceback

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


def worker(inqueue, outqueue, initializer=None, initargs=(), maxtasks=None,
           wrap_exception=False):
    """A worker's loop: run tasks until the None that ends it."""
    if initializer is not None:
        initializer(*initargs)
    completed = 0
    while maxtasks is None or completed < maxtasks:
        task = inqueue.get()
        if task is None:
            break
        job, i, func, args, kwds = task
        try:
            result = (True, func(*args, **kwds))
        except Exception as e:
            if wrap_exception and func is not _helper_reraises_exception:
                e = ExceptionWithTraceback(e, e.__traceback__)
            result = (False, e)
        try:
            outqueue.put((job, i, result))
        except Exception as e:
            wrapped = MaybeEncodingError(e, result[1])
            outqueue.put((job, i, (False, wrapped)))
        task = job = result = func = args = kwds = None
        completed += 1


def _helper_reraises_exception(ex):
    raise ex


class Pool:
    """A pool of worker processes."""

    _wrap_exception = True

    @staticmethod
    def Process(ctx, *args, **kwds):
        return ctx.Process(*args, **kwds)

    def __init__(self, processes=None, initializer=None, initargs=(),
                 maxtasksperchild=None, context=None):
        self._pool = []
        self._state = RUN
        self._ctx = context or _context._default_context.get_context()
        self._setup_queues()
        self._cache = {}
        self._cache_lock = threading.Lock()
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._initializer = initializer
        self._initargs = initargs
        self._maxtasksperchild = maxtasksperchild
        for _ in range(processes):
            self._start_worker()
        self._result_handler = threading.Thread(target=self._handle_results,
                                                daemon=True)
        self._result_handler.start()

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

    def _chunks(self, iterable, chunksize):
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)
        if chunksize is None:
            chunksize, extra = divmod(len(iterable), len(self._pool) * 4)
            if extra:
                chunksize += 1
        if len(iterable) == 0:
            chunksize = 0
        return iterable, chunksize

    def _map_async(self, func, iterable, mapper, chunksize=None, callback=None,
                   error_callback=None):
        self._check_running()
        iterable, chunksize = self._chunks(iterable, chunksize)
        items = list(iterable)
        if chunksize < 1 and items:
            chunksize = 1
        chunks = [items[i:i + chunksize] for i in range(0, len(items), chunksize)] if items else []
        result = MapResult(self, chunksize, len(items), callback, error_callback)
        for i, chunk in enumerate(chunks):
            self._submit(result._job, i, mapper, ((func, chunk),), {})
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
        for p in self._pool:
            if p.exitcode is None:
                p.terminate()
        for p in self._pool:
            p.join()

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

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.terminate()


class ApplyResult:
    """The result of a call a pool runs: get, wait, ready, successful."""

    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = threading.Event()
        self._job = next(_job_counter)
        self._cache = pool._cache
        self._callback = callback
        self._error_callback = error_callback
        with pool._cache_lock:
            self._cache[self._job] = self

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value

    def _set(self, i, obj):
        self._success, self._value = obj
        if self._callback and self._success:
            self._callback(self._value)
        if self._error_callback and not self._success:
            self._error_callback(self._value)
        self._event.set()
        with self._pool._cache_lock:
            del self._cache[self._job]
        self._pool = None

    __class_getitem__ = classmethod(type(list[int]))


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback=error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        if chunksize <= 0:
            self._number_left = 0
            self._event.set()
            with pool._cache_lock:
                del self._cache[self._job]
        else:
            self._number_left = length // chunksize + bool(length % chunksize)

    def _set(self, i, success_result):
        self._number_left -= 1
        success, result = success_result
        if success and self._success:
            self._value[i * self._chunksize:(i + 1) * self._chunksize] = result
            if self._number_left == 0:
                if self._callback:
                    self._callback(self._value)
                self._finish()
        else:
            if not success and self._success:
                self._success = False
                self._value = result
            if self._number_left == 0:
                if self._error_callback:
                    self._error_callback(self._value)
                self._finish()

    def _finish(self):
        with self._pool._cache_lock:
            del self._cache[self._job]
        self._event.set()
        self._pool = None


class IMapIterator:
    """The results of imap, in order, as they come."""

    def __init__(self, pool):
        self._pool = pool
        self._cond = threading.Condition(threading.Lock())
        self._job = next(_job_counter)
        self._cache = pool._cache
        self._items = collections.deque()
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
