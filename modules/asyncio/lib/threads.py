"""to_thread: await a blocking function run in another thread."""

__all__ = "to_thread",

import contextvars
import functools

from . import events


async def to_thread(func, /, *args, **kwargs):
    """Run func(*args, **kwargs) in the loop's default executor, in a copy
    of the current context, and return its result."""
    # The executor's thread runs the call inside the copied context, so
    # context variables set here are seen there.
    call_in_context = functools.partial(
        contextvars.copy_context().run, func, *args, **kwargs)
    return await events.get_running_loop().run_in_executor(None, call_in_context)
