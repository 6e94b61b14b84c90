"""Threads of control and the objects that synchronise them.

gilpy's threading module: Thread, current_thread() and friends, Lock and
RLock, Condition, Semaphore, BoundedSemaphore, Event, Barrier, Timer,
local and excepthook, with CPython 3.11's interface and behaviour.
"""

# Written for gilpy on top of _thread (locks, starting threads, idents)
# and _gilpy (naming threads for the GIL runtime). Every wait in this
# module ends in the acquire of a _thread lock: the GIL is released while
# it waits, Ctrl-C interrupts it in the main thread, and a wait without a
# timeout counts toward gilpy's deadlock check. See docs/gil.md.

import sys as _sys
import _thread
import _gilpy
from time import monotonic as _time

# The public names (the list is the module's API, in the order CPython
# documents them).
__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'ExceptHookArgs', 'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'get_native_id', 'getprofile', 'gettrace']

# What _thread and _gilpy provide, under the names programs know.
(get_ident, get_native_id, ThreadError, TIMEOUT_MAX, stack_size) = (
    _thread.get_ident, _thread.get_native_id, _thread.error,
    _thread.TIMEOUT_MAX, _thread.stack_size)
Lock = _allocate_lock = _thread.allocate_lock
_CRLock, _LockType = _thread.RLock, _thread.LockType
local = _thread._local
ExceptHookArgs = _thread._ExceptHookArgs
excepthook = __excepthook__ = _thread._excepthook
_start_new_thread = _thread.start_new_thread
_set_sentinel = _thread._set_sentinel
_start_thread = _gilpy.start_thread
_HAVE_THREAD_NATIVE_ID = True

# Thread._started: whether the thread has started. Only Thread.start
# sets it, once, before it returns, so a flag does what an Event would,
# at a fraction of the cost of creating one per thread.
_StartedFlag = _gilpy.StartedFlag


def _deprecated(message):
    # A DeprecationWarning for the caller's caller, once the warnings
    # module exists to show it.
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, DeprecationWarning, stacklevel=3)


# gilpy runs no tracing or profiling functions (see sys.settrace): the
# hooks can only be cleared. Index 0 is the profiler, 1 the tracer.
_hooks = [None, None]


def _set_hook(slot, func, setter):
    if func is not None:
        raise NotImplementedError(
            "gilpy does not support tracing or profiling functions (threading.%s)" % setter)
    _hooks[slot] = func


def setprofile(func):
    """Set the profiling function of the threads started from now on
    (gilpy supports none: only None is accepted)."""
    _set_hook(0, func, "setprofile")


def settrace(func):
    """Set the tracing function of the threads started from now on
    (gilpy supports none: only None is accepted)."""
    _set_hook(1, func, "settrace")


def getprofile():
    """Return the function setprofile() set."""
    return _hooks[0]


def gettrace():
    """Return the function settrace() set."""
    return _hooks[1]


def RLock(*args, **kwargs):
    """Return a new reentrant lock: the thread that holds it may take it
    again, and must release it once per acquire."""
    return _CRLock(*args, **kwargs)


def _describe(obj, state):
    # The common shape of the synchronisation objects' reprs.
    kind = type(obj)
    return f"<{kind.__module__}.{kind.__qualname__} at {id(obj):#x}: {state}>"


# What a Condition borrows from its lock when the lock has it (an RLock
# does: it knows its owner and can be let go of at every depth at once).
_OWNER_METHODS = ('_release_save', '_acquire_restore', '_is_owned')


