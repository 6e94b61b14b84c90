"""Tasks, which run coroutines on an event loop, and the functions that
combine and wait for them."""

__all__ = ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION',
           'ALL_COMPLETED', 'wait', 'wait_for', 'as_completed', 'sleep',
           'gather', 'shield', 'ensure_future', 'run_coroutine_threadsafe',
           'current_task', 'all_tasks', '_register_task', '_unregister_task',
           '_enter_task', '_leave_task')

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

from . import base_tasks, coroutines, events, exceptions, futures
from .coroutines import _is_coroutine

_PENDING = futures._PENDING
_CoroutineType = types.CoroutineType

# Numbers the default names of tasks: Task-1, Task-2...
_task_name_counter = itertools.count(1).__next__


def current_task(loop=None):
    """Return the task running on loop (default: the running loop), or
    None when no task runs."""
    return _current_tasks.get(events.get_running_loop() if loop is None else loop)


def all_tasks(loop=None):
    """Return the set of unfinished tasks of loop (default: the running
    loop)."""
    loop = events.get_running_loop() if loop is None else loop
    snapshot = list(_all_tasks)
    return {task for task in snapshot
            if not task.done() and futures._get_loop(task) is loop}


def _set_task_name(task, name):
    # Name a task that a factory made; third-party tasks may lack set_name.
    if name is None:
        return
    setter = getattr(task, 'set_name', None)
    if setter is not None:
        setter(name)
        return
    warnings.warn("Task.set_name() was added in Python 3.8, "
                  "the method support will be mandatory for third-party "
                  "task implementations since 3.13.",
                  DeprecationWarning, stacklevel=3)


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
        self._name = (f'Task-{_task_name_counter()}' if name is None
                      else str(name))
        # Cancellation bookkeeping: requests not withdrawn by uncancel(),
        # and a CancelledError to throw in at the next step.
        self._must_cancel = False
        self._num_cancels_requested = 0
        self._fut_waiter = None
        self._coro = coro
        self._context = contextvars.copy_context() if context is None else context
        loop.call_soon(self.__step, context=self._context)
        _all_tasks.add(self)

    __class_getitem__ = classmethod(GenericAlias)

    # A task's outcome is its coroutine's; nobody else may set it.
    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def __repr__(self):
        return base_tasks._task_repr(self)

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

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
            self._must_cancel = False
            if not isinstance(exc, exceptions.CancelledError):
                exc = self._make_cancelled_error()
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
        # The awaited future is done: resume the coroutine with its outcome
        # (its exception thrown in, or a plain resume for a result).
        try:
            future.result()
        except BaseException as exc:
            return self.__step(exc)
        return self.__step()

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
    """Schedule the coroutine as a Task on the running loop and return
    the task."""
    extra = {} if context is None else {'context': context}
    task = events.get_running_loop().create_task(coro, **extra)
    _set_task_name(task, name)
    return task


# wait()'s return_when values are concurrent.futures' own.
from concurrent.futures import ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION


def _refuse_single(fs, wanted):
    # wait() and as_completed() take a collection, not one awaitable.
    if futures.isfuture(fs) or coroutines.iscoroutine(fs):
        raise TypeError(f"expect {wanted} of futures, not {type(fs).__name__}")


def _release_waiter(waiter, *args):
    # Usable as a timer callback and as a done callback alike.
    if not waiter.done():
        waiter.set_result(None)


def _result_or_timeout(fut):
    # The outcome of a future that wait_for() cancelled on timeout: its
    # result if it finished anyway, else TimeoutError.
    try:
        return fut.result()
    except exceptions.CancelledError as exc:
        raise exceptions.TimeoutError() from exc


