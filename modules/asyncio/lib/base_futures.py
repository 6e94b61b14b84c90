"""What Future and Task share: their states, isfuture and their reprs."""

__all__ = ()

import reprlib

from .format_helpers import _format_callback_source

# The states of a future (its _state attribute).
_PENDING, _CANCELLED, _FINISHED = 'PENDING', 'CANCELLED', 'FINISHED'


def isfuture(obj):
    """True for an asyncio Future, or an object whose class declares the
    _asyncio_future_blocking attribute (duck-typed futures) and whose
    value of it is not None."""
    return (hasattr(obj.__class__, '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


def _format_callbacks(cb):
    # 'cb=[first, <N more>, last]'; cb holds (callback, context) pairs.
    def one(entry):
        return _format_callback_source(entry[0], ())
    if not cb:
        shown = ''
    elif len(cb) == 1:
        shown = one(cb[0])
    elif len(cb) == 2:
        shown = f'{one(cb[0])}, {one(cb[1])}'
    else:
        shown = f'{one(cb[0])}, <{len(cb) - 2} more>, {one(cb[-1])}'
    return f'cb=[{shown}]'


def _outcome(future):
    # What a finished future's repr says of how it ended.
    failure = future._exception
    if failure is None:
        return f'result={reprlib.repr(future._result)}'
    return f'exception={failure!r}'


def _future_repr_info(future):
    state = future._state
    info = [state.lower()]
    if state == _FINISHED:
        info.append(_outcome(future))
    if future._callbacks:
        info.append(_format_callbacks(future._callbacks))
    if future._source_traceback:
        where = future._source_traceback[-1]
        info.append(f'created at {where[0]}:{where[1]}')
    return info


@reprlib.recursive_repr()
def _future_repr(future):
    return f'<{future.__class__.__name__} {" ".join(_future_repr_info(future))}>'