class Condition:
    """A condition variable: threads wait() until another thread, holding
    the same lock, notify()s them.

    The lock is an RLock unless one is given."""

    def __init__(self, lock=None):
        lock = RLock() if lock is None else lock
        self._lock = lock
        self.acquire, self.release = lock.acquire, lock.release
        # Each waiting thread parks on a lock of its own, held from the
        # start: notify() releases it. Oldest first.
        self._waiters = []
        if type(lock) is _LockType:
            return  # a plain _thread lock has none of _OWNER_METHODS
        for name in _OWNER_METHODS:
            borrowed = getattr(lock, name, None)
            if borrowed is not None:
                setattr(self, name, borrowed)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def __exit__(self, *exc_info):
        """Release the lock."""
        return self._lock.__exit__(*exc_info)

    def __enter__(self):
        """Take the lock."""
        return self._lock.__enter__()

    def _is_owned(self):
        # A plain lock has no owner: held means held by us, which is all
        # a condition can check.
        lock = self._lock
        if not lock.acquire(False):
            return True
        lock.release()
        return False

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _release_save(self):
        self._lock.release()

    def _at_fork_reinit(self):
        # Never needed by gilpy, whose processes are not forked copies;
        # kept for code that calls it.
        self._waiters.clear()
        self._lock._at_fork_reinit()

    def wait(self, timeout=None):
        """Release the lock, wait until notified or until timeout seconds
        have passed (None: no limit), take the lock back, and return
        whether notified."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        parking = _gilpy.allocate_lock("Condition.wait")
        parking.acquire()
        self._waiters.append(parking)
        saved = self._release_save()
        woken = False
        try:
            if timeout is None:
                woken = parking.acquire()
            else:
                woken = parking.acquire(timeout > 0, timeout if timeout > 0 else -1)
            return woken
        finally:
            self._acquire_restore(saved)
            if not woken and parking in self._waiters:
                self._waiters.remove(parking)

    def wait_for(self, predicate, timeout=None):
        """Wait until predicate() is true or timeout seconds have passed,
        and return predicate()'s last value."""
        # The first wait gets the whole timeout; the deadline is fixed
        # then, and later waits get what is left of it.
        deadline = None
        left = timeout
        result = predicate()
        while not result:
            if deadline is not None:
                left = deadline - _time()
                if left <= 0:
                    break
            elif timeout is not None:
                deadline = _time() + timeout
            self.wait(left)
            result = predicate()
        return result

    def notify(self, n=1):
        """Wake up to n of the threads waiting, longest waiting first."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while n > 0 and waiters:
            try:
                waiters.pop(0).release()
            except RuntimeError:
                # Its waiter gave up (timeout) and released nothing to us.
                continue
            n -= 1

    def notify_all(self):
        """Wake up every thread waiting."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        """Deprecated name of notify_all()."""
        _deprecated('notifyAll() is deprecated, use notify_all() instead')
        self.notify_all()


class Semaphore:
    """A counter that acquire() decrements, waiting while it is zero, and
    release() increments. It starts at value (1 by default)."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value
        self._cond = Condition(Lock())

    def __repr__(self):
        return _describe(self, f"value={self._value}")

    def acquire(self, blocking=True, timeout=None):
        """Decrement the counter, first waiting for it to be above zero:
        not at all unless blocking, at most timeout seconds if it is not
        None. Return whether it was decremented."""
        if timeout is not None and not blocking:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._cond:
            if self._value == 0:
                if not blocking:
                    return False
                if not self._cond.wait_for(self._positive, timeout):
                    return False
            self._value -= 1
            return True

    def _positive(self):
        return self._value > 0

    __enter__ = acquire

    def release(self, n=1):
        """Increment the counter by n, waking as many waiting threads."""
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._raise_by(n)

    def _raise_by(self, n):
        # Called with the condition's lock held.
        self._value += n
        self._cond.notify(n)

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        return _describe(self, f"value={self._value}/{self._initial_value}")

    def _raise_by(self, n):
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        Semaphore._raise_by(self, n)


