"""Synchronization primitives for the coroutines of one event loop: Lock,
Event, Condition, Semaphore, BoundedSemaphore and Barrier."""

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore',
           'BoundedSemaphore', 'Barrier')

from collections import deque

from . import mixins
from .exceptions import BrokenBarrierError, CancelledError


class _Primitive(mixins._LoopBoundMixin):
    # What every primitive here shares: the repr is object's with a bracketed
    # state appended (the subclass's _state_text), followed by the count of
    # parked waiters when there are any.
    _waiters = None

    def _state_text(self):
        raise NotImplementedError

    def __repr__(self):
        text = self._state_text()
        if self._waiters:
            text = f'{text}, waiters:{len(self._waiters)}'
        return f'{object.__repr__(self)[:-1]} [{text}]>'

    def _park(self):
        # A future the caller awaits until another coroutine resolves it.
        fut = self._get_loop().create_future()
        if self._waiters is None:
            self._waiters = deque()
        self._waiters.append(fut)
        return fut

    async def _sleep_on(self, fut):
        # Await a parked future; whatever the outcome, leave the line.
        try:
            await fut
        finally:
            self._waiters.remove(fut)


class _AsyncWith:
    # "async with x" acquires and releases; the "as" target is None.
    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_AsyncWith, _Primitive):
    """Mutual exclusion for coroutines. Waiters obtain the lock in the
    order they asked for it; prefer "async with lock:" to explicit
    acquire() and release()."""

    def __init__(self):
        self._locked = False

    def _state_text(self):
        return 'locked' if self._locked else 'unlocked'

    def locked(self):
        """Whether some coroutine holds the lock."""
        return self._locked

    def _free_for_me(self):
        # Free, and nobody still in line ahead of us.
        if self._locked:
            return False
        return not self._waiters or all(f.cancelled() for f in self._waiters)

    async def acquire(self):
        """Take the lock, waiting for it when held; returns True."""
        if not self._free_for_me():
            fut = self._park()
            try:
                await self._sleep_on(fut)
            except CancelledError:
                # We may have been handed the lock just before being
                # cancelled: hand it on so that it is not lost.
                if not self._locked:
                    self._hand_over()
                raise
        self._locked = True
        return True

    def _hand_over(self):
        # Only the head of the line is woken; it removes itself when it runs.
        if self._waiters:
            head = self._waiters[0]
            if not head.done():
                head.set_result(True)

    def release(self):
        """Give the lock up and let the next waiter in line have it."""
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        self._hand_over()


class Event(_Primitive):
    """A flag that coroutines wait on: once set, every wait() returns
    until the flag is cleared."""

    def __init__(self):
        self._waiters = deque()
        self._value = False

    def _state_text(self):
        return 'set' if self._value else 'unset'

    def is_set(self):
        """Whether the flag is up."""
        return self._value

    def set(self):
        """Raise the flag, releasing every waiter."""
        if not self._value:
            self._value = True
            for fut in self._waiters:
                fut.done() or fut.set_result(True)

    def clear(self):
        """Lower the flag; later wait() calls block again."""
        self._value = False

    async def wait(self):
        """Return True once the flag is up, waiting if it is not yet."""
        if not self._value:
            await self._sleep_on(self._park())
        return True


class Condition(_AsyncWith, _Primitive):
    """A condition variable: coroutines holding the underlying lock wait()
    until another notifies them. The lock is a new Lock unless given."""

    def __init__(self, lock=None):
        self._lock = lock = Lock() if lock is None else lock
        self._waiters = deque()
        # The lock's own methods serve as the condition's.
        self.locked, self.acquire, self.release = (
            lock.locked, lock.acquire, lock.release)

    def _state_text(self):
        return 'locked' if self.locked() else 'unlocked'

    async def _relock(self):
        # Get the lock back even if cancelled meanwhile; a cancellation
        # seen on the way is raised only once the lock is held again.
        interrupted = False
        while True:
            try:
                await self.acquire()
            except CancelledError:
                interrupted = True
            else:
                break
        if interrupted:
            raise CancelledError

    async def wait(self):
        """Drop the lock, sleep until notified, then retake the lock and
        return True. The caller must hold the lock."""
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self._lock.release()
        try:
            await self._sleep_on(self._park())
        finally:
            await self._relock()
        return True

    async def wait_for(self, predicate):
        """Call wait() until predicate() gives a true value, and return
        that value."""
        while not (result := predicate()):
            await self.wait()
        return result

    def notify(self, n=1):
        """Wake at most n waiters; the caller must hold the lock."""
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        pending = [f for f in self._waiters if not f.done()]
        for fut in pending[:n]:
            fut.set_result(False)

    def notify_all(self):
        """Wake every waiter; the caller must hold the lock."""
        self.notify(len(self._waiters))


