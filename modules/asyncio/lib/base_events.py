"""The event loop's machinery: ready callbacks, the timer heap, running
and stopping, executors, async generator bookkeeping and error reports.

How the loop sleeps between iterations (CPython: a selector over its
sockets; gilpy, which has no sockets yet: a wake-up event other threads
set) is the subclass's business: see selector_events."""

import collections
import concurrent.futures
import heapq
import sys
import threading
import time
import warnings

from . import constants, coroutines, events, exceptions, futures, log, tasks
from .events import Handle, TimerHandle

__all__ = 'BaseEventLoop',

# The timer heap is rebuilt without its cancelled entries once it holds
# more than this many timers, more than this share of them cancelled.
_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5

# Upper bound, in seconds, on a single wait of the loop.
MAXIMUM_SELECT_TIMEOUT = 24 * 3600

# What the loop methods gilpy cannot offer yet would need.
_NEEDS_SOCKETS = 'sockets'
_NEEDS_PIPES = 'pipes to other processes'
_NEEDS_SUBPROCESSES = 'subprocesses'

_FATAL = (SystemExit, KeyboardInterrupt)


def _unavailable(name, needs):
    # Build a loop method gilpy cannot offer yet: it raises
    # NotImplementedError, as the abstract loop does, saying what is missing.
    async def method(self, *args, **kwargs):
        raise NotImplementedError(
            f'loop.{name}() needs {needs}, which gilpy does not have yet')
    method.__name__ = name
    method.__qualname__ = f'BaseEventLoop.{name}'
    return method


def _run_until_complete_cb(fut):
    # Stops the loop once run_until_complete()'s future is done, except when
    # its exception was fatal: that one has already ended run_forever().
    if fut.cancelled() or not isinstance(fut.exception(), _FATAL):
        futures._get_loop(fut).stop()


def _describe_slow(handle):
    # A task's step shows as the task itself in the slow callback warning.
    owner = getattr(handle._callback, '__self__', None)
    return repr(owner) if isinstance(owner, tasks.Task) else str(handle)


def _format_stack(summary):
    import traceback
    return ''.join(traceback.format_list(summary)).rstrip()


def _trim_origin(handle):
    # Drop the innermost recorded frame (the loop method's own) from a
    # handle's creation traceback, so that it ends at the caller.
    if handle._source_traceback:
        del handle._source_traceback[-1]
    return handle


