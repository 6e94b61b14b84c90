"""ProcessPoolExecutor: run calls in a pool of processes."""

# gilpy's processes are interpreter instances of their own (see the
# multiprocessing module): the executor hands each call to a
# multiprocessing Pool and completes its future from the pool's result.

import os
import threading
from concurrent.futures import _base

_MAX_WINDOWS_WORKERS = 63 - 2


class BrokenProcessPool(_base.BrokenExecutor):
    """A process of the pool ended abruptly: the pool cannot run calls any
    more."""


def _check_system_limits():
    # CPython checks the host's semaphore limits here; gilpy's processes
    # need no OS semaphores, so there is no limit to reach.
    return None


def _max_tasks_or_none(n):
    # max_tasks_per_child: None (no limit) or a positive int.
    if n is None or (isinstance(n, int) and n > 0):
        return n
    if isinstance(n, int):
        raise ValueError("max_tasks_per_child must be >= 1")
    raise TypeError("max_tasks_per_child must be an integer")


class ProcessPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, mp_context=None,
                 initializer=None, initargs=(), *, max_tasks_per_child=None):
        """Make a pool of at most max_workers processes (one per CPU by
        default)."""
        _check_system_limits()
        if max_workers is None:
            self._max_workers = os.cpu_count() or 1
        else:
            if max_workers <= 0:
                raise ValueError("max_workers must be greater than 0")
            self._max_workers = max_workers
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_tasks_per_child = _max_tasks_or_none(max_tasks_per_child)
        if mp_context is None:
            import multiprocessing
            mp_context = multiprocessing.get_context()
        self._mp_context = mp_context
        self._initializer = initializer
        self._initargs = initargs
        self._pool = None
        self._shutdown_lock = threading.Lock()
        self._shutdown_thread = False
        self._broken = False
        self._pending = set()

    def _start_pool(self):
        if self._pool is None:
            from multiprocessing.pool import Pool
            self._pool = Pool(self._max_workers, self._initializer,
                              self._initargs, self._max_tasks_per_child,
                              context=self._mp_context)

    def _check_open(self):
        # With _shutdown_lock held: may a call be submitted now?
        if self._broken:
            raise BrokenProcessPool(self._broken)
        if self._shutdown_thread:
            raise RuntimeError('cannot schedule new futures after shutdown')

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            self._check_open()
            self._start_pool()
            f = _base.Future()
            f.set_running_or_notify_cancel()
            self._pending.add(f)

            def done(result):
                self._pending.discard(f)
                f.set_result(result)

            def failed(exc):
                self._pending.discard(f)
                f.set_exception(exc)

            self._pool.apply_async(fn, args, kwargs, done, failed)
            return f
    submit.__doc__ = _base.Executor.submit.__doc__

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like Executor.map; chunksize is accepted (each call is sent on
        its own)."""
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        return super().map(fn, *iterables, timeout=timeout)

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown_thread = True
        if self._pool is not None:
            self._pool.close()
            if wait:
                self._pool.join()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__
