"""Futures, the Executor interface, wait() and as_completed()."""

# gilpy's own implementation of concurrent.futures' common part. A Future
# guards its state with a threading.Condition; wait() and as_completed()
# register a _Watch on each future they wait for, which the future pokes
# when it finishes, so neither polls.

import time
import threading
from collections import namedtuple
from types import GenericAlias

# What wait()'s return_when may be (each constant's value is its name),
# and the mode as_completed() gives its watches.
FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, _AS_COMPLETED = (
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', '_AS_COMPLETED')

# A future's life: PENDING, then RUNNING or CANCELLED, then FINISHED; a
# cancelled future becomes CANCELLED_AND_NOTIFIED once the executor has
# seen it and told the waiters.
_FUTURE_STATES = ['PENDING', 'RUNNING', 'CANCELLED', 'CANCELLED_AND_NOTIFIED', 'FINISHED']
PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED = _FUTURE_STATES

# What a repr says of each state.
_STATE_TO_DESCRIPTION_MAP = {state: state.lower() for state in _FUTURE_STATES}
_STATE_TO_DESCRIPTION_MAP[CANCELLED_AND_NOTIFIED] = "cancelled"

# The states in which a future will not change any more (as far as
# result() is concerned), and the cancelled ones.
_CANCELLED_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED)
_DONE_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)


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
            left = None if timeout is None else deadline - time.monotonic()
            if left is not None and left < 0:
                raise TimeoutError(
                    '%d (of %d) futures unfinished' % (len(pending), total))
            watch.event.wait(left)
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


DoneAndNotDoneFutures = namedtuple(
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
        self._state = PENDING
        self._result = self._exception = None
        # The watches of wait() and as_completed(), and the callbacks.
        self._waiters, self._done_callbacks = [], []
        self._condition = threading.Condition()

    def _call_back(self, fn):
        # A failing callback is logged and does not stop the others.
        try:
            fn(self)
        except Exception:
            _logger().exception('exception calling callback for %r', self)

    def _invoke_callbacks(self):
        for fn in self._done_callbacks:
            self._call_back(fn)

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
            if self._state != PENDING:
                return self._state in _CANCELLED_STATES
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        """True if the future was cancelled."""
        with self._condition:
            return self._state in _CANCELLED_STATES

    def running(self):
        """True while the call runs."""
        with self._condition:
            return self._state == RUNNING

    def done(self):
        """True once the future is cancelled or finished."""
        with self._condition:
            return self._state in _DONE_STATES

    def __get_result(self):
        failure = self._exception
        if failure is None:
            return self._result
        try:
            raise failure
        finally:
            # The traceback's frame would keep the future and the
            # exception alive through each other: drop both.
            failure = self = None

    def add_done_callback(self, fn):
        """Call fn(future) when the future finishes or is cancelled, in the
        order added; at once if it already has."""
        with self._condition:
            pending = self._state not in _DONE_STATES
            if pending:
                self._done_callbacks.append(fn)
        if not pending:
            self._call_back(fn)

    def _wait_done(self, timeout):
        """With the condition held: wait until the future is done or the
        timeout passes; raise CancelledError or TimeoutError as result()
        and exception() do."""
        if self._state not in _DONE_STATES:
            self._condition.wait(timeout)
        if self._state in _CANCELLED_STATES:
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

    def _finish(self, kind, attr, value):
        # Record the outcome (result or exception), tell the watches and
        # the threads in result(), then run the callbacks.
        with self._condition:
            if self._state in _DONE_STATES:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            setattr(self, attr, value)
            self._state = FINISHED
            for watch in self._waiters:
                watch.note(kind, self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_result(self, result):
        """For executors: the call returned result."""
        self._finish('result', '_result', result)

    def set_exception(self, exception):
        """For executors: the call raised exception."""
        self._finish('exception', '_exception', exception)

    __class_getitem__ = classmethod(GenericAlias)


class Executor(object):
    """What executors offer: submit(), map() and shutdown()."""

    def submit(self, fn, /, *args, **kwargs):
        """Arrange for fn(*args, **kwargs) to run; return its Future."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), but every call is submitted at once and
        runs in the executor; the results come back in order, the whole
        within timeout seconds. chunksize matters to process pools only."""
        deadline = None if timeout is None else time.monotonic() + timeout
        # Every call is submitted now; the results are collected lazily.
        futures = [self.submit(fn, *args) for args in zip(*iterables)]
        return _map_results(futures, deadline)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        """Shut the executor down, waiting for its calls; exceptions
        propagate."""
        self.shutdown(wait=True)
        return False

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Free the executor's resources (more than once is fine); wait for
        running calls if wait is true, and cancel the queued ones if
        cancel_futures is true."""


def _map_results(futures, deadline):
    # A generator of its own, so that map() submits at once and a caller
    # who never iterates still gets every call made. Leaving early (an
    # exception, a timeout, the iterator closed) cancels whatever has not
    # been collected, the future being waited for included.
    futures.reverse()
    try:
        while futures:
            left = None if deadline is None else deadline - time.monotonic()
            try:
                value = futures[-1].result(left)
            except BaseException:
                futures[-1].cancel()
                raise
            futures.pop()
            yield value
    finally:
        for f in futures:
            f.cancel()


class BrokenExecutor(RuntimeError):
    """An executor that can no longer run anything after a failure."""
