"""Process objects: a target run in a process of its own.

In gilpy a process is an interpreter instance started by _gilpy_mp: the
process object travels to it as a pickle and runs there (_bootstrap);
the parent keeps a Popen handle giving its pid and exit code.
"""

import itertools
import os
import sys
import threading

__all__ = ['BaseProcess', 'current_process', 'active_children',
           'parent_process']

# Exit codes of processes ended by a signal, which reprs show by name.
_SIGNAL_NAMES = {-1: 'SIGHUP', -2: 'SIGINT', -6: 'SIGABRT', -9: 'SIGKILL',
                 -11: 'SIGSEGV', -15: 'SIGTERM'}


class _Family:
    """The calling process's view of its relatives: itself, its parent,
    its running children and the counter numbering the next child. A
    child process gets a fresh one when it starts (see _bootstrap)."""

    def __init__(self, me, parent):
        self.me, self.parent = me, parent
        self.children = set()
        self.numbers = itertools.count(1)

    def forget_finished(self):
        self.children -= {c for c in self.children
                          if c._popen is not None and c._popen.poll() is not None}


def current_process():
    """The Process object of the calling process."""
    return _family.me


def parent_process():
    """The parent of the calling process, or None in the main process."""
    return _family.parent


def active_children():
    """The children of the calling process that are still running."""
    _family.forget_finished()
    return list(_family.children)


def _must(condition, message):
    # Process's misuse errors are AssertionErrors, as in CPython.
    if not condition:
        raise AssertionError(message)


class BaseProcess:
    """A process running target(*args, **kwargs), or run() of a subclass."""

    def _Popen(self, process_obj):
        raise NotImplementedError

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={},
                 *, daemon=None):
        _must(group is None, 'group argument must be None for now')
        creator = _family.me
        self._identity = creator._identity + (next(_family.numbers),)
        self._config = dict(creator._config)
        self._parent_pid, self._parent_name = os.getpid(), creator.name
        self._popen, self._closed = None, False
        self._target, self._args, self._kwargs = target, tuple(args), dict(kwargs)
        self._name = name or f"{type(self).__name__}-{':'.join(map(str, self._identity))}"
        if daemon is not None:
            self.daemon = daemon

    # -- life cycle -------------------------------------------------------

    def run(self):
        """What the process does: call the target. Subclasses override it."""
        if self._target:
            self._target(*self._args, **self._kwargs)

    def _usable(self):
        if self._closed:
            raise ValueError("process object is closed")

    def _mine(self, what):
        _must(self._parent_pid == os.getpid(), what)

    def start(self):
        """Start the process."""
        self._usable()
        _must(self._popen is None, 'cannot start a process twice')
        self._mine('can only start a process object created by current process')
        _must(not _family.me._config.get('daemon'),
              'daemonic processes are not allowed to have children')
        _family.forget_finished()
        self._popen = self._Popen(self)
        # The child has its own copy; the parent lets go of the call's
        # arguments.
        del self._target, self._args, self._kwargs
        _family.children.add(self)

    def _signal(self, how):
        self._usable()
        how(self._popen)

    def terminate(self):
        """End the process as SIGTERM would."""
        self._signal(lambda popen: popen.terminate())

    def kill(self):
        """End the process as SIGKILL would."""
        self._signal(lambda popen: popen.kill())

    def join(self, timeout=None):
        """Wait until the process ends, at most timeout seconds."""
        self._usable()
        self._mine('can only join a child process')
        _must(self._popen is not None, 'can only join a started process')
        if self._popen.wait(timeout) is not None:
            _family.children.discard(self)

    def is_alive(self):
        """Whether the process runs."""
        self._usable()
        if self is _family.me:
            return True
        self._mine('can only test a child process')
        if self._popen is None:
            return False
        running = self._popen.poll() is None
        if not running:
            _family.children.discard(self)
        return running

    def close(self):
        """Release the process object (it must have ended)."""
        popen = self._popen
        if popen is not None:
            if popen.poll() is None:
                raise ValueError("Cannot close a process while it is still running. You should first call join() or terminate().")
            _family.children.discard(self)
            self._popen = None
        self._closed = True

    # -- attributes ---------------------------------------------------------

    @property
    def name(self):
        """The process's name (for people; not unique)."""
        return self._name

    @name.setter
    def name(self, name):
        _must(isinstance(name, str), 'name must be a string')
        self._name = name

    @property
    def daemon(self):
        """Whether the process is a daemon (ended when its parent exits)."""
        return self._config.get('daemon', False)

    @daemon.setter
    def daemon(self, daemonic):
        _must(self._popen is None, 'process has already started')
        self._config['daemon'] = daemonic

    @property
    def authkey(self):
        """The key that authenticates connections between the family's
        processes."""
        return self._config['authkey']

    @authkey.setter
    def authkey(self, key):
        self._config['authkey'] = AuthenticationString(key)

    @property
    def exitcode(self):
        """The exit code, None while the process runs or before it starts."""
        self._usable()
        return None if self._popen is None else self._popen.poll()

    @property
    def ident(self):
        """The process id, None before it starts."""
        self._usable()
        if self is _family.me:
            return os.getpid()
        return self._popen.pid if self._popen else None

    pid = ident

    def _status(self):
        # (the state word of the repr, the exit code if it has one)
        if self is _family.me:
            return 'started', None
        if self._closed:
            return 'closed', None
        if self._parent_pid != os.getpid():
            return 'unknown', None
        if self._popen is None:
            return 'initial', None
        code = self._popen.poll()
        return ('started', None) if code is None else ('stopped', code)

    def __repr__(self):
        state, code = self._status()
        parts = [type(self).__name__, f'name={self._name!r}']
        if self._popen is not None:
            parts.append(f'pid={self._popen.pid}')
        parts += [f'parent={self._parent_pid}', state]
        if code is not None:
            parts.append('exitcode=' + (f'-{_SIGNAL_NAMES[code]}' if code in _SIGNAL_NAMES else str(code)))
        if self.daemon:
            parts.append('daemon')
        return f"<{' '.join(parts)}>"

    def __getstate__(self):
        # The handle on the child stays with the parent.
        return {**self.__dict__, '_popen': None}

    def _bootstrap(self):
        """Run in the new process: become its current process, run, wait
        for its own children, and give the exit code."""
        global _family
        _family = _Family(self, _ParentProcess(self._parent_name, self._parent_pid))
        try:
            try:
                self.run()
            finally:
                _reap_children()
            code = 0
        except SystemExit as stop:
            code = _exit_code(stop.code)
        except BaseException:
            import traceback
            sys.stderr.write(f'Process {self.name}:\n')
            traceback.print_exc()
            code = 1
        finally:
            threading._shutdown()
            _flush_streams()
        return code


