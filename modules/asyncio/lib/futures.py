"""asyncio's Future: a result that will exist later, bound to an event
loop, whose callbacks the loop runs."""

__all__ = (
    'Future', 'wrap_future', 'isfuture',
)

import atexit
import concurrent.futures
import contextvars
import sys
from types import GenericAlias

from _gilpy_asyncio import hide_from_tracebacks as _c_like
from _gilpy_asyncio import set_c_type_name

from . import base_futures
from . import events
from . import exceptions

isfuture = base_futures.isfuture

_PENDING = base_futures._PENDING
_CANCELLED = base_futures._CANCELLED
_FINISHED = base_futures._FINISHED

# logging.DEBUG - 1: the level of asyncio's most detailed debugging.
STACK_DEBUG = 9

# Futures (and tasks) whose exception nobody retrieved yet, by id, in the
# order their exceptions were set. CPython reports them when such a future
# is garbage collected; gilpy, which does not finalize objects, reports
# them when their event loop is closed, and at exit for loops never closed
# (see _report_unretrieved).
_unretrieved = {}


def _c_like_class(cls):
    # Leave the frames of every method of cls out of tracebacks: CPython
    # implements these classes in C.
    for value in list(vars(cls).values()):
        if isinstance(value, (classmethod, staticmethod)):
            value = value.__func__
        if isinstance(value, property):
            for f in (value.fget, value.fset, value.fdel):
                if f is not None:
                    _c_like(f)
        elif callable(value) and hasattr(value, '__code__'):
            _c_like(value)
    return cls


