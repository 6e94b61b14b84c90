"""Futures, the Executor interface, wait() and as_completed()."""

# gilpy's own implementation of concurrent.futures' common part. A Future
# guards its state with a threading.Condition; wait() and as_completed()
# register a _Watch on each future they wait for, which the future pokes
# when it finishes, so neither polls.

import collections
import threading
import time
import types

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

# The states of a future.
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
# A cancelled future whose waiters have been told.
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}


def _logger():
    import logging
    return logging.getLogger("concurrent.futures")


class Error(Exception):
    """The base of the exceptions concurrent.futures raises."""
    pass


class CancelledError(Error):
    """The future was cancelled before it finished."""
    pass


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The future's state does not allow this operation."""
    pass


class _Watch(object):
    """What wait() and as_completed() leave on the futures they wait for.

    A future calls note(kind, future) when it finishes (kind is 'result',
    'exception' or 'cancelled'); the watch records it and wakes its
    waiter when the condition it waits for holds.
    """

    def __init__(self, mode, pending_count):
        self.mode = mode
        self.pending_count = pending_count
        self.event = threading.Event()
        self.lock = threading.Lock()
        self.finished_futures = []

    def note(self, kind, future):
        with self.lock:
            self.finished_futures.append(future)
            self.pending_count -= 1
            if self.mode in (_AS_COMPLETED, FIRST_COMPLETED):
                wake = True
            elif self.mode == FIRST_EXCEPTION:
                wake = kind == 'exception' or self.pending_count <= 0
            else:
                wake = self.pending_count <= 0
        if wake:
            self.event.set()

    def take(self):
        """Return the futures noted since the last take, and rearm."""
        with self.lock:
            done = self.finished_futures
            self.finished_futures = []
            self.event.clear()
        return done


class _AcquireFutures(object):
    """Hold the conditions of several futures at once, in id() order so
    that two callers never deadlock."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for f in self.futures:
            f._condition.acquire()

    def __exit__(self, *args):
        for f in self.futures:
            f._condition.release()


def _yield_finished(fs, watch, ref_collect):
    """Yield the futures of fs one at a time, dropping our references as
    we go (ref_collect holds the containers to drop them from)."""
    while fs:
        f = fs[-1]
        for container in ref_collect:
            container.remove(f)
        with f._condition:
            f._waiters.remove(watch)
        del f
        yield fs.pop()


def as_completed(fs, timeout=None):
    """Yield the futures of fs as they finish (each once), waiting at most
    timeout seconds in all; TimeoutError names how many were left."""
    if timeout is not None:
        deadline = timeout + time.monotonic()

    fs = set(fs)
    total = len(fs)
    with _AcquireFutures(fs):
        finished = set(f for f in fs if f._state in (CANCELLED_AND_NOTIFIED, FINISHED))
        pending = fs - finished
        watch = _Watch(_AS_COMPLETED, len(pending))
        for f in fs:
            f._waiters.append(watch)
    try:
        yield from _yield_finished(list(finished), watch, (fs,))
        while pending:
            if timeout is None:
                wait_timeout = None
            else:
                wait_timeout = deadline - time.monotonic()
                if wait_timeout < 0:
                    raise TimeoutError(
                        '%d (of %d) futures unfinished' % (len(pending), total))
            watch.event.wait(wait_timeout)
            done = watch.take()
            # Newest first, as the futures were noted.
            done.reverse()
            yield from _yield_finished(done, watch, (fs, pending))
    finally:
        # Leave no watch behind on the futures not yielded.
        for f in fs:
            with f._condition:
                if watch in f._waiters:
                    f._waiters.remove(watch)


DoneAndNotDoneFutures = collections.namedtuple(
    'DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Wait until return_when holds for the futures of fs (FIRST_COMPLETED,
    FIRST_EXCEPTION or ALL_COMPLETED) or timeout seconds pass, and return
    the sets (done, not_done)."""
    fs = set(fs)
    with _AcquireFutures(fs):
        done = set(f for f in fs if f._state in (CANCELLED_AND_NOTIFIED, FINISHED))
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_EXCEPTION and done:
            if any(f for f in done if not f.cancelled() and f.exception() is not None):
                return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        watch = _Watch(return_when, len(not_done))
        for f in fs:
            f._waiters.append(watch)

    watch.event.wait(timeout)
    for f in fs:
        with f._condition:
            f._waiters.remove(watch)
    done.update(watch.take())
    return DoneAndNotDoneFutures(done, fs - done)


