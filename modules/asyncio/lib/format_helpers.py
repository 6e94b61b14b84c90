"""How asyncio shows callbacks and where things were made."""

import functools
import reprlib
import sys
import types

from . import constants


def _unwrap(func):
    # Follow __wrapped__ as inspect.unwrap does, stopping at a cycle.
    seen = {id(func)}
    while hasattr(func, '__wrapped__'):
        func = func.__wrapped__
        if id(func) in seen:
            raise ValueError(f'wrapper loop when unwrapping {func!r}')
        seen.add(id(func))
    return func


def _get_function_source(func):
    """(filename, first line) of the Python function behind func, or
    None."""
    func = _unwrap(func)
    if isinstance(func, types.FunctionType):
        code = func.__code__
        return (code.co_filename, code.co_firstlineno)
    if isinstance(func, (functools.partial, functools.partialmethod)):
        return _get_function_source(func.func)
    return None


def _format_callback_source(func, args):
    text = _format_callback(func, args, None)
    where = _get_function_source(func)
    if where:
        text = f'{text} at {where[0]}:{where[1]}'
    return text


def _format_args_and_kwargs(args, kwargs):
    """'(a, b, k=v)' with each value shortened by reprlib."""
    parts = [reprlib.repr(a) for a in args] if args else []
    if kwargs:
        parts += [f'{k}={reprlib.repr(v)}' for k, v in kwargs.items()]
    return '(' + ', '.join(parts) + ')'


def _format_callback(func, args, kwargs, suffix=''):
    # A partial shows its own arguments after those of the call.
    if isinstance(func, functools.partial):
        suffix = _format_args_and_kwargs(args, kwargs) + suffix
        return _format_callback(func.func, func.args, func.keywords, suffix)
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', None)
    text = name if name else repr(func)
    text += _format_args_and_kwargs(args, kwargs)
    return text + suffix if suffix else text


def extract_stack(f=None, limit=None):
    """The stack summary debug mode records: the newest `limit` frames
    from f (the caller's frame by default), oldest first, without reading
    source lines."""
    import traceback
    if f is None:
        f = sys._getframe().f_back
    if limit is None:
        limit = constants.DEBUG_STACK_DEPTH
    stack = traceback.StackSummary.extract(traceback.walk_stack(f),
                                           limit=limit, lookup_lines=False)
    stack.reverse()
    return stack
