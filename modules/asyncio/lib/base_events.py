"""The event loop proper: the queue of ready callbacks, the heap of
timers, running and stopping, executors and the exception handler.

What a loop waits for between iterations (a selector over sockets in
CPython; in gilpy, which has no sockets yet, a wake-up event that other
threads set) is left to the subclass: see selector_events."""

import collections
import concurrent.futures
import heapq
import sys
import threading
import time
import warnings

from . import constants
from . import coroutines
from . import events
from . import exceptions
from . import futures
from . import log
from . import tasks
from .events import Handle, TimerHandle

__all__ = 'BaseEventLoop',

# When more than this many timers are scheduled and more than this
# fraction of them are cancelled, the heap is rebuilt without them.
_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5

# The longest a loop waits in one go, in seconds.
MAXIMUM_SELECT_TIMEOUT = 24 * 3600

# What the loop methods gilpy cannot offer yet need.
_NEEDS_SOCKETS = 'sockets'
_NEEDS_PIPES = 'pipes to other processes'
_NEEDS_SUBPROCESSES = 'subprocesses'


def _format_handle(handle):
    cb = handle._callback
    if isinstance(getattr(cb, '__self__', None), tasks.Task):
        return repr(cb.__self__)
    return str(handle)


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            # That exception already stopped run_forever().
            return
    futures._get_loop(fut).stop()


def _unavailable(name, needs):
    # A loop method gilpy cannot offer yet: it raises NotImplementedError
    # (as the abstract loop's does) saying why.
    async def method(self, *args, **kwargs):
        raise NotImplementedError(
            f'loop.{name}() needs {needs}, which gilpy does not have yet')
    method.__name__ = name
    method.__qualname__ = f'BaseEventLoop.{name}'
    return method