class Future(object):
    """The outcome of a call that runs elsewhere: pending, running,
    cancelled or finished with a result or an exception."""

    def __init__(self):
        """Executors make futures; a client never needs to."""
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                _logger().exception('exception calling callback for %r', self)

    def __repr__(self):
        with self._condition:
            where = '<%s at %#x state=%s' % (
                self.__class__.__name__, id(self),
                _STATE_TO_DESCRIPTION_MAP[self._state])
            if self._state == FINISHED:
                if self._exception:
                    return '%s raised %s>' % (where, self._exception.__class__.__name__)
                return '%s returned %s>' % (where, self._result.__class__.__name__)
            return where + '>'

    def cancel(self):
        """Cancel a future that has not started; True if it is cancelled."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        """True if the future was cancelled."""
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        """True while the call runs."""
        with self._condition:
            return self._state == RUNNING

    def done(self):
        """True once the future is cancelled or finished."""
        with self._condition:
            return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def __get_result(self):
        if self._exception is None:
            return self._result
        try:
            raise self._exception
        finally:
            # Drop the reference cycle through the traceback's frame.
            self = None

    def add_done_callback(self, fn):
        """Call fn(future) when the future finishes or is cancelled, in the
        order added; at once if it already has."""
        with self._condition:
            if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception:
            _logger().exception('exception calling callback for %r', self)

    def _wait_done(self, timeout):
        """With the condition held: wait until the future is done or the
        timeout passes; raise CancelledError or TimeoutError as result()
        and exception() do."""
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._state == FINISHED:
            return
        self._condition.wait(timeout)
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._state != FINISHED:
            raise TimeoutError()

    def result(self, timeout=None):
        """Wait at most timeout seconds (None: no limit) and return the
        call's result or raise its exception; CancelledError if it was
        cancelled, TimeoutError if it is still not done."""
        try:
            with self._condition:
                self._wait_done(timeout)
                return self.__get_result()
        finally:
            self = None

    def exception(self, timeout=None):
        """Wait as result() does and return the exception the call raised,
        or None."""
        with self._condition:
            self._wait_done(timeout)
            return self._exception

    # The methods below are for Executor implementations and unit tests.
    def set_running_or_notify_cancel(self):
        """For executors, before running the call: False (and waiters told)
        if the future was cancelled, else mark it running and return True."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for w in self._waiters:
                    w.note('cancelled', self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            _logger().critical('Future %s in unexpected state: %s', id(self), self._state)
            raise RuntimeError('Future in unexpected state')

    def _finish(self, kind):
        # With the condition held.
        self._state = FINISHED
        for w in self._waiters:
            w.note(kind, self)
        self._condition.notify_all()

    def set_result(self, result):
        """For executors: the call returned result."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._finish('result')
        self._invoke_callbacks()

    def set_exception(self, exception):
        """For executors: the call raised exception."""
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._exception = exception
            self._finish('exception')
        self._invoke_callbacks()

    __class_getitem__ = classmethod(types.GenericAlias)


class Executor(object):
    """What executors offer: submit(), map() and shutdown()."""

    def submit(self, fn, /, *args, **kwargs):
        """Arrange for fn(*args, **kwargs) to run; return its Future."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), but every call is submitted at once and
        runs in the executor; the results come back in order, the whole
        within timeout seconds. chunksize matters to process pools only."""
        if timeout is not None:
            deadline = timeout + time.monotonic()
        # Every call is submitted now; the results are collected lazily.
        futures = [self.submit(fn, *args) for args in zip(*iterables)]
        return _map_results(futures, timeout, deadline if timeout is not None else None)

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Free the executor's resources (more than once is fine); wait for
        running calls if wait is true, and cancel the queued ones if
        cancel_futures is true."""
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


def _map_results(futures, timeout, deadline):
    # A generator of its own, so that map() submits at once and a caller
    # who never iterates still gets every call made.
    try:
        futures.reverse()
        while futures:
            f = futures.pop()
            try:
                if timeout is None:
                    yield f.result()
                else:
                    yield f.result(deadline - time.monotonic())
            finally:
                del f
    finally:
        for f in futures:
            f.cancel()


class BrokenExecutor(RuntimeError):
    """An executor that can no longer run anything after a failure."""
