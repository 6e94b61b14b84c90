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
    # Each layer of partials shows its own arguments, innermost first,
    # after the name of the function they wrap.
    calls = [_format_args_and_kwargs(args, kwargs)]
    while isinstance(func, functools.partial):
        func, args, kwargs = func.func, func.args, func.keywords
        calls.append(_format_args_and_kwargs(args, kwargs))
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', None)
    return (name or repr(func)) + ''.join(reversed(calls)) + suffix


def extract_stack(f=None, limit=None):
    """The stack summary debug mode records: the newest `limit` frames
    from f (the caller's frame by default), oldest first, without reading
    source lines."""
    from traceback import StackSummary, walk_stack
    frames = walk_stack(sys._getframe().f_back if f is None else f)
    depth = constants.DEBUG_STACK_DEPTH if limit is None else limit
    stack = StackSummary.extract(frames, limit=depth, lookup_lines=False)
    stack.reverse()
    return stack