class Event:
    """A flag threads can wait for: set() raises it and wakes them,
    clear() lowers it. It starts lowered."""

    def __init__(self):
        self._flag = False
        self._cond = Condition(Lock())

    def __repr__(self):
        return _describe(self, 'set' if self._flag else 'unset')

    def _at_fork_reinit(self):
        self._cond._at_fork_reinit()

    def is_set(self):
        """Return whether the flag is raised."""
        return self._flag

    def isSet(self):
        """Deprecated name of is_set()."""
        _deprecated('isSet() is deprecated, use is_set() instead')
        return self.is_set()

    def _put(self, flag):
        with self._cond:
            self._flag = flag
            if flag:
                self._cond.notify_all()

    def set(self):
        """Raise the flag and wake every thread waiting for it."""
        self._put(True)

    def clear(self):
        """Lower the flag."""
        self._put(False)

    def wait(self, timeout=None):
        """Wait until the flag is raised, at most timeout seconds if it is
        not None, and return the flag."""
        with self._cond:
            return self._flag or self._cond.wait(timeout)


class BrokenBarrierError(RuntimeError):
    pass


class _Round:
    # One use of a Barrier: the threads waiting in it leave together when
    # it trips, or with BrokenBarrierError when it breaks.
    __slots__ = ('tripped', 'broken')

    def __init__(self):
        self.tripped = self.broken = False

    def over(self):
        return self.tripped or self.broken


class Barrier:
    """A meeting point for a fixed number of threads (parties): each
    wait() returns only once all of them have called it. The last one in
    runs action first, if given. timeout is the default of wait()."""

    def __init__(self, parties, action=None, timeout=None):
        self._parties, self._action, self._timeout = parties, action, timeout
        self._cond = Condition(Lock())
        self._round = _Round()
        self._arrived = 0
        self._is_broken = False

    def __repr__(self):
        if self._is_broken:
            return _describe(self, "broken")
        return _describe(self, f"waiters={self.n_waiting}/{self.parties}")

    def wait(self, timeout=None):
        """Wait for every party, and return this thread's place in the
        arrival order, from 0 to parties - 1. Raise BrokenBarrierError if
        the barrier breaks (a timeout, abort(), reset(), or an action that
        raised) before they all came."""
        with self._cond:
            if self._is_broken:
                raise BrokenBarrierError
            mine = self._round
            place = self._arrived
            self._arrived = place + 1
            if self._arrived < self._parties:
                if timeout is None:
                    timeout = self._timeout
                if not self._cond.wait_for(mine.over, timeout):
                    self._break()
                if mine.broken:
                    raise BrokenBarrierError
                return place
            # The last party in: run the action, then let everyone go.
            if self._action:
                try:
                    self._action()
                except BaseException:
                    self._break()
                    raise
            mine.tripped = True
            self._next_round()
            return place

    def _next_round(self):
        self._round = _Round()
        self._arrived = 0
        self._cond.notify_all()

    def _break(self):
        # The threads waiting now fail, and so does every later wait()
        # until reset().
        self._round.broken = True
        self._is_broken = True
        self._next_round()

    def reset(self):
        """Make the barrier new again: the threads waiting now get
        BrokenBarrierError."""
        with self._cond:
            self._round.broken = self._round.broken or self._arrived > 0
            self._is_broken = False
            self._next_round()

    def abort(self):
        """Break the barrier: waiting threads, and every wait() until
        reset(), get BrokenBarrierError."""
        with self._cond:
            self._break()

    parties = property(lambda self: self._parties,
                       doc="How many threads the barrier waits for.")
    n_waiting = property(lambda self: 0 if self._is_broken else self._arrived,
                         doc="How many threads are waiting now.")
    broken = property(lambda self: self._is_broken,
                      doc="Whether the barrier is broken.")


# Default thread names: Thread-1, Thread-2... (Dummy-N share the count).
_name_counter = 0


def _newname(template="Thread-%d"):
    global _name_counter
    _name_counter += 1
    return template % _name_counter


# The running threads (_active, by ident), under one lock with _limbo,
# where CPython keeps threads being started: gilpy's Thread.start records
# a thread in _active before it can run, so _limbo stays empty.
_active_limbo_lock = RLock()
_active = {}
_limbo = {}

# The end-of-thread locks of the non-daemon threads, which _shutdown()
# waits for at exit, and the size the set may reach before the locks of
# ended threads are swept out of it.
_shutdown_locks_lock = _allocate_lock()
_shutdown_locks = set()
_shutdown_locks_kept = 64

