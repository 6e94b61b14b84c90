"""ThreadPoolExecutor: run calls on a pool of threads."""

# gilpy's own implementation. Work items wait on a queue.SimpleQueue; a
# worker that finds nothing to do counts itself idle on a semaphore, so
# submit() starts a new thread only when no idle one can take the call.
# Workers are not daemons: at exit the interpreter shuts the pools down
# and waits for them (threading._register_atexit), as CPython does.
# Workers hold their pool strongly (CPython holds it weakly, so that a
# pool dropped without shutdown() is collected and its threads end; here
# such a pool's threads wait until the interpreter exits).

from concurrent.futures import _base
import itertools
import os
import queue
import threading
import types

# The worker threads of live pools and their work queues, so that the
# exit hook can stop them.
_pools = {}
_shutdown = False
# Held while submitting and while the exit hook runs, so that no work
# slips in after it.
_global_shutdown_lock = threading.Lock()


def _python_exit():
    global _shutdown
    with _global_shutdown_lock:
        _shutdown = True
    items = list(_pools.items())
    _pools.clear()
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


threading._register_atexit(_python_exit)

# After a fork, the child's pools are empty and their lock is free.
if hasattr(os, 'register_at_fork'):
    os.register_at_fork(before=_global_shutdown_lock.acquire,
                        after_in_child=_global_shutdown_lock._at_fork_reinit,
                        after_in_parent=_global_shutdown_lock.release)


class _WorkItem(object):
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
            # Break the cycle through the exception's traceback.
            self = None
        else:
            self.future.set_result(result)

    __class_getitem__ = classmethod(types.GenericAlias)


def _worker(executor_ref, work_queue, initializer, initargs):
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base._logger().critical('Exception in initializer:', exc_info=True)
            executor = executor_ref()
            if executor is not None:
                executor._initializer_failed()
            return
    try:
        while True:
            item = work_queue.get(block=True)
            if item is not None:
                item.run()
                del item
                # Count this thread idle, so that submit() reuses it.
                executor = executor_ref()
                if executor is not None:
                    executor._idle_semaphore.release()
                del executor
                continue

            # None is the signal to stop: when the interpreter exits, when
            # the executor was collected, or when it was shut down. Pass it
            # on so that the other workers stop too.
            executor = executor_ref()
            if _shutdown or executor is None or executor._shutdown:
                if executor is not None:
                    executor._shutdown = True
                work_queue.put(None)
                return
            del executor
    except BaseException:
        _base._logger().critical('Exception in worker', exc_info=True)


class BrokenThreadPool(_base.BrokenExecutor):
    """A thread's initializer failed: the pool cannot run calls any more."""


class ThreadPoolExecutor(_base.Executor):

    # Numbers the pools for their default thread names.
    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        """Make a pool of at most max_workers threads (by default
        min(32, os.cpu_count() + 4)), named from thread_name_prefix; each
        thread runs initializer(*initargs) before its first call."""
        if max_workers is None:
            # Enough threads for I/O-bound work, with a cap so that a big
            # machine does not start hundreds.
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")

        self._max_workers = max_workers
        self._work_queue = queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        self._thread_name_prefix = (thread_name_prefix or
                                    ("ThreadPoolExecutor-%d" % self._counter()))
        self._initializer = initializer
        self._initargs = initargs
        self._ref = lambda: self

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _global_shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _shutdown:
                raise RuntimeError('cannot schedule new futures after '
                                   'interpreter shutdown')
            f = _base.Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._adjust_thread_count()
            return f
    submit.__doc__ = _base.Executor.submit.__doc__

    def _adjust_thread_count(self):
        # An idle thread will take the item.
        if self._idle_semaphore.acquire(timeout=0):
            return

        n = len(self._threads)
        if n < self._max_workers:
            t = threading.Thread(name='%s_%d' % (self._thread_name_prefix or self, n),
                                 target=_worker,
                                 args=(self._ref, self._work_queue,
                                       self._initializer, self._initargs))
            t.start()
            self._threads.add(t)
            _pools[t] = self._work_queue

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = ('A thread initializer failed, the thread pool '
                            'is not usable anymore')
            # Fail the calls still queued.
            while True:
                try:
                    item = self._work_queue.get_nowait()
                except queue.Empty:
                    break
                if item is not None:
                    item.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                # Cancel what no thread has taken yet.
                while True:
                    try:
                        item = self._work_queue.get_nowait()
                    except queue.Empty:
                        break
                    if item is not None:
                        item.future.cancel()
            # Wake a worker; each passes the None on.
            self._work_queue.put(None)
        if wait:
            for t in self._threads:
                t.join()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__
