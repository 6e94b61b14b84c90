"""Asynchronous I/O: coroutines run by an event loop (PEP 3156).

gilpy's asyncio runs coroutines, tasks, timers, executors and threads as
CPython's does. It has no sockets, pipes or subprocesses yet, so streams
(open_connection, start_server...), subprocesses (create_subprocess_exec
...) and the loop methods built on them are not available: see
docs/asyncio.md in gilpy's sources."""

import sys

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .protocols import *
from .runners import *
from .queues import *
from .tasks import *
from .taskgroups import *
from .timeouts import *
from .threads import *
from .transports import *
from .unix_events import *

__all__ = (base_events.__all__ +
           coroutines.__all__ +
           events.__all__ +
           exceptions.__all__ +
           futures.__all__ +
           locks.__all__ +
           protocols.__all__ +
           runners.__all__ +
           queues.__all__ +
           tasks.__all__ +
           threads.__all__ +
           timeouts.__all__ +
           transports.__all__ +
           unix_events.__all__)

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
