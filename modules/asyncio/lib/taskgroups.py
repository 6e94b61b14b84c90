"""TaskGroup: structured concurrency, tasks that cannot outlive the
"async with" block that made them."""

__all__ = ["TaskGroup"]

from . import events, tasks
from .exceptions import CancelledError


def _fatal(exc):
    # Exceptions that stop the program rather than being grouped.
    return isinstance(exc, (SystemExit, KeyboardInterrupt))


class TaskGroup:
    """Use as "async with TaskGroup() as tg:" and start tasks with
    tg.create_task(). Leaving the block waits for all of them. When one of
    them fails, the rest (and the block's own code) are cancelled and every
    failure is raised at the end inside one ExceptionGroup; SystemExit and
    KeyboardInterrupt propagate unwrapped."""

    def __init__(self):
        self._loop = None
        self._parent_task = None
        self._tasks = set()
        self._errors = []
        self._base_error = None
        # Lifecycle flags: inside the block, in __aexit__, cancelling all.
        self._entered = self._exiting = self._aborting = False
        # True once the group itself cancelled its parent task.
        self._parent_cancel_requested = False
        # Resolved by the last task to finish, while __aexit__ waits.
        self._on_completed_fut = None

    def __repr__(self):
        words = ['<TaskGroup']
        for label, items in (('tasks', self._tasks), ('errors', self._errors)):
            if items:
                words.append(f'{label}={len(items)}')
        if self._aborting:
            words.append('cancelling')
        elif self._entered:
            words.append('entered')
        return ' '.join(words) + '>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(
                f"TaskGroup {self!r} has already been entered")
        self._loop = self._loop or events.get_running_loop()
        self._parent_task = tasks.current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(
                f'TaskGroup {self!r} cannot determine the parent task')
        self._entered = True
        return self

    def create_task(self, coro, *, name=None, context=None):
        """Start coro as a task belonging to the group and return it."""
        problem = None
        if not self._entered:
            problem = 'has not been entered'
        elif self._exiting and not self._tasks:
            problem = 'is finished'
        elif self._aborting:
            problem = 'is shutting down'
        if problem is not None:
            raise RuntimeError(f"TaskGroup {self!r} {problem}")
        extra = {} if context is None else {'context': context}
        task = self._loop.create_task(coro, **extra)
        tasks._set_task_name(task, name)
        task.add_done_callback(self._task_finished)
        self._tasks.add(task)
        return task

    def _cancel_all(self):
        self._aborting = True
        for task in self._tasks:
            if not task.done():
                task.cancel()

    def _task_finished(self, task):
        self._tasks.discard(task)
        waiter = self._on_completed_fut
        if not self._tasks and waiter is not None and not waiter.done():
            waiter.set_result(True)

        if task.cancelled() or (exc := task.exception()) is None:
            return
        self._errors.append(exc)
        if _fatal(exc) and self._base_error is None:
            self._base_error = exc

        parent = self._parent_task
        if parent.done():
            # Nobody is left to raise it to: report it instead.
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent '
                           f'task {parent} is already completed',
                'exception': exc,
                'task': task,
            })
        elif not (self._aborting or self._parent_cancel_requested):
            # First failure: stop the siblings and interrupt the block.
            self._cancel_all()
            self._parent_cancel_requested = True
            parent.cancel()

    async def _drain(self, cancel_error):
        # Wait until every task has finished. A cancellation of the parent
        # coming from outside cancels the tasks too (once) and becomes the
        # error to propagate; returns that error.
        while self._tasks:
            self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as exc:
                if not self._aborting:
                    cancel_error = exc
                    self._cancel_all()
            self._on_completed_fut = None
        return cancel_error

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and _fatal(exc) and self._base_error is None:
            self._base_error = exc

        cancel_error = exc if et is CancelledError else None
        if self._parent_cancel_requested and self._parent_task.uncancel() == 0:
            # That cancellation was the group's own doing, not the caller's.
            cancel_error = None
        if et is not None and not self._aborting:
            self._cancel_all()

        cancel_error = await self._drain(cancel_error)

        if self._base_error is not None:
            raise self._base_error
        if cancel_error and not self._errors:
            raise cancel_error
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            errors, self._errors = self._errors, None
            raise BaseExceptionGroup(
                'unhandled errors in a TaskGroup', errors) from None