class BaseEventLoop(events.AbstractEventLoop):

    def __init__(self):
        self._closed = self._stopping = False
        # Callbacks due now, and the TimerHandles due later (a heap).
        self._ready = collections.deque()
        self._scheduled = []
        self._timer_cancelled_count = 0
        self._clock_resolution = time.get_clock_info('monotonic').resolution
        # Set to the running thread's ident by run_forever().
        self._thread_id = None
        self._internal_fds = 0
        self._default_executor = None
        self._executor_shutdown_called = False
        self._task_factory = None
        self._exception_handler = None
        self._current_handle = None
        # Async generators first iterated under this loop, finalized by
        # shutdown_asyncgens(). CPython keeps them weakly; gilpy has no
        # weak references, so they are held until then.
        self._asyncgens = {}
        self._asyncgens_shutdown_called = False
        self._coroutine_origin_tracking_enabled = False
        self._coroutine_origin_tracking_saved_depth = None
        # Debug mode logs callbacks that run longer than this, in seconds.
        self.slow_callback_duration = 0.1
        self.set_debug(coroutines._is_debug_mode())

    def __repr__(self):
        return '<{} running={} closed={} debug={}>'.format(
            type(self).__name__, self.is_running(), self.is_closed(),
            self.get_debug())

    # -- What the subclass provides --

    def _write_to_self(self):
        """Wake the loop from _wait_for_wakeup(); any thread may call it."""
        raise NotImplementedError

    def _wait_for_wakeup(self, timeout):
        """Sleep until _write_to_self() or for timeout seconds (None: for
        as long as it takes)."""
        raise NotImplementedError

    # -- Checks --

    def _check_closed(self):
        if not self._closed:
            return
        raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self._thread_id is not None:
            problem = 'This event loop is already running'
        elif events._get_running_loop() is not None:
            problem = 'Cannot run the event loop while another loop is running'
        else:
            return
        raise RuntimeError(problem)

    def _check_thread(self):
        # Debug mode only: methods that are not thread-safe may be called
        # from the running loop's own thread alone.
        owner = self._thread_id
        if owner is not None and owner != threading.get_ident():
            raise RuntimeError(
                "Non-thread-safe operation invoked on an event loop other "
                "than the current one")

    def _debug_checks(self, callback, method):
        self._check_thread()
        self._check_callback(callback, method)

    def _check_callback(self, callback, method):
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError(f"coroutines cannot be used with {method}()")
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), '
                            f'got {callback!r}')

    def _check_default_executor(self):
        if self._executor_shutdown_called:
            raise RuntimeError('Executor shutdown has been called')

    # -- State --

    def is_running(self):
        """Whether run_forever() is active."""
        return self._thread_id is not None

    def is_closed(self):
        """Whether close() has been called."""
        return self._closed

    def time(self):
        """The loop's clock, time.monotonic(): seconds from an arbitrary
        origin."""
        return time.monotonic()

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = enabled
        if self.is_running():
            self.call_soon_threadsafe(self._set_coroutine_origin_tracking,
                                      enabled)

    def _set_coroutine_origin_tracking(self, enabled):
        # Debug mode has coroutines record where they were created while
        # the loop runs (gilpy's leave cr_origin None for now: see
        # docs/deviations.md).
        if bool(enabled) is bool(self._coroutine_origin_tracking_enabled):
            return
        if enabled:
            self._coroutine_origin_tracking_saved_depth = (
                sys.get_coroutine_origin_tracking_depth())
            depth = constants.DEBUG_STACK_DEPTH
        else:
            depth = self._coroutine_origin_tracking_saved_depth
        sys.set_coroutine_origin_tracking_depth(depth)
        self._coroutine_origin_tracking_enabled = enabled

    # -- Futures and tasks --

    def create_future(self):
        """Return a new Future of this loop."""
        return futures.Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        """Schedule coro in a Task (or whatever the task factory makes)
        and return it."""
        self._check_closed()
        factory = self._task_factory
        if factory is None:
            return _trim_origin(
                tasks.Task(coro, loop=self, name=name, context=context))
        extra = {} if context is None else {'context': context}
        task = factory(self, coro, **extra)
        tasks._set_task_name(task, name)
        return task

    def set_task_factory(self, factory):
        """create_task() will call factory(loop, coro[, context=ctx]);
        None restores plain Tasks."""
        if factory is None or callable(factory):
            self._task_factory = factory
        else:
            raise TypeError('task factory must be a callable or None')

    def get_task_factory(self):
        """The installed task factory, or None."""
        return self._task_factory

    # -- Scheduling callbacks --

    def _call_soon(self, callback, args, context):
        handle = _trim_origin(Handle(callback, args, self, context))
        self._ready.append(handle)
        return handle

    def call_soon(self, callback, *args, context=None):
        """Queue callback(*args) for the next iteration, after whatever
        was queued before; returns its Handle."""
        self._check_closed()
        if self._debug:
            self._debug_checks(callback, 'call_soon')
        # The hot path: the handle is made here rather than through
        # _call_soon(), sparing a call per callback.
        handle = Handle(callback, args, self, context)
        if handle._source_traceback:
            handle._source_traceback.pop()
        self._ready.append(handle)
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        """call_soon() usable from any thread; it wakes the loop."""
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon_threadsafe')
        handle = _trim_origin(self._call_soon(callback, args, context))
        self._write_to_self()
        return handle

    def call_at(self, when, callback, *args, context=None):
        """Run callback(*args) at loop time when; returns its
        TimerHandle."""
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        if self._debug:
            self._debug_checks(callback, 'call_at')
        timer = _trim_origin(TimerHandle(when, callback, args, self, context))
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def call_later(self, delay, callback, *args, context=None):
        """Run callback(*args) delay seconds from now; returns its
        TimerHandle."""
        if delay is None:
            raise TypeError('delay must not be None')
        return _trim_origin(self.call_at(self.time() + delay, callback,
                                         *args, context=context))

    def _add_callback(self, handle):
        if not handle._cancelled:
            self._ready.append(handle)

    def _add_callback_signalsafe(self, handle):
        self._add_callback(handle)
        self._write_to_self()

    def _timer_handle_cancelled(self, handle):
        # Counted so that _run_once() knows when purging the heap pays.
        if handle._scheduled:
            self._timer_cancelled_count += 1

    # -- Executors --

    def run_in_executor(self, executor, func, *args):
        """Submit func(*args) to executor (None: the loop's default thread
        pool, made on first use) and return an asyncio Future of it."""
        self._check_closed()
        if self._debug:
            self._check_callback(func, 'run_in_executor')
        if executor is None:
            executor = self._default_thread_pool()
        return futures.wrap_future(executor.submit(func, *args), loop=self)

    def _default_thread_pool(self):
        self._check_default_executor()
        if self._default_executor is None:
            self._default_executor = concurrent.futures.ThreadPoolExecutor(
                thread_name_prefix='asyncio')
        return self._default_executor

    def set_default_executor(self, executor):
        """Use executor, a ThreadPoolExecutor, for run_in_executor(None,
        ...)."""
        if isinstance(executor, concurrent.futures.ThreadPoolExecutor):
            self._default_executor = executor
        else:
            raise TypeError('executor must be ThreadPoolExecutor instance')

    async def shutdown_default_executor(self):
        """Shut the default executor down. Its threads are joined from a
        helper thread, so that the loop keeps serving meanwhile."""
        self._executor_shutdown_called = True
        if self._default_executor is None:
            return
        done = self.create_future()
        joiner = threading.Thread(target=self._do_shutdown, args=(done,))
        joiner.start()
        try:
            await done
        finally:
            joiner.join()

    def _do_shutdown(self, future):
        # Runs in the helper thread of shutdown_default_executor().
        try:
            self._default_executor.shutdown(wait=True)
        except Exception as exc:
            outcome = (future.set_exception, exc)
        else:
            outcome = (future.set_result, None)
        if not self.is_closed():
            self.call_soon_threadsafe(*outcome)

    # -- Async generators --

    def _asyncgen_firstiter_hook(self, agen):
        self._asyncgens[id(agen)] = agen
        if not self._asyncgens_shutdown_called:
            return
        warnings.warn(f"asynchronous generator {agen!r} was scheduled after "
                      "loop.shutdown_asyncgens() call",
                      ResourceWarning, source=self)

    def _asyncgen_finalizer_hook(self, agen):
        self._asyncgens.pop(id(agen), None)
        if not self.is_closed():
            self.call_soon_threadsafe(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        """aclose() every async generator of the loop still open, and
        report the ones that fail to close."""
        self._asyncgens_shutdown_called = True
        still_open = [g for g in self._asyncgens.values()
                      if g.ag_frame is not None]
        self._asyncgens.clear()
        if not still_open:
            return
        outcomes = await tasks.gather(*(g.aclose() for g in still_open),
                                      return_exceptions=True)
        for agen, outcome in zip(still_open, outcomes):
            if not isinstance(outcome, Exception):
                continue
            self.call_exception_handler({
                'message': 'an error occurred during closing of '
                           f'asynchronous generator {agen!r}',
                'exception': outcome,
                'asyncgen': agen,
            })

    # -- Running, stopping, closing --

    def run_forever(self):
        """Iterate until stop() is called."""
        self._check_closed()
        self._check_running()
        self._set_coroutine_origin_tracking(self._debug)
        saved_hooks = sys.get_asyncgen_hooks()
        try:
            self._thread_id = threading.get_ident()
            events._set_running_loop(self)
            sys.set_asyncgen_hooks(self._asyncgen_firstiter_hook,
                                   self._asyncgen_finalizer_hook)
            # At least one turn, even when stop() came before the run.
            self._run_once()
            while not self._stopping:
                self._run_once()
        finally:
            self._thread_id = None
            self._stopping = False
            events._set_running_loop(None)
            self._set_coroutine_origin_tracking(False)
            sys.set_asyncgen_hooks(*saved_hooks)

    def run_until_complete(self, future):
        """Run until future is done (a coroutine runs as a Task); return
        its result or raise its exception."""
        self._check_closed()
        self._check_running()
        wrapped = not futures.isfuture(future)
        future = tasks.ensure_future(future, loop=self)
        if wrapped:
            # Its fate is reported here, so the task need not be logged
            # when dropped while pending.
            future._log_destroy_pending = False
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if wrapped and future.done() and not future.cancelled():
                # A fatal exception from the coroutine stopped the loop;
                # mark it retrieved, since no caller can fetch it.
                future.exception()
            future.remove_done_callback(_run_until_complete_cb)
            raise
        future.remove_done_callback(_run_until_complete_cb)
        if future.done():
            return future.result()
        raise RuntimeError('Event loop stopped before Future completed.')

    def stop(self):
        """Return from run_forever() once the ready callbacks have run."""
        self._stopping = True

    def close(self):
        """Close a loop that is not running: pending callbacks are
        discarded and the default executor is shut down without waiting."""
        if self.is_running():
            raise RuntimeError("Cannot close a running event loop")
        if self._closed:
            return
        if self._debug:
            log.logger.debug("Close %r", self)
        self._closed = self._executor_shutdown_called = True
        self._scheduled.clear()
        self._ready.clear()
        # The reports CPython makes when the dropped callbacks free the last
        # references to these futures and tasks.
        tasks._report_destroyed_pending(self)
        futures._report_unretrieved(self)
        executor, self._default_executor = self._default_executor, None
        if executor is not None:
            executor.shutdown(wait=False)

    def _prune_timers(self):
        # Cancelled timers are dropped from the heap: all at once when they
        # are many, else only those that reached its top.
        heap = self._scheduled
        dead = self._timer_cancelled_count
        if (len(heap) > _MIN_SCHEDULED_TIMER_HANDLES
                and dead / len(heap) > _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            keep = []
            for timer in heap:
                if timer._cancelled:
                    timer._scheduled = False
                else:
                    keep.append(timer)
            heapq.heapify(keep)
            self._scheduled = keep
            self._timer_cancelled_count = 0
            return keep
        while heap and heap[0]._cancelled:
            self._timer_cancelled_count -= 1
            heapq.heappop(heap)._scheduled = False
        return heap

    def _run_once(self):
        """One turn of the loop: sleep until there is work (a ready
        callback, a due timer, a wake-up from another thread), move the due
        timers to the ready queue, then run what is ready at that moment;
        callbacks queued meanwhile wait for the next turn."""
        heap = self._scheduled
        if heap and (heap[0]._cancelled or self._timer_cancelled_count):
            heap = self._prune_timers()
        ready = self._ready
        if not ready and not self._stopping:
            if not heap:
                self._wait_for_wakeup(None)
            else:
                delay = heap[0]._when - self.time()
                if delay > 0:
                    self._wait_for_wakeup(min(delay, MAXIMUM_SELECT_TIMEOUT))
        if heap:
            horizon = self.time() + self._clock_resolution
            while heap and heap[0]._when < horizon:
                timer = heapq.heappop(heap)
                timer._scheduled = False
                ready.append(timer)
        # popleft() a fixed count: other threads may append meanwhile.
        count = len(ready)
        if self._debug:
            self._run_ready_debug(ready, count)
            return
        while count:
            count -= 1
            handle = ready.popleft()
            if not handle._cancelled:
                handle._run()

    def _run_ready_debug(self, ready, count):
        # As in _run_once(), also timing each callback and remembering the
        # one running, for error reports.
        for _ in range(count):
            handle = ready.popleft()
            if handle._cancelled:
                continue
            self._current_handle = handle
            try:
                started = self.time()
                handle._run()
                took = self.time() - started
                if took >= self.slow_callback_duration:
                    log.logger.warning('Executing %s took %.3f seconds',
                                       _describe_slow(handle), took)
            finally:
                self._current_handle = None

    # -- Error reports --

    def set_exception_handler(self, handler):
        """Install handler(loop, context) for error reports; None restores
        the default handler."""
        if handler is not None and not callable(handler):
            raise TypeError('A callable object or None is expected, '
                            f'got {handler!r}')
        self._exception_handler = handler

    def get_exception_handler(self):
        """The installed exception handler, or None."""
        return self._exception_handler

    def default_exception_handler(self, context):
        """Log an error report on the 'asyncio' logger at ERROR level: the
        message, then every other key sorted, then the exception's
        traceback."""
        exc = context.get('exception')
        exc_info = False if exc is None else (type(exc), exc, exc.__traceback__)
        running = self._current_handle
        if ('source_traceback' not in context and running is not None
                and running._source_traceback):
            context['handle_traceback'] = running._source_traceback
        lines = [context.get('message') or 'Unhandled exception in event loop']
        for key in sorted(context):
            if key in ('message', 'exception'):
                continue
            lines.append(f'{key}: {self._format_context_value(key, context[key])}')
        log.logger.error('\n'.join(lines), exc_info=exc_info)

    @staticmethod
    def _format_context_value(key, value):
        if key == 'source_traceback':
            return ('Object created at (most recent call last):\n'
                    + _format_stack(value))
        if key == 'handle_traceback':
            return ('Handle created at (most recent call last):\n'
                    + _format_stack(value))
        return repr(value)

    def call_exception_handler(self, context):
        """Pass an error report (a dict with message, exception, future,
        task, handle...) to the exception handler. A failing custom handler
        is itself reported through the default one."""
        handler = self._exception_handler
        if handler is None:
            try:
                self.default_exception_handler(context)
            except _FATAL:
                raise
            except BaseException:
                log.logger.error('Exception in default exception handler',
                                 exc_info=True)
            return
        try:
            handler(self, context)
        except _FATAL:
            raise
        except BaseException as exc:
            self._report_handler_failure(exc, context)

    def _report_handler_failure(self, exc, context):
        report = dict(message='Unhandled error in exception handler',
                      exception=exc, context=context)
        try:
            self.default_exception_handler(report)
        except _FATAL:
            raise
        except BaseException:
            log.logger.error('Exception in default exception handler '
                             'while handling an unexpected error '
                             'in custom exception handler',
                             exc_info=True)

    # -- Networking, pipes and subprocesses: not in gilpy yet --

    getaddrinfo = _unavailable('getaddrinfo', _NEEDS_SOCKETS)
    getnameinfo = _unavailable('getnameinfo', _NEEDS_SOCKETS)
    create_connection = _unavailable('create_connection', _NEEDS_SOCKETS)
    create_server = _unavailable('create_server', _NEEDS_SOCKETS)
    create_datagram_endpoint = _unavailable('create_datagram_endpoint', _NEEDS_SOCKETS)
    connect_accepted_socket = _unavailable('connect_accepted_socket', _NEEDS_SOCKETS)
    start_tls = _unavailable('start_tls', _NEEDS_SOCKETS)
    sendfile = _unavailable('sendfile', _NEEDS_SOCKETS)
    sock_sendfile = _unavailable('sock_sendfile', _NEEDS_SOCKETS)
    connect_read_pipe = _unavailable('connect_read_pipe', _NEEDS_PIPES)
    connect_write_pipe = _unavailable('connect_write_pipe', _NEEDS_PIPES)
    subprocess_exec = _unavailable('subprocess_exec', _NEEDS_SUBPROCESSES)
    subprocess_shell = _unavailable('subprocess_shell', _NEEDS_SUBPROCESSES)