@_c_like_class
class Future:
    """A result to be set later by someone else, awaitable from a
    coroutine.

    Unlike concurrent.futures.Future it is not thread-safe, result() and
    exception() never wait (they raise InvalidStateError if it is not
    done), and done callbacks are run by the event loop (call_soon)."""

    # Slots, as the C class has fields: a future is made for every task
    # and every await of a sleep, and an instance dict of this many
    # attributes costs more to fill than slots. A __dict__ remains for
    # the attributes programs add (CPython's C futures take those too).
    __slots__ = ('_state', '_result', '_exception', '_exception_tb',
                 '_loop', '_source_traceback', '_cancel_message',
                 '_cancelled_exc', '_callbacks', '_asyncio_future_blocking',
                 '__log_traceback', '__dict__', '__weakref__')

    # _asyncio_future_blocking is True while a Task is being told to wait
    # for this future (the __await__ protocol); the class having the
    # attribute, not None on an object, is what makes the object a
    # future for isfuture(). _callbacks holds the (callback, context)
    # pairs to schedule when done, None when there are none (as CPython's
    # C Future shows it).

    def __init__(self, *, loop=None):
        """A pending future on loop (by default the current event loop)."""
        if loop is None:
            loop = events._get_event_loop()
        self._loop = loop
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._exception_tb = None
        self._source_traceback = None
        self._cancel_message = None
        self._cancelled_exc = None
        self._callbacks = None
        self._asyncio_future_blocking = False
        self.__log_traceback = False
        if loop.get_debug():
            # The whole stack, from the caller (this frame is hidden), as
            # CPython's C Future records it.
            import traceback
            self._source_traceback = traceback.extract_stack(sys._getframe(0))

    def __repr__(self):
        return base_futures._future_repr(self)

    __class_getitem__ = classmethod(GenericAlias)

    @property
    def _log_traceback(self):
        return self.__log_traceback

    @_log_traceback.setter
    def _log_traceback(self, val):
        if val:
            raise ValueError('_log_traceback can only be set to False')
        self._retrieved()

    def _retrieved(self):
        # Someone looked at the exception (or made it moot): do not report
        # it as never retrieved.
        if self.__log_traceback:
            self.__log_traceback = False
            _unretrieved.pop(id(self), None)

    def _never_retrieved_context(self):
        context = {
            'message': f'{self.__class__.__name__} exception was never retrieved',
            'exception': self._exception,
            'future': self,
        }
        if self._source_traceback:
            context['source_traceback'] = self._source_traceback
        return context

    def get_loop(self):
        """The event loop that runs this future's callbacks."""
        loop = self._loop
        if loop is None:
            raise RuntimeError("Future object is not initialized.")
        return loop

    def _make_cancelled_error(self):
        # The CancelledError to raise for a cancelled future: the one
        # recorded when a task's coroutine raised it, else a new one with
        # the cancel message. Called once per cancellation handled.
        exc = self._cancelled_exc
        if exc is not None:
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return exceptions.CancelledError()
        return exceptions.CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        """Cancel a pending future and schedule its callbacks; False if it
        was already done."""
        self._retrieved()
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self.__schedule_callbacks()
        return True

    def __schedule_callbacks(self):
        callbacks = self._callbacks
        if not callbacks:
            return
        self._callbacks = None
        call_soon = self._loop.call_soon
        for callback, ctx in callbacks:
            call_soon(callback, self, context=ctx)

    def cancelled(self):
        """True if the future was cancelled."""
        return self._state == _CANCELLED

    def done(self):
        """True once the future has a result or an exception or was
        cancelled."""
        return self._state != _PENDING

    def result(self):
        """The result; raises the exception if one was set, CancelledError
        if cancelled, InvalidStateError if not done yet."""
        state = self._state
        if state == _CANCELLED:
            raise self._make_cancelled_error()
        if state != _FINISHED:
            raise exceptions.InvalidStateError('Result is not set.')
        self._retrieved()
        exc = self._exception
        if exc is not None:
            # The traceback recorded with the exception goes with the
            # first raise only, as in CPython.
            tb = self._exception_tb
            self._exception_tb = None
            raise exc.with_traceback(tb)
        return self._result

    def exception(self):
        """The exception set (None if a result was); CancelledError if
        cancelled, InvalidStateError if not done yet."""
        state = self._state
        if state == _CANCELLED:
            raise self._make_cancelled_error()
        if state != _FINISHED:
            raise exceptions.InvalidStateError('Exception is not set.')
        self._retrieved()
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        """Have fn(future) called by the loop once the future is done (at
        once, through call_soon, if it already is)."""
        if self._state != _PENDING:
            self._loop.call_soon(fn, self, context=context)
        else:
            if context is None:
                context = contextvars.copy_context()
            if self._callbacks is None:
                self._callbacks = [(fn, context)]
            else:
                self._callbacks.append((fn, context))

    def remove_done_callback(self, fn):
        """Remove every registration of fn; return how many there were."""
        callbacks = self._callbacks
        if not callbacks:
            return 0
        kept = [(f, ctx) for (f, ctx) in callbacks if f != fn]
        removed = len(callbacks) - len(kept)
        if removed:
            self._callbacks = kept or None
        return removed

    def set_result(self, result):
        """Make the future done with result; InvalidStateError if it was
        already done."""
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self.__schedule_callbacks()

    def set_exception(self, exception):
        """Make the future done with an exception (a class is
        instantiated); InvalidStateError if it was already done."""
        if self._state != _PENDING:
            raise exceptions.InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if not isinstance(exception, BaseException):
            raise TypeError('invalid exception object')
        if type(exception) is StopIteration:
            raise TypeError("StopIteration interacts badly with generators "
                            "and cannot be raised into a Future")
        self._set_exception(exception)

    def _set_exception(self, exception):
        self._exception = exception
        self._exception_tb = exception.__traceback__
        self._state = _FINISHED
        self.__schedule_callbacks()
        self.__log_traceback = True
        _unretrieved[id(self)] = self

    def __await__(self):
        if not self.done():
            # Tells the Task running this to wait for the future.
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


# Named as CPython's C class is, in reprs and in error messages.
Future.__module__ = '_asyncio'
set_c_type_name(Future, '_asyncio.Future')
_PyFuture = Future


