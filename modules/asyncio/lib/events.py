"""The event loop interface, the handles of scheduled callbacks, each
thread's running loop, and the policy that hands out event loops."""

__all__ = ('AbstractEventLoopPolicy', 'AbstractEventLoop', 'AbstractServer',
           'Handle', 'TimerHandle', 'get_event_loop_policy',
           'set_event_loop_policy', 'get_event_loop', 'set_event_loop',
           'new_event_loop', '_set_running_loop', 'get_running_loop',
           '_get_running_loop')

import sys
import threading
from contextvars import copy_context

from _gilpy_asyncio import hide_from_tracebacks as _c_like

from . import format_helpers

# The socket and subprocess constants that default arguments of the
# interface below use (gilpy has neither module yet).
_AF_UNSPEC = 0
_AI_PASSIVE = 1
_PIPE = -1


class Handle:
    """One scheduled call: a callback, its arguments and the context to
    run it in. cancel() before it runs and it never will."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop', '_source_traceback',
                 '_repr', '__weakref__', '_context')

    def __init__(self, callback, args, loop, context=None):
        self._loop = loop
        self._callback, self._args = callback, args
        self._context = copy_context() if context is None else context
        self._cancelled = False
        self._repr = None
        # In debug mode, where the handle was made, for error reports.
        self._source_traceback = (
            format_helpers.extract_stack(sys._getframe(1))
            if loop.get_debug() else None)

    def _describe_callback(self):
        return format_helpers._format_callback_source(self._callback, self._args)

    def _repr_info(self):
        parts = [type(self).__name__]
        if self._cancelled:
            parts.append('cancelled')
        if self._callback is not None:
            parts.append(self._describe_callback())
        if self._source_traceback:
            filename, lineno = self._source_traceback[-1][:2]
            parts.append(f'created at {filename}:{lineno}')
        return parts

    def __repr__(self):
        # A cancelled handle in debug mode keeps the repr it had before its
        # callback was dropped.
        if self._repr is None:
            return '<{}>'.format(' '.join(self._repr_info()))
        return self._repr

    def cancelled(self):
        return self._cancelled

    def cancel(self):
        if self._cancelled:
            return
        self._cancelled = True
        if self._loop.get_debug():
            self._repr = repr(self)
        # Drop the references so that they can be freed at once.
        self._callback = self._args = None

    def _run(self):
        # A callback's error goes to the loop's exception handler; only
        # the exceptions that end the program get out of the loop.
        try:
            self._context.run(self._callback, *self._args)
        except BaseException as exc:
            if isinstance(exc, (SystemExit, KeyboardInterrupt)):
                raise
            self._report(exc)

    def _report(self, exc):
        report = dict(message=f'Exception in callback {self._describe_callback()}',
                      exception=exc, handle=self)
        if self._source_traceback:
            report['source_traceback'] = self._source_traceback
        self._loop.call_exception_handler(report)


class TimerHandle(Handle):
    """A Handle due at a given time of its loop's clock. Timer handles
    compare by that time, which keeps the loop's heap in order."""

    __slots__ = ['_scheduled', '_when']

    def __init__(self, when, callback, args, loop, context=None):
        Handle.__init__(self, callback, args, loop, context)
        if self._source_traceback:
            # Leave out the frame of the loop method that made us.
            self._source_traceback.pop()
        self._when = when
        self._scheduled = False

    def _repr_info(self):
        parts = super()._repr_info()
        parts.insert(1 + self._cancelled, f'when={self._when}')
        return parts

    def when(self):
        """When the callback is due, on the loop's clock."""
        return self._when

    def cancel(self):
        was_live = not self._cancelled
        Handle.cancel(self)
        if was_live:
            # Let the loop count it, to purge its heap of dead timers.
            self._loop._timer_handle_cancelled(self)

    def __hash__(self):
        return hash(self._when)

    def __eq__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        mine = (self._when, self._callback, self._args, self._cancelled)
        return mine == (other._when, other._callback, other._args,
                        other._cancelled)

    def __lt__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        return self._when < other._when

    def __gt__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        return self._when > other._when

    def __le__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        return self._when < other._when or self == other

    def __ge__(self, other):
        if not isinstance(other, TimerHandle):
            return NotImplemented
        return self._when > other._when or self == other


class AbstractServer:
    """The interface of the server objects create_server() returns."""

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_info):
        # Leaving "async with server" closes it and waits until it is.
        self.close()
        await self.wait_closed()

    def get_loop(self):
        """Return the loop serving connections."""
        raise NotImplementedError

    def is_serving(self):
        """Tell whether new connections are being accepted."""
        raise NotImplementedError

    def close(self):
        """Stop listening; connections already made are left alone."""
        raise NotImplementedError

    async def wait_closed(self):
        """Return once close() has completed."""
        raise NotImplementedError

    async def start_serving(self):
        """Begin accepting connections; harmless if already serving."""
        raise NotImplementedError

    async def serve_forever(self):
        """Accept connections until the calling task is cancelled, then
        close the server."""
        raise NotImplementedError


class AbstractEventLoop:
    """What an event loop offers. Every method here raises
    NotImplementedError; concrete loops override what they support."""

    # -- Life cycle --

    def run_forever(self):
        """Process callbacks and I/O until stop() is called."""
        raise NotImplementedError

    def run_until_complete(self, future):
        """Run until future is done (a coroutine is wrapped in a task
        first); return its result or raise its exception."""
        raise NotImplementedError

    def stop(self):
        """Ask the loop to return from run_forever() once the callbacks
        already ready have run."""
        raise NotImplementedError

    def is_running(self):
        """Tell whether the loop is inside run_forever()."""
        raise NotImplementedError

    def is_closed(self):
        """Tell whether close() has been called."""
        raise NotImplementedError

    def close(self):
        """Release the loop's resources. It must not be running; callbacks
        still queued are discarded and the default executor is shut down
        without waiting for it."""
        raise NotImplementedError

    async def shutdown_asyncgens(self):
        """Finalize every asynchronous generator still open on the loop."""
        raise NotImplementedError

    async def shutdown_default_executor(self):
        """Shut the default executor down and wait for its workers."""
        raise NotImplementedError

    # -- Scheduling callbacks, futures and tasks --

    def call_soon(self, callback, *args, context=None):
        """Run callback(*args) at the next iteration; returns a Handle."""
        return self.call_later(0, callback, *args, context=context)

    def call_later(self, delay, callback, *args, context=None):
        """Run callback(*args) after delay seconds; returns a TimerHandle."""
        raise NotImplementedError

    def call_at(self, when, callback, *args, context=None):
        """Run callback(*args) at time when of the loop's clock."""
        raise NotImplementedError

    def time(self):
        """Return the loop's clock reading, in seconds."""
        raise NotImplementedError

    def _timer_handle_cancelled(self, handle):
        """Told by a TimerHandle of this loop that it was cancelled."""
        raise NotImplementedError

    def create_future(self):
        """Return a new Future bound to this loop."""
        raise NotImplementedError

    def create_task(self, coro, *, name=None, context=None):
        """Wrap coro in a Task scheduled on this loop and return it."""
        raise NotImplementedError

    def set_task_factory(self, factory):
        """Install the callable create_task() uses (None: the default)."""
        raise NotImplementedError

    def get_task_factory(self):
        """Return the task factory in use, or None."""
        raise NotImplementedError

    # -- Threads and executors --

    def call_soon_threadsafe(self, callback, *args, context=None):
        """call_soon() that may be called from any thread."""
        raise NotImplementedError

    def run_in_executor(self, executor, func, *args):
        """Call func(*args) in executor (None: the default one) and
        return an awaitable future of the result."""
        raise NotImplementedError

    def set_default_executor(self, executor):
        """Replace the executor run_in_executor(None, ...) uses."""
        raise NotImplementedError

    # -- Errors and debugging --

    def set_exception_handler(self, handler):
        """Install handler(loop, context) for errors nobody else handles."""
        raise NotImplementedError

    def get_exception_handler(self):
        """Return the installed exception handler, or None."""
        raise NotImplementedError

    def default_exception_handler(self, context):
        """Log an error report the way the loop does by default."""
        raise NotImplementedError

    def call_exception_handler(self, context):
        """Pass an error report to the handler in use."""
        raise NotImplementedError

    def get_debug(self):
        """Tell whether debug mode is on."""
        raise NotImplementedError

    def set_debug(self, enabled):
        """Turn debug mode on or off."""
        raise NotImplementedError

    # -- Name resolution and connections --

    async def getaddrinfo(self, host, port, *,
                          family=0, type=0, proto=0, flags=0):
        """socket.getaddrinfo() without blocking the loop."""
        raise NotImplementedError

    async def getnameinfo(self, sockaddr, flags=0):
        """socket.getnameinfo() without blocking the loop."""
        raise NotImplementedError

    async def create_connection(
            self, protocol_factory, host=None, port=None, *,
            ssl=None, family=0, proto=0, flags=0, sock=None,
            local_addr=None, server_hostname=None,
            ssl_handshake_timeout=None, ssl_shutdown_timeout=None,
            happy_eyeballs_delay=None, interleave=None):
        """Open a stream connection; return (transport, protocol)."""
        raise NotImplementedError

    async def create_server(
            self, protocol_factory, host=None, port=None, *,
            family=_AF_UNSPEC, flags=_AI_PASSIVE, sock=None, backlog=100,
            ssl=None, reuse_address=None, reuse_port=None,
            ssl_handshake_timeout=None, ssl_shutdown_timeout=None,
            start_serving=True):
        """Listen for stream connections on host and port; return a
        server object."""
        raise NotImplementedError

    async def create_unix_connection(
            self, protocol_factory, path=None, *,
            ssl=None, sock=None, server_hostname=None,
            ssl_handshake_timeout=None, ssl_shutdown_timeout=None):
        """Open a Unix-socket connection; return (transport, protocol)."""
        raise NotImplementedError

    async def create_unix_server(
            self, protocol_factory, path=None, *,
            sock=None, backlog=100, ssl=None,
            ssl_handshake_timeout=None, ssl_shutdown_timeout=None,
            start_serving=True):
        """Listen on a Unix socket; return a server object."""
        raise NotImplementedError

    async def connect_accepted_socket(
            self, protocol_factory, sock, *, ssl=None,
            ssl_handshake_timeout=None, ssl_shutdown_timeout=None):
        """Adopt an already accepted socket; return (transport,
        protocol)."""
        raise NotImplementedError

    async def create_datagram_endpoint(
            self, protocol_factory, local_addr=None, remote_addr=None, *,
            family=0, proto=0, flags=0, reuse_address=None,
            reuse_port=None, allow_broadcast=None, sock=None):
        """Open a datagram socket; return (transport, protocol)."""
        raise NotImplementedError

    async def start_tls(self, transport, protocol, sslcontext, *,
                        server_side=False, server_hostname=None,
                        ssl_handshake_timeout=None,
                        ssl_shutdown_timeout=None):
        """Switch an open connection to TLS; return the new transport."""
        raise NotImplementedError

    async def sendfile(self, transport, file, offset=0, count=None, *,
                       fallback=True):
        """Send a file over a transport; return the number of bytes."""
        raise NotImplementedError

    # -- Pipes and subprocesses --

    async def connect_read_pipe(self, protocol_factory, pipe):
        """Read from a pipe through a protocol; return (transport,
        protocol)."""
        raise NotImplementedError

    async def connect_write_pipe(self, protocol_factory, pipe):
        """Write to a pipe through a protocol; return (transport,
        protocol)."""
        raise NotImplementedError

    async def subprocess_exec(self, protocol_factory, *args,
                              stdin=_PIPE, stdout=_PIPE, stderr=_PIPE,
                              **kwargs):
        """Start a program with arguments; return (transport, protocol)."""
        raise NotImplementedError

    async def subprocess_shell(self, protocol_factory, cmd, *,
                               stdin=_PIPE, stdout=_PIPE, stderr=_PIPE,
                               **kwargs):
        """Start a shell command line; return (transport, protocol)."""
        raise NotImplementedError

    # -- Watching file descriptors --

    def add_reader(self, fd, callback, *args):
        """Call callback(*args) whenever fd is readable."""
        raise NotImplementedError

    def remove_reader(self, fd):
        """Stop watching fd for reading."""
        raise NotImplementedError

    def add_writer(self, fd, callback, *args):
        """Call callback(*args) whenever fd is writable."""
        raise NotImplementedError

    def remove_writer(self, fd):
        """Stop watching fd for writing."""
        raise NotImplementedError

    # -- Low-level socket operations --

    async def sock_accept(self, sock):
        """Accept a connection on a listening socket."""
        raise NotImplementedError

    async def sock_connect(self, sock, address):
        """Connect sock to address."""
        raise NotImplementedError

    async def sock_recv(self, sock, nbytes):
        """Receive up to nbytes from sock."""
        raise NotImplementedError

    async def sock_recv_into(self, sock, buf):
        """Receive from sock into buf."""
        raise NotImplementedError

    async def sock_recvfrom(self, sock, bufsize):
        """Receive a datagram and its sender's address."""
        raise NotImplementedError

    async def sock_recvfrom_into(self, sock, buf, nbytes=0):
        """Receive a datagram into buf, with the sender's address."""
        raise NotImplementedError

    async def sock_sendall(self, sock, data):
        """Send all of data over sock."""
        raise NotImplementedError

    async def sock_sendto(self, sock, data, address):
        """Send a datagram to address."""
        raise NotImplementedError

    async def sock_sendfile(self, sock, file, offset=0, count=None, *,
                            fallback=None):
        """Send a file over sock."""
        raise NotImplementedError

    # -- Signals --

    def add_signal_handler(self, sig, callback, *args):
        """Call callback(*args) when signal sig arrives."""
        raise NotImplementedError

    def remove_signal_handler(self, sig):
        """Remove the handler of signal sig."""
        raise NotImplementedError


class AbstractEventLoopPolicy:
    """Chooses the event loop that get_event_loop() gives."""

    def get_event_loop(self):
        """Return the loop of the current context; raise rather than
        return None when there is none to give."""
        raise NotImplementedError

    def set_event_loop(self, loop):
        """Make loop the current context's loop."""
        raise NotImplementedError

    def new_event_loop(self):
        """Build a fresh loop; it becomes current only through
        set_event_loop()."""
        raise NotImplementedError

    def get_child_watcher(self):
        """Return the object that watches child processes."""
        raise NotImplementedError

    def set_child_watcher(self, watcher):
        """Install the object that watches child processes."""
        raise NotImplementedError


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """Keeps one current loop per thread. The main thread gets one made
    on first request; any other thread has to set its own. Subclasses name
    the loop class in _loop_factory."""

    class _Local(threading.local):
        # Per thread: the current loop, and whether set_event_loop() was
        # ever called (after which none is made on demand).
        _set_called = False
        _loop = None

    _loop_factory = None

    def __init__(self):
        self._local = self._Local()

    def get_event_loop(self):
        """Return this thread's loop. The main thread gets a new one if it
        has none and never called set_event_loop()."""
        state = self._local
        thread = threading.current_thread()
        if (state._loop is None and not state._set_called
                and thread is threading.main_thread()):
            self.set_event_loop(self.new_event_loop())
        if state._loop is not None:
            return state._loop
        raise RuntimeError(
            'There is no current event loop in thread %r.' % thread.name)

    def set_event_loop(self, loop):
        """Make loop (None for no loop) this thread's loop."""
        self._local._set_called = True
        if loop is None or isinstance(loop, AbstractEventLoop):
            self._local._loop = loop
            return
        raise TypeError("loop must be an instance of AbstractEventLoop or "
                        f"None, not '{type(loop).__name__}'")

    def new_event_loop(self):
        """Build a loop of the policy's class, without making it current."""
        return self._loop_factory()


class _RunningLoop(threading.local):
    # gilpy's processes are interpreters of their own, which do not share
    # this module, so the loop needs no process id beside it.
    loop = None


_running_loop = _RunningLoop()

# The installed policy; the default one is made on first demand.
_event_loop_policy = None
_policy_lock = threading.Lock()


@_c_like
def _get_running_loop():
    """This thread's running loop, or None when no loop runs."""
    return _running_loop.loop


@_c_like
def _set_running_loop(loop):
    """Record loop (None: no loop) as running in this thread."""
    _running_loop.loop = loop


@_c_like
def get_running_loop():
    """Return the loop running in this thread; RuntimeError if none."""
    running = _running_loop.loop
    if running is not None:
        return running
    raise RuntimeError('no running event loop')


def get_event_loop_policy():
    """Return the policy in force, installing the default one first if no
    policy was set."""
    global _event_loop_policy
    if _event_loop_policy is None:
        with _policy_lock:
            if _event_loop_policy is None:
                from . import DefaultEventLoopPolicy
                _event_loop_policy = DefaultEventLoopPolicy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    """Install policy; None goes back to the default policy."""
    global _event_loop_policy
    if policy is None or isinstance(policy, AbstractEventLoopPolicy):
        _event_loop_policy = policy
        return
    raise TypeError("policy must be an instance of AbstractEventLoopPolicy "
                    f"or None, not '{type(policy).__name__}'")


def _current_or_policy_loop():
    running = _running_loop.loop
    if running is None:
        running = get_event_loop_policy().get_event_loop()
    return running


@_c_like
def get_event_loop():
    """Return the running loop, or else the one the policy gives."""
    return _current_or_policy_loop()


@_c_like
def _get_event_loop(stacklevel=3):
    # What the library calls internally; stacklevel matters only to the
    # deprecation warning CPython 3.12 adds here.
    return _current_or_policy_loop()


def set_event_loop(loop):
    """Make loop the current one, through the policy."""
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    """Build a new loop, through the policy."""
    return get_event_loop_policy().new_event_loop()
