"""ProcessPoolExecutor: run calls in a pool of processes."""

# gilpy's processes are interpreter instances of their own (see the
# multiprocessing module). Until multiprocessing's synchronization
# primitives exist, this executor refuses to start exactly as CPython
# does on a platform that lacks them.

from concurrent.futures import _base

_system_limited = ("This Python build lacks multiprocessing.synchronize, usually due "
                   "to named semaphores being unavailable on this platform.")


class BrokenProcessPool(_base.BrokenExecutor):
    """A process of the pool ended abruptly: the pool cannot run calls any
    more."""


def _check_system_limits():
    raise NotImplementedError(_system_limited)


class ProcessPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, mp_context=None,
                 initializer=None, initargs=(), *, max_tasks_per_child=None):
        """Make a pool of at most max_workers processes."""
        _check_system_limits()
