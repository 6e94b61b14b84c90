"""timeout() and timeout_at(): cancel a block of a task that overruns a
deadline."""

__all__ = (
    "Timeout",
    "timeout",
    "timeout_at",
)

from . import events
from . import exceptions
from . import mixins
from . import tasks


class _State:
    CREATED = mixins._EnumValue('_State', 'CREATED', 'created')
    ENTERED = mixins._EnumValue('_State', 'ENTERED', 'active')
    EXPIRING = mixins._EnumValue('_State', 'EXPIRING', 'expiring')
    EXPIRED = mixins._EnumValue('_State', 'EXPIRED', 'expired')
    EXITED = mixins._EnumValue('_State', 'EXITED', 'finished')


class Timeout:
    """An async context manager that cancels the task running its block
    at a deadline of the loop's clock (None: never) and then raises
    TimeoutError from the block. Made by timeout() and timeout_at()."""

    def __init__(self, when):
        self._state = _State.CREATED
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        """The deadline, or None."""
        return self._when

    def reschedule(self, when):
        """Move the deadline (None: no deadline) of an entered timeout."""
        if self._state is not _State.ENTERED:
            if self._state is _State.CREATED:
                raise RuntimeError("Timeout has not been entered")
            raise RuntimeError(
                f"Cannot change state of {self._state.value} Timeout",
            )
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = events.get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        """True if the deadline passed while the block ran."""
        return self._state in (_State.EXPIRING, _State.EXPIRED)

    def __repr__(self):
        info = ['']
        if self._state is _State.ENTERED:
            when = round(self._when, 3) if self._when is not None else None
            info.append(f"when={when}")
        return f"<Timeout [{self._state.value}]{' '.join(info)}>"

    async def __aenter__(self):
        if self._state is not _State.CREATED:
            raise RuntimeError("Timeout has already been entered")
        task = tasks.current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._state = _State.ENTERED
        self._task = task
        self._cancelling = self._task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        assert self._state in (_State.ENTERED, _State.EXPIRING)
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state is _State.EXPIRING:
            self._state = _State.EXPIRED
            # Turn our own cancellation (and only it) into TimeoutError.
            if self._task.uncancel() <= self._cancelling and exc_type is exceptions.CancelledError:
                raise TimeoutError from exc_val
        elif self._state is _State.ENTERED:
            self._state = _State.EXITED
        return None

    def _on_timeout(self):
        assert self._state is _State.ENTERED
        self._task.cancel()
        self._state = _State.EXPIRING
        self._timeout_handler = None


def timeout(delay):
    """A Timeout whose deadline is delay seconds from now (None: no
    deadline), for use as "async with asyncio.timeout(delay):"."""
    loop = events.get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    """A Timeout whose deadline is the time when of the loop's clock
    (loop.time(), not the wall clock), or None for no deadline."""
    return Timeout(when)
