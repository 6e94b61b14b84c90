"""Asynchronous I/O: coroutines run by an event loop (PEP 3156).

gilpy's asyncio runs coroutines, tasks, timers, executors and threads as
CPython's does. It has no sockets, pipes or subprocesses yet, so streams
(open_connection, start_server...), subprocesses (create_subprocess_exec
...) and the loop methods built on them are not available: see
docs/asyncio.md in gilpy's sources."""

# The submodules, imported in an order that satisfies their imports of
# one another.
from . import (base_events, coroutines, events, exceptions, futures, locks,
               protocols, runners, queues, tasks, taskgroups, timeouts,
               threads, transports, unix_events)


def _reexport():
    # Each submodule's public names become the package's, as a star import
    # would make them. The package's __all__ leaves out taskgroups' names,
    # as CPython 3.11's does.
    namespace = globals()
    listed = []
    for module in (base_events, coroutines, events, exceptions, futures,
                   locks, protocols, runners, queues, tasks, taskgroups,
                   threads, timeouts, transports, unix_events):
        for name in module.__all__:
            namespace[name] = getattr(module, name)
        if module is not taskgroups:
            listed.extend(module.__all__)
    return tuple(listed)


__all__ = _reexport()
del _reexport

# The names of CPython's asyncio that need sockets, pipes or subprocesses,
# with what they need.
_UNAVAILABLE = dict.fromkeys(
    ('StreamReader', 'StreamWriter', 'StreamReaderProtocol',
     'open_connection', 'start_server', 'open_unix_connection',
     'start_unix_server', 'Server'),
    'sockets')
_UNAVAILABLE.update(dict.fromkeys(
    ('create_subprocess_exec', 'create_subprocess_shell',
     'AbstractChildWatcher', 'SafeChildWatcher', 'FastChildWatcher',
     'PidfdChildWatcher', 'MultiLoopChildWatcher', 'ThreadedChildWatcher',
     'get_child_watcher', 'set_child_watcher'),
    'subprocesses'))


def __getattr__(name):
    needs = _UNAVAILABLE.get(name)
    if needs is not None:
        raise AttributeError(
            f"module 'asyncio' has no attribute '{name}': asyncio's "
            f"{name} needs {needs}, which gilpy does not have yet")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
