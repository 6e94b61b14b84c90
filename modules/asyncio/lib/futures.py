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

    def _get_log_traceback(self):
        return self.__log_traceback

    def _set_log_traceback(self, val):
        # Only ever cleared from outside: setting it is an error.
        if not val:
            return self._retrieved()
        raise ValueError('_log_traceback can only be set to False')

    _log_traceback = property(_get_log_traceback, _set_log_traceback)
    del _get_log_traceback, _set_log_traceback

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
        if self._loop is not None:
            return self._loop
        raise RuntimeError("Future object is not initialized.")

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
        if self._state == _PENDING:
            self._cancel_message = msg
            self._state = _CANCELLED
            self.__schedule_callbacks()
            return True
        return False

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
        if self._state == _PENDING:
            entry = (fn, contextvars.copy_context() if context is None else context)
            if self._callbacks is None:
                self._callbacks = [entry]
            else:
                self._callbacks.append(entry)
        else:
            self._loop.call_soon(fn, self, context=context)

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
        self._exception, self._exception_tb = exception, exception.__traceback__
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
    if not dest.cancelled():
        assert not dest.done()
        if source.cancelled():
            dest.cancel()
        elif source.exception() is None:
            dest.set_result(source.result())
        else:
            dest.set_exception(_convert_future_exc(source.exception()))


def _any_future(obj):
    return isfuture(obj) or isinstance(obj, concurrent.futures.Future)


def _chain_future(source, destination):
    """Make destination complete as source does, and cancelling
    destination cancel source; either may be an asyncio or a
    concurrent.futures Future, on any loop or thread."""
    for what, fut in (('source', source), ('destination', destination)):
        if not _any_future(fut):
            raise TypeError(f'A future is required for {what} argument')
    # The loops, None for a concurrent.futures.Future (any thread).
    src_loop = _get_loop(source) if isfuture(source) else None
    dst_loop = _get_loop(destination) if isfuture(destination) else None
    copy_into = (_copy_future_state if isfuture(destination)
                 else lambda src, dst: _set_concurrent_future_state(dst, src))

    def _set_state(future, other):
        # Named as CPython's is: error reports of the loop show it.
        copy_into(other, future)

    def _call_check_cancel(destination):
        if not destination.cancelled():
            return
        if src_loop is not None and src_loop is not dst_loop:
            src_loop.call_soon_threadsafe(source.cancel)
        else:
            source.cancel()

    def _call_set_state(source):
        if dst_loop is None or dst_loop is src_loop:
            if not (destination.cancelled() and dst_loop is not None
                    and dst_loop.is_closed()):
                _set_state(destination, source)
        elif not dst_loop.is_closed():
            # Another loop's future is completed from that loop's thread.
            dst_loop.call_soon_threadsafe(_set_state, destination, source)

    destination.add_done_callback(_call_check_cancel)
    source.add_done_callback(_call_set_state)


def wrap_future(future, *, loop=None):
    """Return an asyncio Future (of loop, by default the current one) that
    completes as the given concurrent.futures.Future does. An asyncio
    future is returned unchanged."""
    if not isfuture(future):
        assert isinstance(future, concurrent.futures.Future), \
            f'concurrent.futures.Future is expected, got {future!r}'
        if loop is None:
            loop = events._get_event_loop()
        wrapper = loop.create_future()
        _chain_future(future, wrapper)
        future = wrapper
    return future
