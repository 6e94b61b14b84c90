"""Futures and the executors that run callables in threads or processes."""

from concurrent.futures import _base

# The package's names that live in _base (InvalidStateError is importable
# but not exported, as in CPython).
for _name in '''FIRST_COMPLETED FIRST_EXCEPTION ALL_COMPLETED CancelledError
        TimeoutError InvalidStateError BrokenExecutor Future Executor wait
        as_completed'''.split():
    globals()[_name] = getattr(_base, _name)
del _name

# The names the package exports: the waiting constants, the errors, the
# Future and Executor base classes, the waiting functions and the two
# executors.
__all__ = tuple('''FIRST_COMPLETED FIRST_EXCEPTION ALL_COMPLETED CancelledError
    TimeoutError BrokenExecutor Future Executor wait as_completed
    ProcessPoolExecutor ThreadPoolExecutor'''.split())

def __getattr__(name):
    # The executors' modules load on first use, so that importing the
    # package stays cheap.
    module = {'ThreadPoolExecutor': 'thread', 'ProcessPoolExecutor': 'process'}.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(__import__(f'{__name__}.{module}', fromlist=[name]), name)
    globals()[name] = value
    return value


def __dir__():
    return __all__ + ('__doc__',)