# The assertion every Thread property makes.
_UNINITIALIZED = "Thread.__init__() not called"


class Thread:
    """A thread of control. Give it a target to call (with args and
    kwargs), or subclass it and override run(); then start() it.

    name defaults to "Thread-N", followed by the target's name; daemon
    threads do not keep the program alive at exit (the default is the
    creating thread's daemon flag)."""

    # What the properties check before __init__ has run.
    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if name:
            name = str(name)
        else:
            # _newname's work, inline: programs make thousands of threads.
            global _name_counter
            _name_counter += 1
            name = f"Thread-{_name_counter}"
            try:
                if target is not None:
                    name = f"{name} ({target.__name__})"
            except AttributeError:
                pass  # a callable without a name adds nothing
        if daemon is None:
            daemon = current_thread().daemon
        # Every attribute the thread will have, in CPython's order: vars()
        # shows the same names, and the class learns from the first
        # instance how big to make the next ones' dicts (threads come by
        # the thousand), so start() and join() never grow them.
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs if kwargs is not None else {}
        self._daemonic = daemon
        self._ident = None
        self._native_id = None
        # Held by the thread while it runs: join() waits for it.
        self._tstate_lock = None
        self._started = _StartedFlag()
        self._is_stopped = False
        self._initialized = True
        # Where excepthook writes if sys.stderr is None by then.
        self._stderr = _sys.stderr
        self._invoke_excepthook = _shared_invoke_excepthook()

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        if not self._started.is_set():
            words = ["initial"]
        else:
            self.is_alive()  # notices a thread that has just ended
            words = ["stopped" if self._is_stopped else "started"]
        if self._daemonic:
            words.append("daemon")
        if self._ident is not None:
            words.append(str(self._ident))
        return f"<{type(self).__name__}({self._name}, {' '.join(words)})>"

    def start(self):
        """Start running run() in a new thread. A thread can be started
        only once."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        # Starting thousands of threads is a thing programs do: the
        # bookkeeping (ident, end-of-thread lock, _active, the started
        # flag) is done in Go, in this thread, before the new one runs;
        # it returns once the new thread has started. Daemon threads are
        # not waited for at exit, so their locks are not kept.
        locks = None
        if not self.daemon:
            locks = _shutdown_locks
            if len(locks) >= _shutdown_locks_kept:
                with _shutdown_locks_lock:
                    _forget_ended_threads()
        # The new thread runs _bootstrap_inner: see _gilpy.start_thread.
        _start_thread(self, self._bootstrap_inner, _active, locks, _shutdown_locks_lock)

    def run(self):
        """What the thread does: call the target with its arguments.
        Subclasses may override it."""
        try:
            if self._target is None:
                return
            target, args, kwargs = self._target, self._args, self._kwargs
            if type(kwargs) is dict and not kwargs:
                # The usual case, without the empty dict that passing
                # **kwargs makes, which would live as long as the call:
                # a program may have thousands of threads inside theirs.
                target(*args)
            else:
                target(*args, **kwargs)
        finally:
            # The target and its arguments may refer back to the thread:
            # drop them so that the cycle does not outlive it.
            del self._target, self._args, self._kwargs

    def _bootstrap_inner(self):
        # Thread.start has recorded the thread in _active already.
        try:
            self.run()
        except:
            self._invoke_excepthook(self)
        finally:
            _active.pop(get_ident(), None)

    def _bootstrap(self):
        # The name reports of a failure in the new thread give (as
        # CPython's do); gilpy starts _bootstrap_inner directly.
        self._bootstrap_inner()

    def _adopt_running_thread(self):
        # For the thread objects made for a thread already running (the
        # main one, dummies): it has started, and is the caller.
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self

    def _note_ended(self):
        # The thread has ended (its end-of-thread lock is free).
        lock, self._tstate_lock = self._tstate_lock, None
        self._is_stopped = True
        if lock is not None and not self.daemon:
            # One step under the GIL: whoever iterates the set holds
            # _shutdown_locks_lock and works on a copy.
            _shutdown_locks.discard(lock)

    def _poll_end(self, block, timeout=-1):
        # Whether the thread has ended, waiting for it to as block and
        # timeout say (the arguments of a lock's acquire).
        lock = self._tstate_lock
        if lock is not None and lock.acquire(block, timeout):
            lock.release()
            self._note_ended()
        return self._is_stopped

    def join(self, timeout=None):
        """Wait until the thread ends, at most timeout seconds if it is
        not None (then check is_alive() to know which happened)."""
        if not self._initialized:
            raise RuntimeError(_UNINITIALIZED)
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if current_thread() is self:
            raise RuntimeError("cannot join current thread")
        # A negative timeout does not wait at all.
        self._poll_end(True, -1 if timeout is None else max(timeout, 0))

    def is_alive(self):
        """Return whether the thread has started and not ended yet."""
        assert self._initialized, _UNINITIALIZED
        if not self._started.is_set():
            return False
        return not (self._is_stopped or self._poll_end(False))

    @property
    def name(self):
        """The thread's name: for people, not unique."""
        assert self._initialized, _UNINITIALIZED
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, _UNINITIALIZED
        self._name = str(name)
        if self._ident is not None:
            _gilpy.set_thread_name(self._ident, self._name)

    @property
    def ident(self):
        """The thread's identifier (see get_ident()), None before start()."""
        assert self._initialized, _UNINITIALIZED
        return self._ident

    @property
    def native_id(self):
        """The thread's native identifier (see get_native_id()), None
        before start()."""
        assert self._initialized, _UNINITIALIZED
        return self._native_id

    @property
    def daemon(self):
        """Whether the thread is a daemon thread; set it before start()."""
        assert self._initialized, _UNINITIALIZED
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError(_UNINITIALIZED)
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    # The camelCase accessors of old, each warning that it is deprecated.

    def getName(self):
        """Deprecated: read the name attribute."""
        _deprecated('getName() is deprecated, get the name attribute instead')
        return self.name

    def setName(self, name):
        """Deprecated: set the name attribute."""
        _deprecated('setName() is deprecated, set the name attribute instead')
        self.name = name

    def isDaemon(self):
        """Deprecated: read the daemon attribute."""
        _deprecated('isDaemon() is deprecated, get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        """Deprecated: set the daemon attribute."""
        _deprecated('setDaemon() is deprecated, set the daemon attribute instead')
        self.daemon = daemonic


def _forget_ended_threads():
    # Drop the locks of the threads that have ended without being joined
    # (join() drops its thread's), each time the set has doubled since the
    # last time: starting many threads stays linear.
    global _shutdown_locks_kept
    if len(_shutdown_locks) < _shutdown_locks_kept:
        return
    ended = [lock for lock in list(_shutdown_locks) if not lock.locked()]
    _shutdown_locks.difference_update(ended)
    _shutdown_locks_kept = max(64, 2 * len(_shutdown_locks))


# The last invoker made, with what it captured: threads made while the
# hooks stay the same share it (it depends on nothing else).
_invoker = (None, None, None, None, None)


def _shared_invoke_excepthook():
    global _invoker
    hook, sys_hook, exc_info, write, invoke = _invoker
    if (hook is excepthook and sys_hook is _sys.excepthook
            and exc_info is _sys.exc_info and write is print):
        return invoke
    invoke = _make_invoke_excepthook()
    _invoker = (excepthook, _sys.excepthook, _sys.exc_info, print, invoke)
    return invoke


def _make_invoke_excepthook():
    # Keep what reporting needs, in case the program replaced or removed
    # it by the time a thread fails.
    fallback_hook = excepthook
    fallback_sys_hook = _sys.excepthook
    if fallback_hook is None:
        raise RuntimeError("threading.excepthook is None")
    if fallback_sys_hook is None:
        raise RuntimeError("sys.excepthook is None")
    sys_module = _sys
    exc_info = _sys.exc_info
    write = print

    def invoke_excepthook(thread):
        try:
            hook = excepthook if excepthook is not None else fallback_hook
            hook(ExceptHookArgs([*exc_info(), thread]))
        except Exception as failure:
            # The hook failed: say so, and report its exception with
            # sys.excepthook instead.
            failure.__suppress_context__ = True
            del failure
            if sys_module is not None and sys_module.stderr is not None:
                out = sys_module.stderr
            else:
                out = thread._stderr
            write("Exception in threading.excepthook:", file=out, flush=True)
            if sys_module is not None and sys_module.excepthook is not None:
                report = sys_module.excepthook
            else:
                report = fallback_sys_hook
            report(*exc_info())

    return invoke_excepthook


class Timer(Thread):
    """A thread that calls function(*args, **kwargs) after interval
    seconds, unless cancel() is called first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval, self.function = interval, function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def run(self):
        cancelled = self.finished.wait(self.interval)
        if not cancelled:
            self.function(*self.args, **self.kwargs)
        self.finished.set()

    def cancel(self):
        """Do not call the function if it has not been called yet."""
        self.finished.set()


class _MainThread(Thread):
    # The thread the interpreter started in.

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        # Its end-of-thread lock is taken here and released by _shutdown.
        lock = self._tstate_lock = _set_sentinel()
        lock.acquire()
        with _shutdown_locks_lock:
            _forget_ended_threads()
            _shutdown_locks.add(lock)
        self._adopt_running_thread()


class _DummyThread(Thread):
    # A thread threading did not start (one of _thread's): always alive,
    # a daemon, and not joinable.

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._adopt_running_thread()
        _gilpy.set_thread_name(self._ident, self._name)

    def _note_ended(self):
        pass

    def is_alive(self):
        assert self._started.is_set() and not self._is_stopped
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


def current_thread():
    """Return the Thread object of the calling thread (a dummy one for a
    thread threading did not start)."""
    found = _active.get(get_ident())
    return found if found is not None else _DummyThread()


def main_thread():
    """Return the Thread object of the main thread."""
    return _main_thread


def _enumerate():
    return [*_active.values(), *_limbo.values()]


def enumerate():
    """Return the Thread objects of the threads alive now, the main thread
    and daemon and dummy threads included."""
    with _active_limbo_lock:
        return _enumerate()


def active_count():
    """Return how many threads are alive: len(enumerate())."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def currentThread():
    """Deprecated name of current_thread()."""
    _deprecated('currentThread() is deprecated, use current_thread() instead')
    return current_thread()


def activeCount():
    """Deprecated name of active_count()."""
    _deprecated('activeCount() is deprecated, use active_count() instead')
    return active_count()


# Calls to make at exit before the threads are waited for, newest first
# (concurrent.futures registers its shutdown here).
_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append((func, arg, kwargs))


_main_thread = _MainThread()


def _wait_for_non_daemon_threads():
    # Each round takes the locks of the threads running now; the threads
    # they started meanwhile are waited for in the next round.
    while True:
        with _shutdown_locks_lock:
            pending = [*_shutdown_locks]
            _shutdown_locks.clear()
        if not pending:
            return
        for lock in pending:
            lock.acquire()
            lock.release()


def _shutdown():
    # The interpreter calls this at exit, from the main thread: run the
    # hooks above, mark the main thread ended, then wait for every
    # non-daemon thread.
    global _SHUTTING_DOWN
    if _main_thread._is_stopped:
        return
    _SHUTTING_DOWN = True
    for func, arg, kwargs in reversed(_threading_atexits):
        func(*arg, **kwargs)
    if get_ident() == _main_thread.ident:
        _main_thread._tstate_lock.release()
        _main_thread._note_ended()
    _wait_for_non_daemon_threads()


def _after_fork():
    # gilpy's processes are new interpreters, never forked copies of this
    # one: nothing to repair.
    pass
