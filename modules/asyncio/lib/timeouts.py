"""Deadlines for a block of code in a task: "async with
asyncio.timeout(delay):" cancels the block when the deadline passes and
turns that cancellation into TimeoutError."""

__all__ = ("Timeout", "timeout", "timeout_at")

from . import events, exceptions, mixins, tasks


def _state(name, value):
    return mixins._EnumValue('_State', name, value)


class _State:
    CREATED = _state('CREATED', 'created')
    ENTERED = _state('ENTERED', 'active')
    EXPIRING = _state('EXPIRING', 'expiring')
    EXPIRED = _state('EXPIRED', 'expired')
    EXITED = _state('EXITED', 'finished')


class Timeout:
    """The async context manager behind timeout() and timeout_at(). The
    deadline is a time of the loop's clock, or None for none; when it
    passes inside the block, the task is cancelled and the block raises
    TimeoutError."""

    def __init__(self, when):
        self._when = when
        self._state = _State.CREATED
        self._task = None
        # The call_at/call_soon handle that will fire the timeout.
        self._timeout_handler = None

    def __repr__(self):
        detail = ''
        if self._state is _State.ENTERED:
            when = None if self._when is None else round(self._when, 3)
            detail = f' when={when}'
        return f"<Timeout [{self._state.value}]{detail}>"

    def when(self):
        """The current deadline, None if there is none."""
        return self._when

    def expired(self):
        """Whether the deadline passed (and cancelled the block)."""
        return self._state is _State.EXPIRING or self._state is _State.EXPIRED

    def _disarm(self):
        handle, self._timeout_handler = self._timeout_handler, None
        if handle is not None:
            handle.cancel()

    def reschedule(self, when):
        """Set a new deadline, or none with None; only inside the block."""
        state = self._state
        if state is _State.CREATED:
            raise RuntimeError("Timeout has not been entered")
        if state is not _State.ENTERED:
            raise RuntimeError(f"Cannot change state of {state.value} Timeout")
        self._disarm()
        self._when = when
        if when is None:
            return
        loop = events.get_running_loop()
        # A deadline already past fires at the next turn of the loop.
        self._timeout_handler = (loop.call_soon(self._on_timeout)
                                 if when <= loop.time()
                                 else loop.call_at(when, self._on_timeout))

    async def __aenter__(self):
        if self._state is not _State.CREATED:
            raise RuntimeError("Timeout has already been entered")
        task = tasks.current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._task = task
        # Cancellations requested before entry are not ours to convert.
        self._cancelling = task.cancelling()
        self._state = _State.ENTERED
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        assert self._state in (_State.ENTERED, _State.EXPIRING)
        self._disarm()
        if self._state is _State.ENTERED:
            self._state = _State.EXITED
            return None
        self._state = _State.EXPIRED
        # Only the cancellation this timeout made becomes TimeoutError;
        # one requested from elsewhere goes on as CancelledError.
        ours = self._task.uncancel() <= self._cancelling
        if ours and exc_type is exceptions.CancelledError:
            raise TimeoutError from exc_val
        return None

    def _on_timeout(self):
        assert self._state is _State.ENTERED
        self._timeout_handler = None
        self._state = _State.EXPIRING
        self._task.cancel()


def timeout(delay):
    """A Timeout expiring delay seconds from now (None: never). Use as
    "async with asyncio.timeout(10):"."""
    now = events.get_running_loop().time()
    return Timeout(None if delay is None else now + delay)


def timeout_at(when):
    """A Timeout expiring at time when of the loop's clock (loop.time(),
    not wall-clock time), or never for None."""
    return Timeout(when)
