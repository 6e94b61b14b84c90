"""The synchronization objects processes share. Every one is built on
_multiprocessing.SemLock, a semaphore all of gilpy's interpreters (its
processes) can reach, plus shared memory for the counters that
conditions, events and barriers keep."""

import threading
import time
from _multiprocessing import SemLock as _SemLock

__all__ = ['Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Condition',
           'Event', 'Barrier']

# SemLock's kinds and the largest count a semaphore may reach.
RECURSIVE_MUTEX, SEMAPHORE = 0, 1
SEM_VALUE_MAX = 2**31 - 1


def _owner_name():
    # How a lock's repr names its holder: the process, followed by the
    # thread unless that is the main thread.
    from .process import current_process
    proc, thread = current_process().name, threading.current_thread().name
    return proc if thread == 'MainThread' else f'{proc}|{thread}'


class SemLock:
    """The base of the semaphore-like objects: acquire and release are
    the shared semaphore's own methods, and pickling sends its handle so
    that a child process reaches the same semaphore."""

    def __init__(self, kind, value, maxvalue, *, ctx=None):
        self._attach(_SemLock(kind, value, maxvalue, None, False))

    def _attach(self, sem):
        self._semlock = sem
        self.acquire, self.release = sem.acquire, sem.release

    def __enter__(self):
        return self._semlock.__enter__()

    def __exit__(self, *exc):
        return self._semlock.__exit__(*exc)

    def __getstate__(self):
        s = self._semlock
        return s.handle, s.kind, s.maxvalue, s.name

    def __setstate__(self, state):
        self._attach(_SemLock._rebuild(*state))

    def _describe(self):
        # What goes between the parentheses of the repr.
        return f'value={self._semlock._get_value()}'

    def __repr__(self):
        try:
            inside = self._describe()
        except Exception:
            inside = self._unknown
        return f'<{type(self).__name__}({inside})>'

    _unknown = 'value=unknown'


class Semaphore(SemLock):
    def __init__(self, value=1, *, ctx=None):
        super().__init__(SEMAPHORE, value, SEM_VALUE_MAX, ctx=ctx)

    def get_value(self):
        return self._semlock._get_value()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1, *, ctx=None):
        SemLock.__init__(self, SEMAPHORE, value, value, ctx=ctx)

    def _describe(self):
        return f'value={self._semlock._get_value()}, maxvalue={self._semlock.maxvalue}'

    _unknown = 'value=unknown, maxvalue=unknown'


def _holder(sem):
    # (who holds a lock, how deep) as the locks' reprs show it.
    if sem._is_mine():
        return _owner_name(), sem._count()
    if sem._get_value() == 1:
        return 'None', 0
    return ('SomeOtherThread' if sem._count() > 0 else 'SomeOtherProcess'), 'nonzero'


class Lock(SemLock):
    def __init__(self, *, ctx=None):
        super().__init__(SEMAPHORE, 1, 1, ctx=ctx)

    def _describe(self):
        return f'owner={_holder(self._semlock)[0]}'

    _unknown = 'owner=unknown'


class RLock(SemLock):
    def __init__(self, *, ctx=None):
        super().__init__(RECURSIVE_MUTEX, 1, 1, ctx=ctx)

    def _describe(self):
        who, depth = _holder(self._semlock)
        return f'{who}, {depth}'

    _unknown = 'unknown, unknown'


def _shared_ints(n):
    from .sharedctypes import RawArray
    return RawArray('i', n)


