"""Contexts: the start methods and the objects made for them. gilpy has
one start method, spawn (see docs/deviations.md)."""

import os
from . import process

__all__ = ()


class ProcessError(Exception):
    """The base of the package's own errors."""


class BufferTooShort(ProcessError):
    """A receive buffer too small for the message that arrived."""


class TimeoutError(ProcessError):
    """An operation on a process-shared object ran out of time."""


class AuthenticationError(ProcessError):
    """A connection's peer failed the authentication handshake."""


class BaseContext:
    """What `multiprocessing.X` offers: each factory imports the module
    that defines X on first use and makes the object for this context."""

    ProcessError, BufferTooShort = ProcessError, BufferTooShort
    TimeoutError, AuthenticationError = TimeoutError, AuthenticationError

    current_process = staticmethod(process.current_process)
    parent_process = staticmethod(process.parent_process)
    active_children = staticmethod(process.active_children)

    def _make(self, module, name, *args, **kwargs):
        cls = getattr(__import__('multiprocessing.' + module, fromlist=[name]), name)
        return cls(*args, **kwargs)

    def _shared(self, module, name, *args, **kwargs):
        # The synchronization objects and queues are told their context.
        return self._make(module, name, *args, ctx=self.get_context(), **kwargs)

    # Locks and other synchronization objects.
    def Lock(self):
        return self._shared('synchronize', 'Lock')

    def RLock(self):
        return self._shared('synchronize', 'RLock')

    def Condition(self, lock=None):
        return self._shared('synchronize', 'Condition', lock)

    def Semaphore(self, value=1):
        return self._shared('synchronize', 'Semaphore', value)

    def BoundedSemaphore(self, value=1):
        return self._shared('synchronize', 'BoundedSemaphore', value)

    def Event(self):
        return self._shared('synchronize', 'Event')

    def Barrier(self, parties, action=None, timeout=None):
        return self._shared('synchronize', 'Barrier', parties, action, timeout)

    # Queues, pipes and pools.
    def Queue(self, maxsize=0):
        return self._shared('queues', 'Queue', maxsize)

    def JoinableQueue(self, maxsize=0):
        return self._shared('queues', 'JoinableQueue', maxsize)

    def SimpleQueue(self):
        return self._shared('queues', 'SimpleQueue')

    def Pipe(self, duplex=True):
        from .connection import Pipe
        return Pipe(duplex)

    def Pool(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        return self._make('pool', 'Pool', processes, initializer, initargs,
                          maxtasksperchild, context=self.get_context())

    def Manager(self):
        """A started SyncManager: its proxies reach objects it holds."""
        from .managers import SyncManager
        manager = SyncManager(ctx=self.get_context())
        manager.start()  # its server threads run until shutdown()
        return manager

    # Shared memory.
    def RawValue(self, typecode_or_type, *args):
        return self._make('sharedctypes', 'RawValue', typecode_or_type, *args)

    def RawArray(self, typecode_or_type, size_or_initializer):
        return self._make('sharedctypes', 'RawArray', typecode_or_type, size_or_initializer)

    def Value(self, typecode_or_type, *args, lock=True):
        return self._shared('sharedctypes', 'Value', typecode_or_type, *args, lock=lock)

    def Array(self, typecode_or_type, size_or_initializer, *, lock=True):
        return self._shared('sharedctypes', 'Array', typecode_or_type, size_or_initializer, lock=lock)

    # The rest of the module's functions.
    def cpu_count(self):
        """The number of CPUs."""
        n = os.cpu_count()
        if n is None:
            raise NotImplementedError('cannot determine number of cpus')
        return n

    def freeze_support(self):
        """Nothing to do: gilpy programs are not frozen executables."""

    def get_logger(self):
        from .util import get_logger
        return get_logger()

    def log_to_stderr(self, level=None):
        from .util import log_to_stderr
        return log_to_stderr(level)

    def allow_connection_pickling(self):
        """Nothing to do: connections always pickle here."""

    def set_executable(self, executable):
        """Ignored: processes are interpreters inside this one."""

    def set_forkserver_preload(self, module_names):
        """Ignored: there is no fork server."""

    @property
    def reducer(self):
        from . import reduction
        return reduction

    def _check_available(self):
        pass

    # Start methods.
    def get_context(self, method=None):
        if method is None:
            return self
        try:
            return _contexts[method]
        except KeyError:
            raise ValueError(f'cannot find context for {method!r}') from None

    def get_start_method(self, allow_none=False):
        return self._name

    def set_start_method(self, method, force=False):
        raise ValueError('cannot set start method of concrete context')


def _spawn_popen(process_obj):
    from .popen import Popen
    return Popen(process_obj)


class Process(process.BaseProcess):
    _start_method = None
    _Popen = staticmethod(_spawn_popen)


class SpawnProcess(process.BaseProcess):
    _start_method = 'spawn'
    _Popen = staticmethod(_spawn_popen)


class SpawnContext(BaseContext):
    _name = 'spawn'
    Process = SpawnProcess


class DefaultContext(BaseContext):
    """The module-level context: its start method is fixed by the first
    use or by set_start_method, and until then follows the default."""

    Process = Process

    def __init__(self, context):
        self._default_context = context
        self._actual_context = None

    def _chosen(self):
        if self._actual_context is None:
            self._actual_context = self._default_context
        return self._actual_context

    def get_context(self, method=None):
        return self._chosen() if method is None else super().get_context(method)

    def set_start_method(self, method, force=False):
        if self._actual_context is not None and not force:
            raise RuntimeError('context has already been set')
        self._actual_context = None if method is None else self.get_context(method)

    def get_start_method(self, allow_none=False):
        if self._actual_context is None and allow_none:
            return None
        return self._chosen()._name

    def get_all_start_methods(self):
        return list(_contexts)


_contexts = {'spawn': SpawnContext()}
_default_context = DefaultContext(_contexts['spawn'])