class BaseEventLoop(events.AbstractEventLoop):

    def __init__(self):
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._ready = collections.deque()
        self._scheduled = []
        self._default_executor = None
        self._internal_fds = 0
        # The thread running the loop, or None when it is not running.
        self._thread_id = None
        self._clock_resolution = time.get_clock_info('monotonic').resolution
        self._exception_handler = None
        self.set_debug(coroutines._is_debug_mode())
        # In debug mode, callbacks running longer than this (seconds) are
        # logged.
        self.slow_callback_duration = 0.1
        self._current_handle = None
        self._task_factory = None
        self._coroutine_origin_tracking_enabled = False
        self._coroutine_origin_tracking_saved_depth = None
        # The async generators iterated while the loop ran, for
        # shutdown_asyncgens (CPython holds them weakly; gilpy has no weak
        # references, so they are held until then).
        self._asyncgens = {}
        self._asyncgens_shutdown_called = False
        self._executor_shutdown_called = False

    def __repr__(self):
        return (f'<{self.__class__.__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    def create_future(self):
        """A new Future bound to the loop."""
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Run the coroutine in a new Task (or what the task factory
        makes); return it."""
        self._check_closed()
        if self._task_factory is None:
            task = tasks.Task(coro, loop=self, name=name, context=context)
            if task._source_traceback:
                del task._source_traceback[-1]
        else:
            if context is None:
                task = self._task_factory(self, coro)
            else:
                task = self._task_factory(self, coro, context=context)
            tasks._set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        """Make create_task() call factory(loop, coro[, context=...])
        (None: make Tasks)."""
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        """The task factory, or None."""
        return self._task_factory

    def _write_to_self(self):
        """Wake the loop up from its wait; may be called from any thread
        (the subclass provides the means)."""
        raise NotImplementedError

    def _wait_for_wakeup(self, timeout):
        """Wait at most timeout seconds (None: no limit) for
        _write_to_self()."""
        raise NotImplementedError

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_default_executor(self):
        if self._executor_shutdown_called:
            raise RuntimeError('Executor shutdown has been called')

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.pop(id(agen), None)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens_shutdown_called:
            warnings.warn(
                f"asynchronous generator {agen!r} was scheduled after "
                f"loop.shutdown_asyncgens() call",
                ResourceWarning, source=self)
        self._asyncgens[id(agen)] = agen

    async def shutdown_asyncgens(self):
        """Close every async generator the loop iterated that is still
        open."""
        self._asyncgens_shutdown_called = True
        agens = [ag for ag in self._asyncgens.values()
                 if ag.ag_frame is not None]
        self._asyncgens.clear()
        if not agens:
            return
        results = await tasks.gather(*[ag.aclose() for ag in agens],
                                     return_exceptions=True)
        for result, agen in zip(results, agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of '
                               f'asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen
                })

    async def shutdown_default_executor(self):
        """Shut the default executor down, waiting (in another thread, so
        that the loop keeps running) for its threads to finish."""
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        future = self.create_future()
        thread = threading.Thread(target=self._do_shutdown, args=(future,))
        thread.start()
        try:
            await future
        finally:
            thread.join()

    def _do_shutdown(self, future):
        try:
            self._default_executor.shutdown(wait=True)
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_result, None)
        except Exception as ex:
            if not self.is_closed():
                self.call_soon_threadsafe(future.set_exception, ex)

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if events._get_running_loop() is not None:
            raise RuntimeError(
                'Cannot run the event loop while another loop is running')

    def run_forever(self):
        """Run callbacks and I/O until something calls stop()."""
        self._check_closed()
        self._check_running()
        self._set_coroutine_origin_tracking(self._debug)
        old_agen_hooks = sys.get_asyncgen_hooks()
        try:
            self._thread_id = threading.get_ident()
            sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                                   finalizer=self._asyncgen_finalizer_hook)
            events._set_running_loop(self)
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            events._set_running_loop(None)
            self._set_coroutine_origin_tracking(False)
            sys.set_asyncgen_hooks(*old_agen_hooks)

    def run_until_complete(self, future):
        """Run until future is done (a coroutine is run in a Task) and
        return its result or raise its exception."""
        self._check_closed()
        self._check_running()
        new_task = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if new_task:
            # Failing to finish raises here, so the task need not be
            # reported if dropped pending.
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                # The coroutine raised a BaseException that stopped the
                # loop: the caller cannot retrieve it from the task.
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def stop(self):
        """Stop after the callbacks now ready have run."""
        self._stopping = True

    def close(self):
        """Close the loop (it must not be running): drop the callbacks not
        run, shut the default executor down without waiting."""
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        if self._debug:
            log.logger.debug("Close %r", self)
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._executor_shutdown_called = True
        # What CPython reports when the dropped callbacks take the last
        # references to these futures and tasks with them.
        tasks._report_destroyed_pending(self)
        futures._report_unretrieved(self)
        executor = self._default_executor
        if executor is not None:
            self._default_executor = None
            executor.shutdown(wait=False)

    def is_closed(self):
        """True once the loop was closed."""
        return self._closed

    def is_running(self):
        """True while the loop runs."""
        return self._thread_id is not None

    def time(self):
        """The loop's clock: seconds, from an unspecified start
        (time.monotonic())."""
        return time.monotonic()

    def call_later(self, delay, callback, *args, context=None):
        """Call callback(*args) after delay seconds; return its
        TimerHandle."""
        if delay is None:
            raise TypeError('delay must not be None')
        timer = self.call_at(self.time() + delay, callback, *args,
                             context=context)
        if timer._source_traceback:
            del timer._source_traceback[-1]
        return timer

    def call_at(self, when, callback, *args, context=None):
        """Call callback(*args) at time when of the loop's clock; return
        its TimerHandle."""
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_at')
        timer = TimerHandle(when, callback, args, self, context)
        if timer._source_traceback:
            del timer._source_traceback[-1]
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def call_soon(self, callback, *args, context=None):
        """Call callback(*args) at the next iteration, after the
        callbacks scheduled before it; return its Handle."""
        if self._closed:
            raise RuntimeError('Event loop is closed')
        if self._debug:
            self._check_thread()
            self._check_callback(callback, 'call_soon')
        handle = Handle(callback, args, self, context)
        if handle._source_traceback:
            del handle._source_traceback[-1]
        self._ready.append(handle)
        return handle

    def _check_callback(self, callback, method):
        if (coroutines.iscoroutine(callback) or
                coroutines.iscoroutinefunction(callback)):
            raise TypeError(f"coroutines cannot be used with {method}()")
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), '
                            f'got {callback!r}')

    def _call_soon(self, callback, args, context):
        handle = Handle(callback, args, self, context)
        if handle._source_traceback:
            del handle._source_traceback[-1]
        self._ready.append(handle)
        return handle

    def _check_thread(self):
        # Debug mode: the methods that are not thread-safe must be called
        # from the loop's thread.
        if self._thread_id is None:
            return
        if threading.get_ident() != self._thread_id:
            raise RuntimeError(
                "Non-thread-safe operation invoked on an event loop other "
                "than the current one")

    def call_soon_threadsafe(self, callback, *args, context=None):
        """call_soon() for other threads: also wakes the loop up."""
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon_threadsafe')
        handle = self._call_soon(callback, args, context)
        if handle._source_traceback:
            del handle._source_traceback[-1]
        self._write_to_self()
        return handle

    def run_in_executor(self, executor, func, *args):
        """Run func(*args) in executor (None: the loop's default
        ThreadPoolExecutor); return an asyncio Future of its outcome."""
        self._check_closed()
        if self._debug:
            self._check_callback(func, 'run_in_executor')
        if executor is None:
            executor = self._default_executor
            self._check_default_executor()
            if executor is None:
                executor = concurrent.futures.ThreadPoolExecutor(
                    thread_name_prefix='asyncio')
                self._default_executor = executor
        return futures.wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        """Make executor (a ThreadPoolExecutor) the default one."""
        if not isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor instance')
        self._default_executor = executor

    # What needs sockets, pipes or subprocesses: not in gilpy yet.
    getaddrinfo = _unavailable('getaddrinfo', _NEEDS_SOCKETS)
    getnameinfo = _unavailable('getnameinfo', _NEEDS_SOCKETS)
    sock_sendfile = _unavailable('sock_sendfile', _NEEDS_SOCKETS)
    create_connection = _unavailable('create_connection', _NEEDS_SOCKETS)
    sendfile = _unavailable('sendfile', _NEEDS_SOCKETS)
    start_tls = _unavailable('start_tls', _NEEDS_SOCKETS)
    create_datagram_endpoint = _unavailable('create_datagram_endpoint', _NEEDS_SOCKETS)
    create_server = _unavailable('create_server', _NEEDS_SOCKETS)
    connect_accepted_socket = _unavailable('connect_accepted_socket', _NEEDS_SOCKETS)
    connect_read_pipe = _unavailable('connect_read_pipe', _NEEDS_PIPES)
    connect_write_pipe = _unavailable('connect_write_pipe', _NEEDS_PIPES)
    subprocess_shell = _unavailable('subprocess_shell', _NEEDS_SUBPROCESSES)
    subprocess_exec = _unavailable('subprocess_exec', _NEEDS_SUBPROCESSES)

    def get_exception_handler(self):
        """The exception handler, or None for the default one."""
        return self._exception_handler

    def set_exception_handler(self, handler):
        """Make handler(loop, context) the exception handler (None: the
        default one)."""
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, '
                            f'got {handler!r}')
        self._exception_handler = handler

    def default_exception_handler(self, context):
        """Log the context on the 'asyncio' logger at ERROR level: its
        message, its other keys in order and the exception's traceback."""
        message = context.get('message') or 'Unhandled exception in event loop'
        exception = context.get('exception')
        if exception is not None:
            exc_info = (type(exception), exception, exception.__traceback__)
        else:
            exc_info = False
        if ('source_traceback' not in context and
                self._current_handle is not None and
                self._current_handle._source_traceback):
            context['handle_traceback'] = self._current_handle._source_traceback

        lines = [message]
        for key in sorted(context):
            if key in {'message', 'exception'}:
                continue
            value = context[key]
            if key == 'source_traceback':
                value = ('Object created at (most recent call last):\n' +
                         _format_stack(value))
            elif key == 'handle_traceback':
                value = ('Handle created at (most recent call last):\n' +
                         _format_stack(value))
            else:
                value = repr(value)
            lines.append(f'{key}: {value}')
        log.logger.error('\n'.join(lines), exc_info=exc_info)

    def call_exception_handler(self, context):
        """Give context (a dict: message, exception, future, task,
        handle...) to the exception handler. Errors of a custom handler go
        to the default one."""
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                log.logger.error('Exception in default exception handler',
                                 exc_info=True)
            return
        try:
            self._exception_handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            try:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                log.logger.error('Exception in default exception handler '
                                 'while handling an unexpected error '
                                 'in custom exception handler',
                                 exc_info=True)

    def _add_callback(self, handle):
        if not handle._cancelled:
            self._ready.append(handle)

    def _add_callback_signalsafe(self, handle):
        self._add_callback(handle)
        self._write_to_self()

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def _run_once(self):
        """One iteration: wait until a callback is ready (or the next
        timer is due, or another thread wakes the loop), then run the
        callbacks ready at that point (those they schedule run next
        time)."""
        scheduled = self._scheduled
        count = len(scheduled)
        if (count > _MIN_SCHEDULED_TIMER_HANDLES and
                self._timer_cancelled_count / count >
                _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            live = []
            for handle in scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    live.append(handle)
            heapq.heapify(live)
            self._scheduled = scheduled = live
            self._timer_cancelled_count = 0
        else:
            while scheduled and scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                heapq.heappop(scheduled)._scheduled = False

        ready = self._ready
        if not ready and not self._stopping:
            if scheduled:
                timeout = min(max(0, scheduled[0]._when - self.time()),
                              MAXIMUM_SELECT_TIMEOUT)
                if timeout > 0:
                    self._wait_for_wakeup(timeout)
            else:
                self._wait_for_wakeup(None)

        if scheduled:
            end_time = self.time() + self._clock_resolution
            while scheduled and scheduled[0]._when < end_time:
                handle = heapq.heappop(scheduled)
                handle._scheduled = False
                ready.append(handle)

        # Only the callbacks ready now: the ones they add wait for the
        # next iteration. popleft() is safe against other threads adding.
        if self._debug:
            for _ in range(len(ready)):
                handle = ready.popleft()
                if handle._cancelled:
                    continue
                try:
                    self._current_handle = handle
                    t0 = self.time()
                    handle._run()
                    dt = self.time() - t0
                    if dt >= self.slow_callback_duration:
                        log.logger.warning('Executing %s took %.3f seconds',
                                           _format_handle(handle), dt)
                finally:
                    self._current_handle = None
        else:
            for _ in range(len(ready)):
                handle = ready.popleft()
                if not handle._cancelled:
                    handle._run()
        handle = None

    def _set_coroutine_origin_tracking(self, enabled):
        # Debug mode asks coroutines to record where they were made (which
        # gilpy's do not do yet: cr_origin stays None, see
        # docs/deviations.md) while the loop runs.
        if bool(enabled) == bool(self._coroutine_origin_tracking_enabled):
            return
        if enabled:
            self._coroutine_origin_tracking_saved_depth = (
                sys.get_coroutine_origin_tracking_depth())
            sys.set_coroutine_origin_tracking_depth(constants.DEBUG_STACK_DEPTH)
        else:
            sys.set_coroutine_origin_tracking_depth(
                self._coroutine_origin_tracking_saved_depth)
        self._coroutine_origin_tracking_enabled = enabled

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled
        if self.is_running():
            self.call_soon_threadsafe(self._set_coroutine_origin_tracking,
                                      enabled)


def _format_stack(summary):
    import traceback
    return ''.join(traceback.format_list(summary)).rstrip()