def _report_unretrieved(loop=None):
    # Report, as CPython does when it collects them, the futures of loop
    # (of every loop when None) whose exception was never retrieved.
    for key, fut in list(_unretrieved.items()):
        if loop is not None and fut._loop is not loop:
            continue
        del _unretrieved[key]
        fut._Future__log_traceback = False
        if fut._loop is not None:
            fut._loop.call_exception_handler(fut._never_retrieved_context())


# The futures of loops never closed are reported when the interpreter
# exits, after the exit functions registered later (the program's), as
# CPython collects them after running those.
atexit.register(_report_unretrieved)


def _get_loop(fut):
    # The loop of a future, through get_loop() when it has one.
    try:
        get_loop = fut.get_loop
    except AttributeError:
        return fut._loop
    return get_loop()


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


def _convert_future_exc(exc):
    # concurrent.futures' own exceptions become asyncio's.
    cls = type(exc)
    if cls is concurrent.futures.CancelledError:
        return exceptions.CancelledError(*exc.args)
    if cls is concurrent.futures.TimeoutError:
        return exceptions.TimeoutError(*exc.args)
    if cls is concurrent.futures.InvalidStateError:
        return exceptions.InvalidStateError(*exc.args)
    return exc


def _set_concurrent_future_state(concurrent, source):
    # Give a concurrent.futures.Future the outcome of a done source.
    assert source.done()
    if source.cancelled():
        concurrent.cancel()
    if not concurrent.set_running_or_notify_cancel():
        return
    exc = source.exception()
    if exc is not None:
        concurrent.set_exception(_convert_future_exc(exc))
    else:
        concurrent.set_result(source.result())


def _copy_future_state(source, dest):
    # Give dest (an asyncio future) the outcome of a done source (either
    # kind of future), unless dest was cancelled meanwhile.
    assert source.done()
    if dest.cancelled():
        return
    assert not dest.done()
    if source.cancelled():
        dest.cancel()
        return
    exc = source.exception()
    if exc is not None:
        dest.set_exception(_convert_future_exc(exc))
    else:
        dest.set_result(source.result())


def _chain_future(source, destination):
    """Make destination complete as source does, and cancelling
    destination cancel source; either may be an asyncio or a
    concurrent.futures Future, on any loop or thread."""
    if not isfuture(source) and not isinstance(source, concurrent.futures.Future):
        raise TypeError('A future is required for source argument')
    if not isfuture(destination) and not isinstance(destination, concurrent.futures.Future):
        raise TypeError('A future is required for destination argument')
    source_loop = _get_loop(source) if isfuture(source) else None
    dest_loop = _get_loop(destination) if isfuture(destination) else None

    def _set_state(future, other):
        if isfuture(future):
            _copy_future_state(other, future)
        else:
            _set_concurrent_future_state(future, other)

    def _call_check_cancel(destination):
        if destination.cancelled():
            if source_loop is None or source_loop is dest_loop:
                source.cancel()
            else:
                source_loop.call_soon_threadsafe(source.cancel)

    def _call_set_state(source):
        if (destination.cancelled() and
                dest_loop is not None and dest_loop.is_closed()):
            return
        if dest_loop is None or dest_loop is source_loop:
            _set_state(destination, source)
        elif not dest_loop.is_closed():
            dest_loop.call_soon_threadsafe(_set_state, destination, source)

    destination.add_done_callback(_call_check_cancel)
    source.add_done_callback(_call_set_state)


def wrap_future(future, *, loop=None):
    """An asyncio Future on loop that completes with a
    concurrent.futures.Future (an asyncio future is returned as it is)."""
    if isfuture(future):
        return future
    assert isinstance(future, concurrent.futures.Future), \
        f'concurrent.futures.Future is expected, got {future!r}'
    if loop is None:
        loop = events._get_event_loop()
    new_future = loop.create_future()
    _chain_future(future, new_future)
    return new_future
