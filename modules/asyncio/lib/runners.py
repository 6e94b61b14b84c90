"""asyncio.run() and Runner: create an event loop, run coroutines in it,
then tidy up and close it."""

__all__ = ('Runner', 'run')

import contextvars
import threading

from . import coroutines, events, exceptions, mixins, tasks

try:
    import signal
except ImportError:
    # gilpy without its signal module yet: Ctrl-C raises
    # KeyboardInterrupt wherever the loop is instead of cancelling the
    # main task first.
    signal = None


def _runner_state(name):
    return mixins._EnumValue('_State', name, name.lower())


class _State:
    CREATED = _runner_state('CREATED')
    INITIALIZED = _runner_state('INITIALIZED')
    CLOSED = _runner_state('CLOSED')


def _refuse_nested_run(what):
    # One loop per thread at a time: running a second one inside would
    # block the first.
    if events._get_running_loop() is not None:
        raise RuntimeError(
            f"{what} cannot be called from a running event loop")


def _finish_leftover_tasks(loop):
    # Cancel whatever tasks are still alive, let them all unwind, and report
    # any that failed instead of finishing cancelled.
    leftovers = tasks.all_tasks(loop)
    if not leftovers:
        return
    for task in leftovers:
        task.cancel()
    loop.run_until_complete(tasks.gather(*leftovers, return_exceptions=True))
    for task in leftovers:
        if task.cancelled() or task.exception() is None:
            continue
        loop.call_exception_handler({
            'message': 'unhandled exception during asyncio.run() shutdown',
            'exception': task.exception(),
            'task': task,
        })


class _SigintGuard:
    # While the main task runs (in the main thread, with Python's default
    # SIGINT handler in place) the first Ctrl-C cancels the task and a
    # second one raises KeyboardInterrupt.
    def __init__(self, runner, task):
        self._runner = runner
        self._task = task
        self._installed = False

    def install(self):
        if (signal is None
                or threading.current_thread() is not threading.main_thread()
                or signal.getsignal(signal.SIGINT) is not signal.default_int_handler):
            return
        try:
            signal.signal(signal.SIGINT, self._on_sigint)
        except ValueError:
            return
        self._installed = True

    def uninstall(self):
        if self._installed and signal.getsignal(signal.SIGINT) == self._on_sigint:
            signal.signal(signal.SIGINT, signal.default_int_handler)

    def _on_sigint(self, signum, frame):
        runner = self._runner
        runner._interrupt_count += 1
        if runner._interrupt_count > 1 or self._task.done():
            raise KeyboardInterrupt()
        self._task.cancel()
        # Wake the loop so that it notices the cancellation.
        runner._loop.call_soon_threadsafe(lambda: None)


class Runner:
    """Owns one event loop for the span of a "with" block (or until
    close()). run() may be called any number of times; closing cancels the
    tasks left over, finalizes async generators, shuts the default
    executor down and closes the loop.

    debug, when not None, sets the loop's debug mode; loop_factory, when
    given, creates the loop in place of the event loop policy."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._debug = debug
        self._loop_factory = loop_factory
        self._state = _State.CREATED
        self._loop = self._context = None
        # Whether the runner made its loop the thread's current loop.
        self._set_event_loop = False
        # Ctrl-C presses seen during the current run().
        self._interrupt_count = 0

    def get_loop(self):
        """The loop this runner runs coroutines on."""
        self._lazy_init()
        return self._loop

    def _lazy_init(self):
        state = self._state
        if state is _State.INITIALIZED:
            return
        if state is _State.CLOSED:
            raise RuntimeError("Runner is closed")
        if self._loop_factory is not None:
            self._loop = self._loop_factory()
        else:
            self._loop = events.new_event_loop()
            if not self._set_event_loop:
                # A policy-made loop is the thread's current loop for as
                # long as the runner lives.
                events.set_event_loop(self._loop)
                self._set_event_loop = True
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._context = contextvars.copy_context()
        self._state = _State.INITIALIZED

    def run(self, coro, *, context=None):
        """Run coro as a task until it is done; return what it returns or
        raise what it raises."""
        if not coroutines.iscoroutine(coro):
            raise ValueError(f"a coroutine was expected, got {coro!r}")
        _refuse_nested_run('Runner.run()')
        self._lazy_init()
        task = self._loop.create_task(
            coro, context=self._context if context is None else context)
        guard = _SigintGuard(self, task)
        guard.install()
        self._interrupt_count = 0
        try:
            result = self._loop.run_until_complete(task)
        except exceptions.CancelledError:
            # A cancellation that came from Ctrl-C turns back into the
            # interrupt it was.
            if self._interrupt_count:
                uncancel = getattr(task, "uncancel", None)
                if uncancel is not None and uncancel() == 0:
                    raise KeyboardInterrupt()
            raise
        finally:
            guard.uninstall()
        return result

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, *exc_info):
        self.close()

    def close(self):
        """Tidy up and close the loop (nothing to do unless it was made)."""
        if self._state is not _State.INITIALIZED:
            return
        loop = self._loop
        try:
            _finish_leftover_tasks(loop)
            for step in (loop.shutdown_asyncgens, loop.shutdown_default_executor):
                loop.run_until_complete(step())
        finally:
            self._state = _State.CLOSED
            if self._set_event_loop:
                events.set_event_loop(None)
            self._loop = None
            loop.close()


def run(main, *, debug=None):
    """Run the coroutine main on a fresh event loop and return its result.
    Afterwards the remaining tasks are cancelled, async generators and the
    default executor are shut down and the loop is closed. Cannot be called
    while another loop runs in the same thread."""
    _refuse_nested_run('asyncio.run()')
    # Entering the runner makes its loop before main is even checked.
    with Runner(debug=debug) as runner:
        return runner.run(main)
