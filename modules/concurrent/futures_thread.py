"""ThreadPoolExecutor: run calls on a pool of threads."""

# How it works: calls wait as _Job objects on the pool's SimpleQueue.
# A worker that finishes a job counts itself idle on a semaphore, so
# submit() starts a new thread only when no idle one can take the call.
# None on the queue tells a worker to stop; it puts the None back so that
# the next worker stops too. Workers are not daemons: at exit the
# interpreter stops every pool and waits for its threads
# (threading._register_atexit), as CPython does. Workers hold their pool
# strongly (CPython holds it weakly, so that a pool dropped without
# shutdown() is collected and its threads end; here such a pool's threads
# wait until the interpreter exits).

from concurrent.futures import _base
import itertools
import os
import queue
import threading
import types


class _Exiting:
    """The interpreter-wide state: set once the interpreter exits, and
    the queue of every running worker thread, so that the exit hook can
    stop them. Its lock is held while submitting and while the hook runs,
    so that no call slips in after it."""

    lock = threading.Lock()
    started = False
    workers = {}

    @classmethod
    def stop_all(cls):
        with cls.lock:
            cls.started = True
        workers = list(cls.workers.items())
        cls.workers.clear()
        for _, jobs in workers:
            jobs.put(None)
        for thread, _ in workers:
            thread.join()


threading._register_atexit(_Exiting.stop_all)


class _Job:
    """One submitted call and the future that reports it."""

    __class_getitem__ = classmethod(types.GenericAlias)

    def __init__(self, future, fn, args, kwargs):
        self.future, self.call = future, (fn, args, kwargs)

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return  # cancelled while it waited
        fn, args, kwargs = self.call
        try:
            value = fn(*args, **kwargs)
        except BaseException as failure:
            self.future.set_exception(failure)
        else:
            self.future.set_result(value)


def _serve(pool, jobs, initializer, initargs):
    """A worker thread's life: the initializer, then jobs until told to
    stop."""
    if initializer is not None:
        try:
            initializer(*initargs)
        except BaseException:
            _base._logger().critical('Exception in initializer:', exc_info=True)
            pool._initializer_failed()
            return
    try:
        for job in iter(jobs.get, None):
            job.run()
            del job
            pool._idle_semaphore.release()
        # Stopping: the pool is shut down or the interpreter exits. Pass
        # the word on to the next worker.
        pool._shutdown = True
        jobs.put(None)
    except BaseException:
        _base._logger().critical('Exception in worker', exc_info=True)


class BrokenThreadPool(_base.BrokenExecutor):
    """A thread's initializer failed: the pool cannot run calls any more."""


def _drain(jobs, fail):
    # Take every job no thread has started and hand it to fail().
    while True:
        try:
            job = jobs.get_nowait()
        except queue.Empty:
            return
        if job is not None:
            fail(job)


def _pool_size(requested, initializer):
    # The number of threads a pool may start, after CPython's checks (in
    # its order: the count first).
    size = min(32, (os.cpu_count() or 1) + 4) if requested is None else requested
    if size <= 0:
        raise ValueError("max_workers must be greater than 0")
    if initializer is not None and not callable(initializer):
        raise TypeError("initializer must be a callable")
    return size


class ThreadPoolExecutor(_base.Executor):
    """An Executor whose calls run on up to max_workers threads."""

    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='',
                 initializer=None, initargs=()):
        """Make a pool of at most max_workers threads (by default
        min(32, os.cpu_count() + 4): room for I/O-bound work, capped on
        big machines), named from thread_name_prefix; each thread runs
        initializer(*initargs) before its first call."""
        self._max_workers = _pool_size(max_workers, initializer)
        self._thread_name_prefix = thread_name_prefix or f'ThreadPoolExecutor-{self._counter()}'
        self._initializer, self._initargs = initializer, initargs
        # The queue of jobs, the count of idle threads, the threads.
        self._work_queue, self._idle_semaphore, self._threads = queue.SimpleQueue(), threading.Semaphore(0), set()
        # Why the pool refuses calls (a message once broken) and whether
        # it was shut down, both changed under _shutdown_lock.
        self._broken = self._shutdown = False
        self._shutdown_lock = threading.Lock()

    def _refusal(self):
        # Why a new call cannot be taken, or None.
        if self._broken:
            return BrokenThreadPool(self._broken)
        if self._shutdown:
            return RuntimeError('cannot schedule new futures after shutdown')
        if _Exiting.started:
            return RuntimeError('cannot schedule new futures after interpreter shutdown')
        return None

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock, _Exiting.lock:
            refusal = self._refusal()
            if refusal is not None:
                raise refusal
            future = _base.Future()
            self._work_queue.put(_Job(future, fn, args, kwargs))
            if not self._idle_semaphore.acquire(timeout=0):
                self._add_thread()
            return future
    submit.__doc__ = _base.Executor.submit.__doc__

    def _add_thread(self):
        n = len(self._threads)
        if n >= self._max_workers:
            return
        t = threading.Thread(name=f'{self._thread_name_prefix}_{n}', target=_serve,
                             args=(self, self._work_queue, self._initializer, self._initargs))
        t.start()
        self._threads.add(t)
        _Exiting.workers[t] = self._work_queue

    def _initializer_failed(self):
        with self._shutdown_lock:
            self._broken = 'A thread initializer failed, the thread pool is not usable anymore'
            _drain(self._work_queue, lambda job: job.future.set_exception(BrokenThreadPool(self._broken)))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                _drain(self._work_queue, lambda job: job.future.cancel())
            self._work_queue.put(None)
        for t in self._threads if wait else ():
            t.join()
    shutdown.__doc__ = _base.Executor.shutdown.__doc__