def _exit_code(value):
    # sys.exit(value) in a process: None is 0, an int itself, anything
    # else is printed and gives 1.
    if value is None:
        return 0
    if isinstance(value, int):
        return value
    sys.stderr.write(f'{value}\n')
    return 1


def _flush_streams():
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (AttributeError, ValueError):
            pass


class AuthenticationString(bytes):
    """The key processes of one family share; pickled as plain bytes
    wrapped again on arrival."""

    def __reduce__(self):
        return AuthenticationString, (bytes(self),)


class _Relative(BaseProcess):
    # A process known only by name and pid: the main process, or the
    # parent as a child sees it.
    def __init__(self, name, pid, config):
        self._identity, self._name, self._pid = (), name, pid
        self._parent_pid, self._popen, self._closed = None, None, False
        self._config = config


class _ParentProcess(_Relative):
    def __init__(self, name, pid):
        super().__init__(name, pid, {})

    def is_alive(self):
        return True

    @property
    def ident(self):
        return self._pid

    pid = ident

    def join(self, timeout=None):
        raise ValueError('can only join a child process')


class _MainProcess(_Relative):
    def __init__(self):
        super().__init__('MainProcess', None,
                         {'authkey': AuthenticationString(os.urandom(32)), 'semprefix': '/mp'})

    def close(self):
        pass


def _reap_children():
    """At a process's exit: stop its daemonic children, then wait for the
    others."""
    for child in active_children():
        if child.daemon:
            child._popen.terminate()
    for child in active_children():
        child.join()


_family = _Family(_MainProcess(), None)
threading._register_atexit(_reap_children)