class Semaphore(_AsyncWith, _Primitive):
    """A counter of free units: acquire() takes one, waiting while none is
    left, and release() gives one back."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._value = value

    def _state_text(self):
        if self.locked():
            return 'locked'
        return f'unlocked, value:{self._value}'

    def locked(self):
        """Whether acquire() would have to wait."""
        if self._value == 0:
            return True
        return any(not f.cancelled() for f in self._waiters or ())

    async def acquire(self):
        """Take a unit, waiting until one is free; returns True."""
        if not self.locked():
            self._value -= 1
            return True
        fut = self._park()
        try:
            await self._sleep_on(fut)
        except CancelledError:
            if fut.done() and not fut.cancelled():
                # A unit was set aside for us before the cancellation:
                # return it to the pool and offer it to the next in line.
                self._value += 1
                self._grant_next()
            raise
        if self._value > 0:
            self._grant_next()
        return True

    def release(self):
        """Give a unit back, waking the next waiter if any."""
        self._value += 1
        self._grant_next()

    def _grant_next(self):
        # Reserve a unit for the first waiter still pending and wake it.
        for fut in self._waiters or ():
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                break


class BoundedSemaphore(Semaphore):
    """A Semaphore whose counter may never exceed its initial value:
    an extra release() is an error."""

    def __init__(self, value=1):
        super().__init__(value)
        self._bound_value = value

    def release(self):
        if self._value < self._bound_value:
            return super().release()
        raise ValueError('BoundedSemaphore released too many times')


def _barrier_state(name):
    return mixins._EnumValue('_BarrierState', name, name.lower())


class _BarrierState:
    FILLING = _barrier_state('FILLING')
    DRAINING = _barrier_state('DRAINING')
    RESETTING = _barrier_state('RESETTING')
    BROKEN = _barrier_state('BROKEN')


class Barrier(_Primitive):
    """A rendezvous for a fixed number of coroutines: each wait() blocks
    until `parties` of them are waiting, then all proceed together."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._parties = parties
        self._cond = Condition()
        self._state = _BarrierState.FILLING
        # How many coroutines are inside wait() right now.
        self._count = 0

    def __repr__(self):
        text = self._state.value
        if not self.broken:
            text = f'{text}, waiters:{self.n_waiting}/{self.parties}'
        return f'{object.__repr__(self)[:-1]} [{text}]>'

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *exc_info):
        return None

    @property
    def parties(self):
        """The number of coroutines needed to trip the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """How many coroutines wait in the round being filled."""
        return self._count if self._state is _BarrierState.FILLING else 0

    @property
    def broken(self):
        """Whether abort() broke the barrier."""
        return self._state is _BarrierState.BROKEN

    def _between_rounds(self):
        return self._state in (_BarrierState.DRAINING, _BarrierState.RESETTING)

    async def wait(self):
        """Block until the barrier trips and return this coroutine's arrival
        index, 0 to parties-1. BrokenBarrierError if the barrier is aborted
        or reset while waiting."""
        cond = self._cond
        async with cond:
            # Let a previous round empty out (or a reset finish) first.
            await cond.wait_for(lambda: not self._between_rounds())
            if self.broken:
                raise BrokenBarrierError("Barrier aborted")
            index = self._count
            self._count = index + 1
            try:
                if self._count == self._parties:
                    # Last to arrive: open the gate for everybody.
                    self._state = _BarrierState.DRAINING
                    cond.notify_all()
                else:
                    await cond.wait_for(
                        lambda: self._state is not _BarrierState.FILLING)
                    if self._state in (_BarrierState.BROKEN,
                                       _BarrierState.RESETTING):
                        raise BrokenBarrierError("Abort or reset of barrier")
                return index
            finally:
                self._count -= 1
                if not self._count:
                    # Last one out readies the next round.
                    if self._between_rounds():
                        self._state = _BarrierState.FILLING
                    cond.notify_all()

    async def reset(self):
        """Put the barrier back to empty; coroutines still waiting get
        BrokenBarrierError."""
        async with self._cond:
            # With coroutines still inside wait(), the last of them to leave
            # finishes the reset.
            self._state = (_BarrierState.RESETTING if self._count
                           else _BarrierState.FILLING)
            self._cond.notify_all()

    async def abort(self):
        """Break the barrier for good: pending and future wait() calls raise
        BrokenBarrierError."""
        async with self._cond:
            self._state = _BarrierState.BROKEN
            self._cond.notify_all()
