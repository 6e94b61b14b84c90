"""multiprocessing's API over threads: a "process" here is a thread of
this interpreter, Pool is a ThreadPool and the queues are queue's."""

import threading
from queue import Queue
from threading import Lock, RLock, Semaphore, BoundedSemaphore, Condition, Event, Barrier

__all__ = """Process current_process active_children freeze_support Lock RLock
Semaphore BoundedSemaphore Condition Event Barrier Queue Manager Pipe Pool
JoinableQueue""".split()

JoinableQueue = Queue
current_process = threading.current_thread


def _started_children(thread):
    # The threads a thread started through DummyProcess, in start order;
    # kept on the thread object itself, as the main thread's is.
    kids = getattr(thread, '_children', None)
    if kids is None:
        kids = thread._children = {}
    return kids


class DummyProcess(threading.Thread):
    """A thread that answers to Process's API: start() only from the
    thread that made it, and an exitcode of 0 once it has finished."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}):
        super().__init__(group, target, name, args, kwargs)
        self._pid = None
        self._creator = current_process()
        self._ran = False
        self._children = {}

    def start(self):
        me = current_process()
        if me is not self._creator:
            raise RuntimeError(f"Parent is {self._creator!r} but current_process is {me!r}")
        self._ran = True
        _started_children(me)[self] = None
        super().start()

    @property
    def exitcode(self):
        return 0 if self._ran and not self.is_alive() else None


Process = DummyProcess


def active_children():
    """The threads this thread started that are still running (finished
    ones are forgotten on the way)."""
    kids = _started_children(current_process())
    for finished in [k for k in kids if not k.is_alive()]:
        del kids[finished]
    return list(kids)


def freeze_support():
    """Nothing to do: there is no frozen executable to support."""


class Namespace:
    """A bag of attributes whose repr lists the public ones, sorted."""

    def __init__(self, /, **attributes):
        vars(self).update(attributes)

    def __repr__(self):
        shown = sorted(f'{k}={v!r}' for k, v in vars(self).items() if not k.startswith('_'))
        return f"{type(self).__name__}({', '.join(shown)})"


# A "manager" here shares by reference: its containers are the builtins.
dict = dict
list = list


def Array(typecode, sequence, lock=True):
    """A plain array.array: threads already share memory."""
    from array import array
    return array(typecode, sequence)


class Value:
    """A mutable cell with a typecode, shared by reference between threads."""

    def __init__(self, typecode, value, lock=True):
        self._typecode, self.value = typecode, value

    def __repr__(self):
        return f'<{type(self).__name__}({self._typecode!r}, {self.value!r})>'


def Manager():
    """This module, which offers what a manager would."""
    import sys
    return sys.modules[__name__]


def shutdown():
    """Nothing to stop: no manager process exists."""


def Pool(processes=None, initializer=None, initargs=()):
    """A pool of threads with Pool's API."""
    from multiprocessing.pool import ThreadPool
    return ThreadPool(processes, initializer, initargs)