class Condition:
    """A condition variable processes share.

    Waiters and wake-ups are counted in shared memory under the
    condition's lock: notify(n) moves up to n waiters from "waiting" to
    "woken" and releases a wake-up semaphore once for each. A waiter whose
    wait times out takes itself off "waiting" if it is still there; if a
    notify already counted it, a wake-up is on its way and it takes that
    instead, so no wake-up is left for a later waiter to steal."""

    _WAITING = 0

    def __init__(self, lock=None, *, ctx=None):
        self._setup(lock or RLock(), Semaphore(0), _shared_ints(1))

    def _setup(self, lock, wakeups, counts):
        self._lock, self._wakeups, self._counts = lock, wakeups, counts
        self.acquire, self.release = lock.acquire, lock.release

    def __getstate__(self):
        return self._lock, self._wakeups, self._counts

    def __setstate__(self, state):
        self._setup(*state)

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    def __repr__(self):
        try:
            waiting = self._counts[self._WAITING]
        except Exception:
            waiting = 'unknown'
        return f'<{type(self).__name__}({self._lock}, {waiting})>'

    def _release_fully(self):
        # Give up the lock however deep it is held; return the depth.
        depth = self._lock._semlock._count()
        for _ in range(depth):
            self._lock.release()
        return depth

    def wait(self, timeout=None):
        assert self._lock._semlock._is_mine(), 'must acquire() condition before using wait()'
        self._counts[self._WAITING] += 1
        depth = self._release_fully()
        woken = self._wakeups.acquire(True, timeout)
        for _ in range(depth):
            self._lock.acquire()
        if not woken:
            if self._counts[self._WAITING] > 0:
                self._counts[self._WAITING] -= 1
            else:
                # Counted by a notify after the timeout: take its wake-up.
                woken = self._wakeups.acquire()
        return woken

    def notify(self, n=1):
        assert self._lock._semlock._is_mine(), 'lock is not owned'
        count = min(n, self._counts[self._WAITING])
        self._counts[self._WAITING] -= count
        for _ in range(count):
            self._wakeups.release()

    def notify_all(self):
        self.notify(SEM_VALUE_MAX)

    def wait_for(self, predicate, timeout=None):
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            result = predicate()
            if result:
                return result
            left = None
            if deadline is not None:
                left = deadline - time.monotonic()
                if left <= 0:
                    return result
            self.wait(left)


class Event:
    """An event processes share: a flag in shared memory and a condition
    for the waiters."""

    def __init__(self, *, ctx=None):
        self._cond = Condition(Lock())
        self._flag = _shared_ints(1)

    def is_set(self):
        return self._flag[0] == 1

    def set(self):
        with self._cond:
            self._flag[0] = 1
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag[0] = 0

    def wait(self, timeout=None):
        with self._cond:
            if not self.is_set():
                self._cond.wait(timeout)
            return self.is_set()

    def __repr__(self):
        return f"<{type(self).__qualname__} at {id(self):#x} {'set' if self.is_set() else 'unset'}>"


class Barrier(threading.Barrier):
    """A barrier processes share. Its state lives in shared memory: how
    many parties have arrived, the round's number, whether the barrier is
    broken, and the last round that ended broken (whose waiters raise)."""

    _ARRIVED, _ROUND, _BROKEN, _BROKEN_ROUND = range(4)

    def __init__(self, parties, action=None, timeout=None, *, ctx=None):
        state = _shared_ints(4)
        state[self._BROKEN_ROUND] = -1
        self.__setstate__((parties, action, timeout, Condition(), state))

    def __getstate__(self):
        return self._parties, self._action, self._timeout, self._cond, self._state

    def __setstate__(self, saved):
        self._parties, self._action, self._timeout, self._cond, self._state = saved

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        s = self._state
        with self._cond:
            if s[self._BROKEN]:
                raise threading.BrokenBarrierError
            my_round, index = s[self._ROUND], s[self._ARRIVED]
            s[self._ARRIVED] = index + 1
            if index + 1 == self._parties:
                try:
                    if self._action:
                        self._action()
                except BaseException:
                    self._break()
                    raise
                self._end_round()
                return index
            if not self._cond.wait_for(lambda: s[self._ROUND] != my_round, timeout):
                self._break()
            if s[self._BROKEN_ROUND] == my_round:
                raise threading.BrokenBarrierError
            return index

    def _end_round(self, broken=False):
        s = self._state
        if broken:
            s[self._BROKEN_ROUND] = s[self._ROUND]
        s[self._ROUND] += 1
        s[self._ARRIVED] = 0
        self._cond.notify_all()

    def _break(self):
        self._state[self._BROKEN] = 1
        self._end_round(broken=True)

    def reset(self):
        with self._cond:
            if self._state[self._ARRIVED]:
                self._end_round(broken=True)
            self._state[self._BROKEN] = 0

    def abort(self):
        with self._cond:
            self._break()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return 0 if self.broken else self._state[self._ARRIVED]

    @property
    def broken(self):
        return self._state[self._BROKEN] == 1
