"""Tasks, which run coroutines on an event loop, and the functions that
combine and wait for them."""

__all__ = (
    'Task', 'create_task',
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
    'wait', 'wait_for', 'as_completed', 'sleep',
    'gather', 'shield', 'ensure_future', 'run_coroutine_threadsafe',
    'current_task', 'all_tasks',
    '_register_task', '_unregister_task', '_enter_task', '_leave_task',
)

import collections.abc
import concurrent.futures
import contextvars
import functools
import itertools
import sys
import types
import warnings
from types import GenericAlias

from _gilpy_asyncio import hide_from_tracebacks as _c_like

from . import base_tasks
from . import coroutines
from . import events
from . import exceptions
from . import futures
from .coroutines import _is_coroutine

_PENDING = futures._PENDING
_CoroutineType = types.CoroutineType

# Numbers the default names of tasks: Task-1, Task-2...
_task_name_counter = itertools.count(1).__next__


def current_task(loop=None):
    """The task running on loop (the running loop by default), or
    None."""
    if loop is None:
        loop = events.get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    """The set of the tasks of loop (the running loop by default) that
    are not done."""
    if loop is None:
        loop = events.get_running_loop()
    return {t for t in list(_all_tasks)
            if futures._get_loop(t) is loop and not t.done()}


def _set_task_name(task, name):
    if name is not None:
        try:
            set_name = task.set_name
        except AttributeError:
            warnings.warn("Task.set_name() was added in Python 3.8, "
                          "the method support will be mandatory for third-party "
                          "task implementations since 3.13.",
                          DeprecationWarning, stacklevel=3)
        else:
            set_name(name)


