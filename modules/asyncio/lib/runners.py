"""asyncio.run() and Runner: an event loop's whole life around running
coroutines."""

__all__ = ('Runner', 'run')

import contextvars
import functools
import threading

from . import coroutines
from . import events
from . import exceptions
from . import mixins
from . import tasks

try:
    import signal
except ImportError:
    # gilpy without its signal module yet: Ctrl-C raises
    # KeyboardInterrupt wherever the loop is instead of cancelling the
    # main task first.
    signal = None


class _State:
    CREATED = mixins._EnumValue('_State', 'CREATED', 'created')
    INITIALIZED = mixins._EnumValue('_State', 'INITIALIZED', 'initialized')
    CLOSED = mixins._EnumValue('_State', 'CLOSED', 'closed')


class Runner:
    """A context manager owning a new event loop: run() runs coroutines
    in it (as many times as wanted), and leaving the context (or close())
    cancels the tasks left, shuts down async generators and the default
    executor, and closes the loop.

    debug sets the loop's debug mode; loop_factory makes the loop instead
    of the event loop policy."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = _State.CREATED
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._context = None
        self._interrupt_count = 0
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        """Finish the loop's work and close it."""
        if self._state is not _State.INITIALIZED:
            return
        try:
            loop = self._loop
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._set_event_loop:
                events.set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = _State.CLOSED

    def get_loop(self):
        """The runner's event loop."""
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        """Run coro in a task on the loop until it completes; return its
        result or raise its exception."""
        if not coroutines.iscoroutine(coro):
            raise ValueError("a coroutine was expected, got {!r}".format(coro))
        if events._get_running_loop() is not None:
            raise RuntimeError(
                "Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        if context is None:
            context = self._context
        task = self._loop.create_task(coro, context=context)

        sigint_handler = None
        if (signal is not None and
                threading.current_thread() is threading.main_thread() and
                signal.getsignal(signal.SIGINT) is signal.default_int_handler):
            # The first Ctrl-C cancels the main task; a second one raises
            # KeyboardInterrupt at once.
            sigint_handler = functools.partial(self._on_sigint, main_task=task)
            try:
                signal.signal(signal.SIGINT, sigint_handler)
            except ValueError:
                sigint_handler = None

        self._interrupt_count = 0
        try:
            return self._loop.run_until_complete(task)
        except exceptions.CancelledError:
            if self._interrupt_count > 0:
                uncancel = getattr(task, "uncancel", None)
                if uncancel is not None and uncancel() == 0:
                    raise KeyboardInterrupt()
            raise
        finally:
            if (sigint_handler is not None and
                    signal.getsignal(signal.SIGINT) is sigint_handler):
                signal.signal(signal.SIGINT, signal.default_int_handler)

    def _lazy_init(self):
        if self._state is _State.CLOSED:
            raise RuntimeError("Runner is closed")
        if self._state is _State.INITIALIZED:
            return
        if self._loop_factory is None:
            self._loop = events.new_event_loop()
            if not self._set_event_loop:
                # Made by the policy: it is the thread's loop while the
                # runner lives.
                events.set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._context = contextvars.copy_context()
        self._state = _State.INITIALIZED

    def _on_sigint(self, signum, frame, main_task):
        self._interrupt_count += 1
        if self._interrupt_count == 1 and not main_task.done():
            main_task.cancel()
            # Wake the loop so that the cancellation is seen.
            self._loop.call_soon_threadsafe(lambda: None)
            return
        raise KeyboardInterrupt()


def run(main, *, debug=None):
    """Run the coroutine main in a new event loop and return its result:
    then cancel the tasks left, shut down async generators and the
    default executor, and close the loop. Not from a running loop."""
    if events._get_running_loop() is not None:
        raise RuntimeError(
            "asyncio.run() cannot be called from a running event loop")
    with Runner(debug=debug) as runner:
        return runner.run(main)


def _cancel_all_tasks(loop):
    to_cancel = tasks.all_tasks(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(tasks.gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })
