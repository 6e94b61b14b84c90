"""Event loops in the abstract, callback handles, the running loop of
each thread and the event loop policy."""

__all__ = (
    'AbstractEventLoopPolicy',
    'AbstractEventLoop', 'AbstractServer',
    'Handle', 'TimerHandle',
    'get_event_loop_policy', 'set_event_loop_policy',
    'get_event_loop', 'set_event_loop', 'new_event_loop',
    '_set_running_loop', 'get_running_loop',
    '_get_running_loop',
)

import contextvars
import sys
import threading

from _gilpy_asyncio import hide_from_tracebacks as _c_like

from . import format_helpers

# Values of the socket and subprocess constants the abstract methods'
# defaults use (gilpy has neither module yet).
_AF_UNSPEC = 0
_AI_PASSIVE = 1
_PIPE = -1


class Handle:
    """A callback scheduled on an event loop, with its arguments and the
    context it runs in; cancel() keeps it from running."""

    __slots__ = ('_callback', '_args', '_cancelled', '_loop',
                 '_source_traceback', '_repr', '__weakref__',
                 '_context')

    def __init__(self, callback, args, loop, context=None):
        if context is None:
            context = contextvars.copy_context()
        self._context = context
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._repr = None
        if loop.get_debug():
            self._source_traceback = format_helpers.extract_stack(
                sys._getframe(1))
        else:
            self._source_traceback = None

    def _repr_info(self):
        info = [self.__class__.__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(format_helpers._format_callback_source(
                self._callback, self._args))
        if self._source_traceback:
            where = self._source_traceback[-1]
            info.append(f'created at {where[0]}:{where[1]}')
        return info

    def __repr__(self):
        if self._repr is not None:
            return self._repr
        return '<' + ' '.join(self._repr_info()) + '>'

    def cancel(self):
        if self._cancelled:
            return
        self._cancelled = True
        if self._loop.get_debug():
            # Remember what it was before the callback is dropped.
            self._repr = repr(self)
        self._callback = None
        self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._context.run(self._callback, *self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            what = format_helpers._format_callback_source(
                self._callback, self._args)
            context = {
                'message': f'Exception in callback {what}',
                'exception': exc,
                'handle': self,
            }
            if self._source_traceback:
                context['source_traceback'] = self._source_traceback
            self._loop.call_exception_handler(context)


class TimerHandle(Handle):
    """A Handle due at a time of the loop's clock; handles order by that
    time."""

    __slots__ = ['_scheduled', '_when']

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        if self._source_traceback:
            del self._source_traceback[-1]
        self._when = when
        self._scheduled = False

    def _repr_info(self):
        info = super()._repr_info()
        info.insert(2 if self._cancelled else 1, f'when={self._when}')
        return info

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and
                    self._callback == other._callback and
                    self._args == other._args and
                    self._cancelled == other._cancelled)
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        """The time, on the loop's clock, the callback is due."""
        return self._when


class AbstractServer:
    """What create_server() returns."""

    def close(self):
        """Stop accepting connections (open ones stay open)."""
        raise NotImplementedError

    def get_loop(self):
        """The event loop the server belongs to."""
        raise NotImplementedError

    def is_serving(self):
        """True while the server accepts connections."""
        raise NotImplementedError

    async def start_serving(self):
        """Start accepting connections (again: it may already)."""
        raise NotImplementedError

    async def serve_forever(self):
        """Accept connections until cancelled, then close."""
        raise NotImplementedError

    async def wait_closed(self):
        """Wait until the server is closed."""
        raise NotImplementedError

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


class AbstractEventLoop:
    """The interface of an event loop: every method raises
    NotImplementedError here."""

    # Running and stopping.

    def run_forever(self):
        """Run callbacks and I/O until something calls stop()."""
        raise NotImplementedError

    def run_until_complete(self, future):
        """Run until the future (a coroutine is wrapped in a Task) is done
        and return its result or raise its exception."""
        raise NotImplementedError

    def stop(self):
        """Make a running loop stop after the callbacks now ready have
        run."""
        raise NotImplementedError

    def is_running(self):
        """True while the loop runs."""
        raise NotImplementedError

    def is_closed(self):
        """True once the loop was closed."""
        raise NotImplementedError

    def close(self):
        """Close the loop: it must not be running; pending callbacks are
        dropped and the default executor shut down without waiting."""
        raise NotImplementedError

    async def shutdown_asyncgens(self):
        """Close every open async generator the loop iterated."""
        raise NotImplementedError

    async def shutdown_default_executor(self):
        """Shut the default executor down, waiting for its threads."""
        raise NotImplementedError

    # Callbacks.

    def _timer_handle_cancelled(self, handle):
        """A TimerHandle of this loop was cancelled."""
        raise NotImplementedError

    def call_soon(self, callback, *args, context=None):
        return self.call_later(0, callback, *args, context=context)

    def call_later(self, delay, callback, *args, context=None):
        raise NotImplementedError

    def call_at(self, when, callback, *args, context=None):
        raise NotImplementedError

    def time(self):
        raise NotImplementedError

    def create_future(self):
        raise NotImplementedError

    # Tasks.

    def create_task(self, coro, *, name=None, context=None):
        raise NotImplementedError

    # Threads.

    def call_soon_threadsafe(self, callback, *args, context=None):
        raise NotImplementedError

    def run_in_executor(self, executor, func, *args):
        raise NotImplementedError

    def set_default_executor(self, executor):
        raise NotImplementedError

    # Networking, pipes and subprocesses.

    async def getaddrinfo(self, host, port, *,
                          family=0, type=0, proto=0, flags=0):
        raise NotImplementedError

    async def getnameinfo(self, sockaddr, flags=0):
        raise NotImplementedError

    async def create_connection(
            self, protocol_factory, host=None, port=None,
            *, ssl=None, family=0, proto=0,
            flags=0, sock=None, local_addr=None,
            server_hostname=None,
            ssl_handshake_timeout=None,
            ssl_shutdown_timeout=None,
            happy_eyeballs_delay=None, interleave=None):
        raise NotImplementedError

    async def create_server(
            self, protocol_factory, host=None, port=None,
            *, family=_AF_UNSPEC,
            flags=_AI_PASSIVE, sock=None, backlog=100,
            ssl=None, reuse_address=None, reuse_port=None,
            ssl_handshake_timeout=None,
            ssl_shutdown_timeout=None,
            start_serving=True):
        """Make a server listening on host and port; return a Server."""
        raise NotImplementedError

    async def sendfile(self, transport, file, offset=0, count=None,
                       *, fallback=True):
        """Write a file's contents to a transport; return how many bytes went."""
        raise NotImplementedError

    async def start_tls(self, transport, protocol, sslcontext, *,
                        server_side=False,
                        server_hostname=None,
                        ssl_handshake_timeout=None,
                        ssl_shutdown_timeout=None):
        """Upgrade a connection to TLS; return the new transport."""
        raise NotImplementedError

    async def create_unix_connection(
            self, protocol_factory, path=None, *,
            ssl=None, sock=None,
            server_hostname=None,
            ssl_handshake_timeout=None,
            ssl_shutdown_timeout=None):
        raise NotImplementedError

    async def create_unix_server(
            self, protocol_factory, path=None, *,
            sock=None, backlog=100, ssl=None,
            ssl_handshake_timeout=None,
            ssl_shutdown_timeout=None,
            start_serving=True):
        """Make a server listening on a Unix socket; return a Server."""
        raise NotImplementedError

    async def connect_accepted_socket(
            self, protocol_factory, sock,
            *, ssl=None,
            ssl_handshake_timeout=None,
            ssl_shutdown_timeout=None):
        """Wrap an accepted connection in a transport and protocol."""
        raise NotImplementedError

    async def create_datagram_endpoint(self, protocol_factory,
                                       local_addr=None, remote_addr=None, *,
                                       family=0, proto=0, flags=0,
                                       reuse_address=None, reuse_port=None,
                                       allow_broadcast=None, sock=None):
        """Make a datagram connection; return (transport, protocol)."""
        raise NotImplementedError

    async def connect_read_pipe(self, protocol_factory, pipe):
        """Read a pipe through a protocol; return (transport, protocol)."""
        raise NotImplementedError

    async def connect_write_pipe(self, protocol_factory, pipe):
        """Write a pipe through a protocol; return (transport, protocol)."""
        raise NotImplementedError

    async def subprocess_shell(self, protocol_factory, cmd, *,
                               stdin=_PIPE,
                               stdout=_PIPE,
                               stderr=_PIPE,
                               **kwargs):
        raise NotImplementedError

    async def subprocess_exec(self, protocol_factory, *args,
                              stdin=_PIPE,
                              stdout=_PIPE,
                              stderr=_PIPE,
                              **kwargs):
        raise NotImplementedError

    # File descriptors.

    def add_reader(self, fd, callback, *args):
        raise NotImplementedError

    def remove_reader(self, fd):
        raise NotImplementedError

    def add_writer(self, fd, callback, *args):
        raise NotImplementedError

    def remove_writer(self, fd):
        raise NotImplementedError

    # Sockets.

    async def sock_recv(self, sock, nbytes):
        raise NotImplementedError

    async def sock_recv_into(self, sock, buf):
        raise NotImplementedError

    async def sock_recvfrom(self, sock, bufsize):
        raise NotImplementedError

    async def sock_recvfrom_into(self, sock, buf, nbytes=0):
        raise NotImplementedError

    async def sock_sendall(self, sock, data):
        raise NotImplementedError

    async def sock_sendto(self, sock, data, address):
        raise NotImplementedError

    async def sock_connect(self, sock, address):
        raise NotImplementedError

    async def sock_accept(self, sock):
        raise NotImplementedError

    async def sock_sendfile(self, sock, file, offset=0, count=None,
                            *, fallback=None):
        raise NotImplementedError

    # Signals.

    def add_signal_handler(self, sig, callback, *args):
        raise NotImplementedError

    def remove_signal_handler(self, sig):
        raise NotImplementedError

    # Task factory.

    def set_task_factory(self, factory):
        raise NotImplementedError

    def get_task_factory(self):
        raise NotImplementedError

    # Errors.

    def get_exception_handler(self):
        raise NotImplementedError

    def set_exception_handler(self, handler):
        raise NotImplementedError

    def default_exception_handler(self, context):
        raise NotImplementedError

    def call_exception_handler(self, context):
        raise NotImplementedError

    # Debug mode.

    def get_debug(self):
        raise NotImplementedError

    def set_debug(self, enabled):
        raise NotImplementedError


class AbstractEventLoopPolicy:
    """Decides which event loop get_event_loop() returns."""

    def get_event_loop(self):
        """The event loop of the current context (never None: raise when
        there is none and the policy will not make one)."""
        raise NotImplementedError

    def set_event_loop(self, loop):
        """Make loop the event loop of the current context."""
        raise NotImplementedError

    def new_event_loop(self):
        """Make a new event loop (set_event_loop makes it current)."""
        raise NotImplementedError

    def get_child_watcher(self):
        "The watcher of child processes."
        raise NotImplementedError

    def set_child_watcher(self, watcher):
        """Set the watcher of child processes."""
        raise NotImplementedError


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """One event loop per thread: the main thread gets one made on
    demand; other threads must set theirs. Subclasses give _loop_factory,
    the event loop class."""

    _loop_factory = None

    class _Local(threading.local):
        _loop = None
        _set_called = False

    def __init__(self):
        self._local = self._Local()

    def get_event_loop(self):
        """The thread's event loop, made for the main thread when it has
        none and set_event_loop() was never called there."""
        local = self._local
        if (local._loop is None and not local._set_called and
                threading.current_thread() is threading.main_thread()):
            self.set_event_loop(self.new_event_loop())
        if local._loop is None:
            raise RuntimeError('There is no current event loop in thread %r.'
                               % threading.current_thread().name)
        return local._loop

    def set_event_loop(self, loop):
        """Make loop (or None) the thread's event loop."""
        self._local._set_called = True
        if loop is not None and not isinstance(loop, AbstractEventLoop):
            raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
        self._local._loop = loop

    def new_event_loop(self):
        """A new event loop of the policy's class (not made current)."""
        return self._loop_factory()


# The policy, made by the first get_event_loop_policy() call.
_event_loop_policy = None
_lock = threading.Lock()


class _RunningLoop(threading.local):
    # gilpy's processes are interpreters of their own, which do not share
    # this module, so the loop needs no process id beside it.
    loop = None


_running_loop = _RunningLoop()


@_c_like
def get_running_loop():
    """The event loop running in this thread; RuntimeError if none is."""
    loop = _running_loop.loop
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


@_c_like
def _get_running_loop():
    """The event loop running in this thread, or None."""
    return _running_loop.loop


@_c_like
def _set_running_loop(loop):
    """Record loop (or None) as this thread's running loop."""
    _running_loop.loop = loop


def _init_event_loop_policy():
    global _event_loop_policy
    with _lock:
        if _event_loop_policy is None:
            from . import DefaultEventLoopPolicy
            _event_loop_policy = DefaultEventLoopPolicy()


def get_event_loop_policy():
    """The current event loop policy."""
    if _event_loop_policy is None:
        _init_event_loop_policy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    """Install policy (None restores the default one)."""
    global _event_loop_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, not '{type(policy).__name__}'")
    _event_loop_policy = policy


@_c_like
def get_event_loop():
    """The running event loop if there is one, else the policy's
    get_event_loop()."""
    loop = _running_loop.loop
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


@_c_like
def _get_event_loop(stacklevel=3):
    loop = _running_loop.loop
    if loop is not None:
        return loop
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    """get_event_loop_policy().set_event_loop(loop)."""
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    """get_event_loop_policy().new_event_loop()."""
    return get_event_loop_policy().new_event_loop()
