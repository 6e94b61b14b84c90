"""Task's repr and its stack printing."""

import reprlib

from .base_futures import _future_repr_info
from .coroutines import _format_coroutine


def _task_repr_info(task):
    # A future's repr items, with the task's name, coroutine and what it
    # waits for after the state (which reads 'cancelling' while a
    # requested cancellation has not ended the task yet).
    state, *rest = _future_repr_info(task)
    if not task.done() and task.cancelling():
        state = 'cancelling'
    head = [state, f'name={task.get_name()!r}',
            f'coro=<{_format_coroutine(task._coro)}>']
    waiter = task._fut_waiter
    if waiter is not None:
        head.append(f'wait_for={waiter!r}')
    return head + rest


def _task_repr(task):
    return f'<{task.__class__.__name__} {" ".join(_task_repr_info(task))}>'


# A task whose repr reaches itself (through its result, say) shows '...'
# there.
_task_repr = reprlib.recursive_repr()(_task_repr)


def _take(node, step, frame_of, limit):
    # Up to limit frames along a chain (frames by f_back, tracebacks by
    # tb_next), in the chain's order.
    frames = []
    while node is not None and (limit is None or len(frames) < limit):
        frames.append(frame_of(node))
        node = step(node)
    return frames


def _task_get_stack(task, limit):
    # A suspended coroutine gives its frame and those below it on the
    # stack (newest first as walked, returned oldest first); a failed
    # task gives its traceback's frames, oldest first.
    coro = task._coro
    for attr in ('cr_frame', 'gi_frame', 'ag_frame'):
        if hasattr(coro, attr):
            frame = getattr(coro, attr)
            break
    else:
        frame = None
    if frame is not None:
        return _take(frame, lambda f: f.f_back, lambda f: f, limit)[::-1]
    if task._exception is None:
        return []
    return _take(task._exception.__traceback__, lambda tb: tb.tb_next,
                 lambda tb: tb.tb_frame, limit)


def _task_print_stack(task, limit, file):
    import linecache
    import traceback
    entries = []
    seen = set()
    for f in task.get_stack(limit=limit):
        code = f.f_code
        filename = code.co_filename
        if filename not in seen:
            seen.add(filename)
            linecache.checkcache(filename)
        line = linecache.getline(filename, f.f_lineno, f.f_globals)
        entries.append((filename, f.f_lineno, code.co_name, line))
    exc = task._exception
    if entries:
        kind = 'Stack' if exc is None else 'Traceback'
        print(f'{kind} for {task!r} (most recent call last):', file=file)
    else:
        print(f'No stack for {task!r}', file=file)
    traceback.print_list(entries, file=file)
    if exc is not None:
        for line in traceback.format_exception_only(exc.__class__, exc):
            print(line, file=file, end='')