async def _cancel_and_wait(fut, loop):
    # Cancel fut and return once it is done: it may take its time, or
    # decline the cancellation and finish normally.
    finished = loop.create_future()
    notify = functools.partial(_release_waiter, finished)
    fut.add_done_callback(notify)
    try:
        fut.cancel()
        await finished
    finally:
        fut.remove_done_callback(notify)


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait on a non-empty collection of futures and tasks until the
    return_when condition holds or timeout seconds pass, and return two
    sets, (done, pending). Reaching the timeout is not an error."""
    _refuse_single(fs, 'a list')
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = {*fs}
    if any(map(coroutines.iscoroutine, fs)):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    return await _wait(fs, timeout, return_when, events.get_running_loop())


async def wait_for(fut, timeout):
    """Await fut for at most timeout seconds (None: without limit) and
    return its result. On timeout fut is cancelled and TimeoutError is
    raised; cancelling the caller cancels fut as well."""
    loop = events.get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if not fut.done():
            await _cancel_and_wait(fut, loop=loop)
            return _result_or_timeout(fut)
        return fut.result()

    waiter = loop.create_future()
    timer = loop.call_later(timeout, _release_waiter, waiter)
    notify = functools.partial(_release_waiter, waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(notify)
    try:
        interrupted = None
        try:
            await waiter
        except exceptions.CancelledError as exc:
            interrupted = exc
        if fut.done():
            return fut.result()
        # Either the caller was cancelled or the time is up: fut goes.
        fut.remove_done_callback(notify)
        await _cancel_and_wait(fut, loop=loop)
        if interrupted is not None:
            raise interrupted
        return _result_or_timeout(fut)
    finally:
        timer.cancel()


async def _wait(fs, timeout, return_when, loop):
    # The body of wait(), for a set that is not empty.
    assert fs, 'Set of Futures is empty.'
    waiter = loop.create_future()
    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, _release_waiter, waiter)
    left = len(fs)

    def enough(f):
        if return_when == FIRST_COMPLETED:
            return True
        if return_when == FIRST_EXCEPTION and not f.cancelled():
            return f.exception() is not None
        return False

    def _on_completion(f):
        nonlocal left
        left -= 1
        if left > 0 and not enough(f):
            return
        if timer is not None:
            timer.cancel()
        _release_waiter(waiter)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        return await _wait_then_split(waiter, fs)
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)


async def _wait_then_split(waiter, fs):
    await waiter
    done = {f for f in fs if f.done()}
    return done, fs - done


def as_completed(fs, *, timeout=None):
    """Return an iterator of coroutines, one per awaitable in fs. Awaiting
    them gives the outcomes in completion order; once the timeout has
    passed, those still waiting raise TimeoutError."""
    _refuse_single(fs, 'an iterable')
    from .queues import Queue
    arrivals = Queue()   # finished futures; None stands for the timeout
    loop = events._get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timer = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            arrivals.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if f not in todo:
            return
        todo.discard(f)
        arrivals.put_nowait(f)
        if timer is not None and not todo:
            timer.cancel()

    async def _wait_for_one():
        f = await arrivals.get()
        if f is not None:
            return f.result()
        raise exceptions.TimeoutError

    for f in todo:
        f.add_done_callback(_on_completion)
    if timeout is not None and todo:
        timer = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


@types.coroutine
def __sleep0():
    # sleep(0): a bare yield, which a Task answers by running its next
    # step after the callbacks now ready, without making a future.
    yield


async def sleep(delay, result=None):
    """Pause the calling coroutine for delay seconds, then return result."""
    if delay > 0:
        loop = events.get_running_loop()
        wake = loop.create_future()
        timer = loop.call_later(delay, futures._set_result_unless_cancelled,
                                wake, result)
        try:
            return await wake
        finally:
            timer.cancel()
    await __sleep0()
    return result


def ensure_future(coro_or_future, *, loop=None):
    """Return a future for the argument: a future is returned unchanged,
    a coroutine or other awaitable is scheduled as a Task."""
    return _ensure_future(coro_or_future, loop=loop)


def _ensure_future(coro_or_future, *, loop=None):
    if futures.isfuture(coro_or_future):
        if loop is None or loop is futures._get_loop(coro_or_future):
            return coro_or_future
        raise ValueError('The future belongs to a different loop than '
                         'the one specified as the loop argument')
    coro = coro_or_future
    made_here = False
    if not coroutines.iscoroutine(coro):
        if not _isawaitable(coro):
            raise TypeError('An asyncio.Future, a coroutine or an awaitable '
                            'is required')
        coro = _wrap_awaitable(coro)
        made_here = True
    if loop is None:
        loop = events._get_event_loop(stacklevel=4)
    try:
        return loop.create_task(coro)
    except RuntimeError:
        # A closed loop: the caller's coroutine is closed rather than left
        # to warn that it was never awaited.
        if not made_here:
            coro.close()
        raise


def _isawaitable(obj):
    # What inspect.isawaitable accepts.
    if isinstance(obj, (types.CoroutineType, collections.abc.Awaitable)):
        return True
    return (isinstance(obj, types.GeneratorType)
            and bool(obj.gi_code.co_flags & 0x100))


@types.coroutine
def _wrap_awaitable(awaitable):
    # The coroutine ensure_future wraps an awaitable (an object with
    # __await__) in.
    return (yield from awaitable.__await__())


_wrap_awaitable._is_coroutine = _is_coroutine


class _GatheringFuture(futures.Future):
    """What gather() returns. Cancelling it cancels the children; like a
    Task's, its own cancellation shows only once they have finished."""

    def __init__(self, children, *, loop):
        assert loop is not None
        self._cancel_requested = False
        self._children = children
        futures.Future.__init__(self, loop=loop)

    def cancel(self, msg=None):
        if self.done():
            return False
        # Every child is asked, even after one has accepted.
        accepted = [child.cancel(msg=msg) for child in self._children]
        self._cancel_requested = self._cancel_requested or any(accepted)
        return any(accepted)


