"""Telling coroutines and coroutine functions apart, and showing them."""

__all__ = 'iscoroutinefunction', 'iscoroutine'

import collections.abc
import functools
import sys
import types

_CO_COROUTINE = 0x80


def _is_debug_mode():
    # Debug mode is on in development mode (-X dev) or when
    # PYTHONASYNCIODEBUG is set to a non-empty string (unless -E).
    if sys.flags.dev_mode:
        return True
    if sys.flags.ignore_environment:
        return False
    import os
    return bool(os.environ.get('PYTHONASYNCIODEBUG'))


# Functions carrying this object as their _is_coroutine attribute count as
# coroutine functions (the marker generator-based coroutines once used).
_is_coroutine = object()


def _function_like(f):
    # What inspect accepts as a function besides real ones: an object with
    # a function's attributes.
    return (callable(f) and isinstance(getattr(f, '__name__', None), str)
            and isinstance(getattr(f, '__code__', None), types.CodeType)
            and isinstance(getattr(f, '__defaults__', None), (type(None), tuple))
            and isinstance(getattr(f, '__kwdefaults__', None), (type(None), dict))
            and isinstance(getattr(f, '__annotations__', None), (type(None), dict)))


def _has_code_flag(f, flag):
    while isinstance(f, types.MethodType):
        f = f.__func__
    while isinstance(f, functools.partial):
        f = f.func
    if not (isinstance(f, types.FunctionType) or _function_like(f)):
        return False
    return bool(f.__code__.co_flags & flag)


def iscoroutinefunction(func):
    """True for a function defined with async def (also through methods
    and functools.partial) and for one marked with _is_coroutine."""
    return (_has_code_flag(func, _CO_COROUTINE) or
            getattr(func, '_is_coroutine', None) is _is_coroutine)


# Generators count too, as asyncio has always let them.
_COROUTINE_TYPES = (types.CoroutineType, collections.abc.Coroutine,
                    types.GeneratorType)
# Types already seen to pass the test (an isinstance check against an
# ABC is slow), at most _TYPECACHE_SIZE of them.
_iscoroutine_typecache = set()
_TYPECACHE_SIZE = 100


def iscoroutine(obj):
    """True for a coroutine object (and, as asyncio has always allowed, a
    generator)."""
    kind = type(obj)
    if kind not in _iscoroutine_typecache:
        if not isinstance(obj, _COROUTINE_TYPES):
            return False
        if len(_iscoroutine_typecache) < _TYPECACHE_SIZE:
            _iscoroutine_typecache.add(kind)
    return True


def _format_coroutine(coro):
    """'name() running at FILE:LINE' for a suspended coroutine, 'name()
    done, defined at FILE:LINE' for one that finished."""
    assert iscoroutine(coro)
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None)
    name = f'{name}()' if name else f'<{type(coro).__name__} without __name__>()'

    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if not code:
        try:
            running = coro.cr_running
        except AttributeError:
            running = getattr(coro, 'gi_running', False)
        return f'{name} running' if running else name

    frame = getattr(coro, 'gi_frame', None) or getattr(coro, 'cr_frame', None)
    filename = code.co_filename or '<empty co_filename>'
    if frame is not None:
        return f'{name} running at {filename}:{frame.f_lineno}'
    return f'{name} done, defined at {filename}:{code.co_firstlineno}'