@futures._c_like_class
class Task(futures._PyFuture):
    """A Future that runs a coroutine on the event loop, a step at a time:
    each step sends into the coroutine until it yields a future to wait
    for, and the task becomes done with the coroutine's outcome."""

    # _log_destroy_pending says whether to report the task if it is
    # dropped while pending.
    __slots__ = ('_log_destroy_pending', '_name', '_num_cancels_requested',
                 '_must_cancel', '_fut_waiter', '_coro', '_context')

    def __init__(self, coro, *, loop=None, name=None, context=None):
        # What Future.__init__ does, inline: this runs for every task.
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
        self._Future__log_traceback = False
        self._log_destroy_pending = True
        if loop.get_debug():
            import traceback
            self._source_traceback = traceback.extract_stack(sys._getframe(0))
        if type(coro) is not _CoroutineType and not coroutines.iscoroutine(coro):
            self._log_destroy_pending = False
            raise TypeError(f"a coroutine was expected, got {coro!r}")
        if name is None:
            self._name = f'Task-{_task_name_counter()}'
        else:
            self._name = str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._context = contextvars.copy_context() if context is None else context
        loop.call_soon(self.__step, context=self._context)
        _all_tasks.add(self)

    __class_getitem__ = classmethod(GenericAlias)

    def __repr__(self):
        return base_tasks._task_repr(self)

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def get_stack(self, *, limit=None):
        """The frames of the coroutine, oldest first: where it is
        suspended (one frame), or the traceback it failed with, or []."""
        return base_tasks._task_get_stack(self, limit)

    def print_stack(self, *, limit=None, file=None):
        """Print get_stack()'s frames like a traceback (to stderr by
        default)."""
        return base_tasks._task_print_stack(self, limit, file)

    def cancel(self, msg=None):
        """Ask the task to cancel itself: CancelledError is thrown into
        its coroutine at its next step, which may catch it. False if the
        task is done; each call counts as a cancellation request."""
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        waiter = self._fut_waiter
        if waiter is not None and waiter.cancel(msg=msg):
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        """How many cancellation requests are pending."""
        return self._num_cancels_requested

    def uncancel(self):
        """Withdraw a cancellation request; return how many remain."""
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def __step(self, exc=None):
        if self._state != _PENDING:
            raise exceptions.InvalidStateError(
                f'_step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        # _enter_task and _leave_task, inline (as CPython's C Task calls
        # its own, not the module's).
        current = _current_tasks.get(loop)
        if current is not None:
            raise RuntimeError(f"Cannot enter into task {self!r} while another "
                               f"task {current!r} is being executed.")
        _current_tasks[loop] = self
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                # Cancelled after the coroutine's last await.
                self._must_cancel = False
                _future_cancel(self, msg=self._cancel_message)
            else:
                _future_set_result(self, stop.value)
            _all_tasks.discard(self)
        except exceptions.CancelledError as cancelled:
            self._cancelled_exc = cancelled
            _future_cancel(self)
            _all_tasks.discard(self)
        except (KeyboardInterrupt, SystemExit) as fatal:
            _future_set_exception(self, fatal)
            _all_tasks.discard(self)
            raise
        except BaseException as error:
            _future_set_exception(self, error)
            _all_tasks.discard(self)
        else:
            self.__wait_for_result(result)
        finally:
            current = _current_tasks.get(loop)
            if current is not self:
                raise RuntimeError(f"Leaving task {self!r} does not match "
                                   f"the current task {current!r}.")
            del _current_tasks[loop]

    def __wait_for_result(self, result):
        # The coroutine yielded result: a future to wait for, None (give
        # the other callbacks a turn), or something it must not yield.
        loop = self._loop
        if result is None:
            loop.call_soon(self.__step, context=self._context)
            return
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None:
            if futures._get_loop(result) is not loop:
                error = RuntimeError(f'Task {self!r} got Future '
                                     f'{result!r} attached to a different loop')
            elif not blocking:
                error = RuntimeError(f'yield was used instead of yield from '
                                     f'in task {self!r} with {result!r}')
            elif result is self:
                error = RuntimeError(f'Task cannot await on itself: {self!r}')
            else:
                result._asyncio_future_blocking = False
                result.add_done_callback(self.__wakeup, context=self._context)
                self._fut_waiter = result
                if self._must_cancel and result.cancel(msg=self._cancel_message):
                    self._must_cancel = False
                return
        elif isinstance(result, types.GeneratorType):
            error = RuntimeError(f'yield was used instead of yield from for '
                                 f'generator in task {self!r} with {result!r}')
        else:
            error = RuntimeError(f'Task got bad yield: {result!r}')
        loop.call_soon(self.__step, error, context=self._context)

    def __wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self.__step(exc)
        else:
            self.__step()

    # The name CPython's C Task gives this callback, which task reprs show
    # ("wait_for=<Future pending cb=[Task.task_wakeup()]>").
    __wakeup.__qualname__ = 'Task.task_wakeup'


# The Future methods a task's step calls, bound once (super() costs a
# lookup on every call).
_future_cancel = futures._PyFuture.cancel
_future_set_result = futures._PyFuture.set_result
_future_set_exception = futures._PyFuture.set_exception

Task.__module__ = '_asyncio'
futures.set_c_type_name(Task, '_asyncio.Task')
_PyTask = Task


def create_task(coro, *, name=None, context=None):
    """Run the coroutine in a new Task on the running loop; return the
    task."""
    loop = events.get_running_loop()
    if context is None:
        task = loop.create_task(coro)
    else:
        task = loop.create_task(coro, context=context)
    _set_task_name(task, name)
    return task


FIRST_COMPLETED = concurrent.futures.FIRST_COMPLETED
FIRST_EXCEPTION = concurrent.futures.FIRST_EXCEPTION
ALL_COMPLETED = concurrent.futures.ALL_COMPLETED


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for futures or tasks (an iterable, not empty) until
    return_when or the timeout; return the sets (done, pending). A
    timeout raises nothing: the futures not done are in pending."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    if any(coroutines.iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = events.get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def wait_for(fut, timeout):
    """The result of the awaitable fut, waiting at most timeout seconds
    (None: no limit); on timeout fut is cancelled and TimeoutError
    raised. Cancelling the wait cancels fut too."""
    loop = events.get_running_loop()
    if timeout is None:
        return await fut

    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc

    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = functools.partial(_release_waiter, waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except exceptions.CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            # The wait itself was cancelled: cancel fut and wait for it.
            await _cancel_and_wait(fut, loop=loop)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        # Timed out. fut may swallow the cancellation and finish anyway;
        # then its result is the answer.
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except exceptions.CancelledError as exc:
            raise exceptions.TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def _wait(fs, timeout, return_when, loop):
    # wait() for a non-empty set of futures.
    assert fs, 'Set of Futures is empty.'
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or
                return_when == FIRST_COMPLETED or
                (return_when == FIRST_EXCEPTION and not f.cancelled() and
                 f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)

    done, pending = set(), set()
    for f in fs:
        (done if f.done() else pending).add(f)
    return done, pending


async def _cancel_and_wait(fut, loop):
    # Cancel fut and wait until it is done (it may refuse to cancel).
    waiter = loop.create_future()
    cb = functools.partial(_release_waiter, waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


def as_completed(fs, *, timeout=None):
    """Yield one coroutine per future of fs; awaiting them gives the
    futures' results (or raises their exceptions) in the order they
    complete. With a timeout, the awaits raise TimeoutError once it has
    passed."""
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")

    from .queues import Queue
    done = Queue()
    loop = events._get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)  # wakes one _wait_for_one with a timeout
        todo.clear()

    def _on_completion(f):
        if not todo:
            return  # the timeout came first
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise exceptions.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


@types.coroutine
def __sleep0():
    # sleep(0): a bare yield, which a Task answers by running its next
    # step after the callbacks now ready, without making a future.
    yield


async def sleep(delay, result=None):
    """Suspend the calling coroutine for delay seconds; return result."""
    if delay <= 0:
        await __sleep0()
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, futures._set_result_unless_cancelled,
                        future, result)
    try:
        return await future
    finally:
        h.cancel()


def ensure_future(coro_or_future, *, loop=None):
    """A future for coro_or_future: a future as it is, a coroutine or
    other awaitable wrapped in a Task."""
    return _ensure_future(coro_or_future, loop=loop)


def _ensure_future(coro_or_future, *, loop=None):
    if futures.isfuture(coro_or_future):
        if loop is not None and loop is not futures._get_loop(coro_or_future):
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    wrapped = False
    if not coroutines.iscoroutine(coro_or_future):
        if _isawaitable(coro_or_future):
            coro_or_future = _wrap_awaitable(coro_or_future)
            wrapped = True
        else:
            raise TypeError('An asyncio.Future, a coroutine or an awaitable '
                            'is required')
    if loop is None:
        loop = events._get_event_loop(stacklevel=4)
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if not wrapped:
            coro_or_future.close()
        raise


def _isawaitable(obj):
    # What inspect.isawaitable accepts.
    return (isinstance(obj, types.CoroutineType) or
            (isinstance(obj, types.GeneratorType) and
             bool(obj.gi_code.co_flags & 0x100)) or
            isinstance(obj, collections.abc.Awaitable))


@types.coroutine
def _wrap_awaitable(awaitable):
    # The coroutine ensure_future wraps an awaitable (an object with
    # __await__) in.
    return (yield from awaitable.__await__())


_wrap_awaitable._is_coroutine = _is_coroutine


class _GatheringFuture(futures.Future):
    """The future gather() returns: cancelling it cancels the children,
    and, like a Task, it is not marked cancelled at once."""

    def __init__(self, children, *, loop):
        assert loop is not None
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    """A future of the list of the results of the awaitables given, in
    their order (coroutines are run in tasks).

    The first exception is propagated to the returned future unless
    return_exceptions is true, in which case exceptions are results. A
    cancelled child counts as one raising CancelledError; cancelling the
    returned future cancels the children not done."""
    if not coros_or_futures:
        loop = events._get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1

        if outer is None or outer.done():
            if not fut.cancelled():
                # Mark the exception retrieved: the outer future already
                # reported the first one.
                fut.exception()
            return

        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return

        if nfinished == nfuts:
            results = []
            for child in children:
                if child.cancelled():
                    res = exceptions.CancelledError(
                        '' if child._cancel_message is None else
                        child._cancel_message)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                # fut is the last child to finish.
                outer.set_exception(fut._make_cancelled_error())
            else:
                outer.set_result(results)

    arg_to_fut = {}
    children = []
    nfuts = 0
    nfinished = 0
    loop = None
    outer = None  # children may finish before it exists
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = _ensure_future(arg, loop=loop)
            if loop is None:
                loop = futures._get_loop(fut)
            if fut is not arg:
                # A task gather made: the caller never sees it, so its
                # being dropped while pending is not worth a report.
                fut._log_destroy_pending = False
            nfuts += 1
            arg_to_fut[arg] = fut
            fut.add_done_callback(_done_callback)
        else:
            # The same awaitable twice gives its result twice.
            fut = arg_to_fut[arg]
        children.append(fut)

    outer = _GatheringFuture(children, loop=loop)
    return outer


def shield(arg):
    """A future with the outcome of arg that can be cancelled without
    cancelling arg (the awaitable, run in a task if a coroutine)."""
    inner = _ensure_future(arg)
    if inner.done():
        return inner
    loop = futures._get_loop(inner)
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()  # retrieved: nobody else will
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


def run_coroutine_threadsafe(coro, loop):
    """Run the coroutine on loop (running in another thread); return a
    concurrent.futures.Future of its outcome."""
    if not coroutines.iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    future = concurrent.futures.Future()

    def callback():
        try:
            futures._chain_future(ensure_future(coro, loop=loop), future)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise

    loop.call_soon_threadsafe(callback)
    return future


# Every task not known to be done. CPython holds them weakly; gilpy has
# no weak references, so a task leaves this set when it finishes (which
# all_tasks() could not tell from CPython's) and, still pending, when its
# loop is closed.
_all_tasks = set()

# The task running on each loop.
_current_tasks = {}


@_c_like
def _register_task(task):
    """Record a new task in the set all_tasks() looks at."""
    _all_tasks.add(task)


@_c_like
def _enter_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not None:
        raise RuntimeError(f"Cannot enter into task {task!r} while another "
                           f"task {current!r} is being executed.")
    _current_tasks[loop] = task


@_c_like
def _leave_task(loop, task):
    current = _current_tasks.get(loop)
    if current is not task:
        raise RuntimeError(f"Leaving task {task!r} does not match "
                           f"the current task {current!r}.")
    del _current_tasks[loop]


@_c_like
def _unregister_task(task):
    """Remove a task from the set all_tasks() looks at."""
    _all_tasks.discard(task)


_py_register_task = _register_task
_py_unregister_task = _unregister_task
_py_enter_task = _enter_task
_py_leave_task = _leave_task


def _report_destroyed_pending(loop):
    # The pending tasks of a loop being closed: CPython reports each when
    # it collects it (typically at exit: they form cycles with the futures
    # their coroutines wait for), then collecting the coroutine closes it;
    # gilpy does both when the loop closes.
    for task in [t for t in list(_all_tasks) if futures._get_loop(t) is loop]:
        _all_tasks.discard(task)
        if task.done():
            continue
        if task._log_destroy_pending:
            context = {
                'task': task,
                'message': 'Task was destroyed but it is pending!',
            }
            if task._source_traceback:
                context['source_traceback'] = task._source_traceback
            loop.call_exception_handler(context)
        try:
            task._coro.close()
        except BaseException:
            # CPython prints "Exception ignored in" for such an error.
            pass