def _child_outcome(child):
    # One entry of gather(return_exceptions=True)'s list.
    if child.cancelled():
        msg = child._cancel_message
        return exceptions.CancelledError('' if msg is None else msg)
    exc = child.exception()
    return child.result() if exc is None else exc


def gather(*coros_or_futures, return_exceptions=False):
    """Run the awaitables concurrently (coroutines as tasks) and return a
    future of the list of their results, in argument order.

    Without return_exceptions the first failure (a cancelled child fails
    with CancelledError) becomes the future's exception at once; with it,
    failures take their place in the list. Cancelling the future cancels
    the children still running."""
    if not coros_or_futures:
        empty = events._get_event_loop().create_future()
        empty.set_result([])
        return empty

    children = []
    unique = {}     # awaitable -> its future: a repeated one runs once
    loop = outer = None     # outer is None while children are being made
    finished = 0

    def _done_callback(fut):
        nonlocal finished
        finished += 1
        if outer is None or outer.done():
            # Too late to matter: mark the exception as retrieved.
            fut.cancelled() or fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            if fut.exception() is not None:
                outer.set_exception(fut.exception())
                return
        if finished < len(unique):
            return
        if outer._cancel_requested:
            # The last child to finish carries the cancellation out.
            outer.set_exception(fut._make_cancelled_error())
        else:
            outer.set_result([_child_outcome(c) for c in children])

    for arg in coros_or_futures:
        fut = unique.get(arg)
        if fut is None:
            fut = _ensure_future(arg, loop=loop)
            loop = loop or futures._get_loop(fut)
            if fut is not arg:
                # Only gather knows this task: no report if it is dropped.
                fut._log_destroy_pending = False
            unique[arg] = fut
            fut.add_done_callback(_done_callback)
        children.append(fut)

    outer = _GatheringFuture(children, loop=loop)
    return outer


def shield(arg):
    """Return a future that follows arg's outcome but whose cancellation
    leaves arg (a coroutine runs in a task) untouched."""
    inner = _ensure_future(arg)
    if inner.done():
        return inner
    outer = futures._get_loop(inner).create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            # Nobody waits for it any more: mark its exception retrieved.
            if not inner.cancelled():
                inner.exception()
        elif inner.cancelled():
            outer.cancel()
        elif inner.exception() is None:
            outer.set_result(inner.result())
        else:
            outer.set_exception(inner.exception())

    def _outer_done_callback(outer):
        # The shield went first (cancelled): stop following inner.
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    outer.add_done_callback(_outer_done_callback)
    inner.add_done_callback(_inner_done_callback)
    return outer


def run_coroutine_threadsafe(coro, loop):
    """Schedule the coroutine on loop from another thread; return a
    concurrent.futures.Future that receives its outcome."""
    if not coroutines.iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    result = concurrent.futures.Future()

    def callback():
        try:
            futures._chain_future(ensure_future(coro, loop=loop), result)
        except BaseException as exc:
            if (not isinstance(exc, (SystemExit, KeyboardInterrupt))
                    and result.set_running_or_notify_cancel()):
                result.set_exception(exc)
            raise

    loop.call_soon_threadsafe(callback)
    return result


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


# The pure-Python versions under the names CPython also exports them by.
_py_enter_task, _py_leave_task = _enter_task, _leave_task
_py_register_task, _py_unregister_task = _register_task, _unregister_task


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
