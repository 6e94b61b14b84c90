"""The exceptions asyncio raises."""

# The public names (the API listing; __all__'s order is CPython's, which
# asyncio.__all__ repeats).
__all__ = ('BrokenBarrierError', 'CancelledError', 'InvalidStateError',
           'TimeoutError', 'IncompleteReadError', 'LimitOverrunError',
           'SendfileNotAvailableError')


class CancelledError(BaseException):
    """The task or future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Exception):
    """The future or task is not in a state that allows the operation."""


class SendfileNotAvailableError(RuntimeError):
    """The transport cannot send files this way; the caller may fall
    back to reading and writing."""


class IncompleteReadError(EOFError):
    """The stream ended before the expected number of bytes arrived.

    partial holds the bytes read; expected the number asked for (None
    when the read was to the end of the stream)."""

    def __init__(self, partial, expected):
        self.partial, self.expected = partial, expected
        shown = 'undefined' if expected is None else repr(expected)
        super().__init__(f'{len(partial)} bytes read on a total of '
                         f'{shown} expected bytes')

    def __reduce__(self):
        # Pickled by its two arguments, not by its message.
        return type(self), (self.partial, self.expected)


class LimitOverrunError(Exception):
    """A separator was not found within the buffer limit; consumed says
    how many bytes to drop."""

    def __init__(self, message, consumed):
        self.consumed = consumed
        super().__init__(message)

    def __reduce__(self):
        message, = self.args
        return type(self), (message, self.consumed)


class BrokenBarrierError(RuntimeError):
    """The barrier was reset or broken while tasks waited on it."""
