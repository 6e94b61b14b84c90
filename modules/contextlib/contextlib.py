"""gilpy's contextlib: helpers for the with statement.

Context managers built from generator functions, stacks that unwind
many managers and callbacks as one, and a few ready-made managers.
"""

# Public API, in the order the reference implementation exports it.
__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager",
           "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing",
           "chdir"]

import abc
import sys
from collections import deque
from functools import wraps
from types import GenericAlias, MethodType

import _collections_abc

# ===== the protocol ABCs ==================================================

class AbstractContextManager(abc.ABC):
    """ABC for objects usable in a with statement. Any class defining
    both __enter__ and __exit__ counts as a (virtual) subclass; the
    default __enter__ hands back the manager itself."""

    __class_getitem__ = classmethod(GenericAlias)

    def __enter__(self):
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractContextManager:
            return NotImplemented
        return _collections_abc._check_methods(C, "__enter__", "__exit__")


class AbstractAsyncContextManager(abc.ABC):
    """ABC for objects usable in an async with statement (those defining
    __aenter__ and __aexit__); __aenter__ hands back the manager."""

    __class_getitem__ = classmethod(GenericAlias)

    async def __aenter__(self):
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractAsyncContextManager:
            return NotImplemented
        return _collections_abc._check_methods(C, "__aenter__", "__aexit__")


# ===== managers as decorators =============================================

class ContextDecorator(object):
    "Mixin letting a context manager decorate a function: each call runs inside it."

    def _recreate_cm(self):
        """The manager for one decorated call. Reusable managers give
        themselves; single-use ones override this to give a copy."""
        return self

    def __call__(self, func):
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return wraps(func)(inner)


class AsyncContextDecorator(object):
    "Mixin letting an async context manager decorate a coroutine function."

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return wraps(func)(inner)


# ===== managers from generators ==========================================

_FINISHED = object()


def _stands_for(raised, value, stop_kinds):
    # Whether `raised`, which came out of the generator after `value` was
    # thrown in, is really `value` going on: the same object, or the
    # RuntimeError a generator wraps an escaping stop exception in.
    if raised is value:
        return True
    return (isinstance(raised, RuntimeError) and isinstance(value, stop_kinds)
            and raised.__cause__ is value)


class _GeneratorContextManagerBase:
    """State shared by the sync and async generator managers: the
    generator, plus what is needed to make a fresh one (decorator use)."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds
        # Let help() on the manager show the generator function's doc.
        own_doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if own_doc is None else own_doc

    def _recreate_cm(self):
        return type(self)(self.func, self.args, self.kwds)

    def _forget_recipe(self):
        # Once entered, the manager is single-use: drop the references.
        del self.args, self.kwds, self.func


class _GeneratorContextManager(_GeneratorContextManagerBase,
                               AbstractContextManager, ContextDecorator):
    """The manager @contextmanager returns."""

    def __exit__(self, typ, value, traceback):
        if typ is None:
            # Clean exit: the generator must finish without yielding.
            if next(self.gen, _FINISHED) is _FINISHED:
                return False
            raise RuntimeError("generator didn't stop")
        value = typ() if value is None else value
        try:
            self.gen.throw(typ, value, traceback)
        except StopIteration as finished:
            # The generator handled it and returned: suppress, unless
            # the body's own StopIteration is what came back.
            return finished is not value
        except BaseException as raised:
            if not _stands_for(raised, value, StopIteration):
                raise
            # Returning False re-raises the original with its traceback.
            value.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after throw()")

    def __enter__(self):
        self._forget_recipe()
        try:
            return next(self.gen)
        except StopIteration:
            # from None: the generator's StopIteration is no explanation.
            raise RuntimeError("generator didn't yield") from None


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase,
                                    AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    """The manager @asynccontextmanager returns."""

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            if await anext(self.gen, _FINISHED) is _FINISHED:
                return False
            raise RuntimeError("generator didn't stop")
        value = typ() if value is None else value
        try:
            await self.gen.athrow(typ, value, traceback)
        except StopAsyncIteration as finished:
            return finished is not value
        except BaseException as raised:
            if not _stands_for(raised, value,
                               (StopIteration, StopAsyncIteration)):
                raise
            value.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after athrow()")

    async def __aenter__(self):
        self._forget_recipe()
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None


def contextmanager(func):
    """Turn a generator function into a context manager factory.

    The generator must yield exactly once: what runs before the yield is
    the setup, the yielded value is bound by `as`, and what follows is
    the teardown. An exception from the with body is raised inside the
    generator at the yield; if the generator swallows it, so does the
    with statement."""
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return wraps(func)(helper)


def asynccontextmanager(func):
    """contextmanager for asynchronous generator functions, giving
    managers for async with."""
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return wraps(func)(helper)


# ===== small ready-made managers =========================================

class closing(AbstractContextManager):
    """Hand back thing on entry and call thing.close() on the way out."""

    def __exit__(self, *exc_info):
        self.thing.close()

    def __enter__(self):
        return self.thing

    def __init__(self, thing):
        self.thing = thing


class aclosing(AbstractAsyncContextManager):
    """Hand back thing on entry and await thing.aclose() on the way out."""

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()

    async def __aenter__(self):
        return self.thing

    def __init__(self, thing):
        self.thing = thing


class _RedirectStream(AbstractContextManager):
    # Swaps the sys attribute named by _stream. The replaced objects are
    # stacked so one instance may be entered again while already active.

    def __enter__(self):
        name = self._stream
        self._old_targets.append(getattr(sys, name))
        setattr(sys, name, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    _stream = None


class redirect_stdout(_RedirectStream):
    """Send sys.stdout to new_target inside the with block."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Send sys.stderr to new_target inside the with block."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Ignore the listed exception classes (subclasses included) if the
    with block raises one; execution resumes after the block."""

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        return issubclass(exctype, self._exceptions)

    def __enter__(self):
        pass

    def __init__(self, *exceptions):
        self._exceptions = exceptions


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A manager with nothing to do, entered as enter_result: a stand-in
    where a real manager is optional. Works with with and async with."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aexit__(self, *excinfo):
        pass

    def __enter__(self):
        return self.enter_result

    async def __aenter__(self):
        return self.enter_result


class chdir(AbstractContextManager):
    """Work in directory path inside the with block, and return to the
    previous directory after it (re-entrant, like redirect_stdout)."""

    def __init__(self, path):
        self._old_cwd = []
        self.path = path

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())


# ===== exit stacks =======================================================

def _attach_context(new_exc, old_exc, outer):
    # new_exc was raised by an exit callback while old_exc was the one in
    # flight. Python set its context from what was being handled, which
    # may be `outer` (handled around the whole stack) rather than old_exc:
    # splice old_exc in where the chain would reach outer.
    node = new_exc
    while True:
        ctx = node.__context__
        if ctx is None or ctx is old_exc:
            return
        if ctx is outer:
            node.__context__ = old_exc
            return
        node = ctx


class _Unwind:
    # Bookkeeping while an exit stack runs its callbacks, newest first:
    # the exception now in flight, and whether any callback swallowed one.

    def __init__(self, exc_details):
        self.details = exc_details
        self.had_exception = exc_details[0] is not None
        self.swallowed = False
        self.must_raise = False
        self.outer = sys.exc_info()[1]

    def callback_returned(self, result):
        if result:
            self.swallowed = True
            self.must_raise = False
            self.details = (None, None, None)

    def callback_raised(self):
        current = sys.exc_info()
        _attach_context(current[1], self.details[1], self.outer)
        self.must_raise = True
        self.details = current

    def outcome(self):
        if not self.must_raise:
            return self.had_exception and self.swallowed
        exc = self.details[1]
        chained = exc.__context__
        try:
            raise exc
        except BaseException:
            # Raising here would re-chain exc onto whatever is being
            # handled; keep the context worked out above.
            exc.__context__ = chained
            raise


def _bound_exit(cm, exit_method):
    return MethodType(exit_method, cm)


class _BaseExitStack:
    """The registration side shared by ExitStack and AsyncExitStack.
    Entries are (is_sync, callback) pairs, run last-in first-out."""

    def __init__(self):
        self._exit_callbacks = deque()

    def pop_all(self):
        """Hand every registered callback to a new stack of the same
        type, returned; this one is left empty."""
        heir = type(self)()
        heir._exit_callbacks, self._exit_callbacks = self._exit_callbacks, deque()
        return heir

    def push(self, exit):
        """Register exit to run on unwinding with the exception details:
        a context manager's __exit__ if exit has one (looked up on its
        type), else exit itself. Returns exit (usable as a decorator)."""
        method = getattr(type(exit), '__exit__', _NO_METHOD)
        if method is _NO_METHOD:
            self._exit_callbacks.append((True, exit))
        else:
            self._exit_callbacks.append((True, _bound_exit(exit, method)))
        return exit

    def enter_context(self, cm):
        """Enter cm, register its __exit__, return its __enter__ result."""
        kind = type(cm)
        try:
            enter, leave = kind.__enter__, kind.__exit__
        except AttributeError:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                            f"not support the context manager protocol") from None
        result = enter(cm)
        self._exit_callbacks.append((True, _bound_exit(cm, leave)))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to run on unwinding; it sees
        no exception details and cannot suppress. Returns callback."""
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((True, _exit_wrapper))
        return callback


_NO_METHOD = object()


class ExitStack(_BaseExitStack, AbstractContextManager):
    """Unwinds any number of registered context managers and callbacks,
    newest first, at the end of a with block or on close(), behaving as
    if they were nested with statements (an exception one raises goes to
    the next; one that returns true suppresses it):

        with ExitStack() as stack:
            handles = [stack.enter_context(open(p)) for p in paths]
    """

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        state = _Unwind(exc_details)
        while self._exit_callbacks:
            _, cb = self._exit_callbacks.pop()
            try:
                state.callback_returned(cb(*state.details))
            except:
                state.callback_raised()
        return state.outcome()

    def close(self):
        """Unwind everything registered, now."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """ExitStack for async with: it also takes async context managers
    and coroutine callbacks, awaited in turn while unwinding."""

    async def enter_async_context(self, cm):
        """Enter the async manager cm, register its __aexit__, and return
        what its __aenter__ gave."""
        kind = type(cm)
        try:
            enter, leave = kind.__aenter__, kind.__aexit__
        except AttributeError:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                            f"not support the asynchronous context manager "
                            f"protocol") from None
        result = await enter(cm)
        self._exit_callbacks.append((False, _bound_exit(cm, leave)))
        return result

    def push_async_exit(self, exit):
        """push() for async: exit is an async manager (its __aexit__ is
        registered) or a coroutine function taking the exception
        details. Returns exit."""
        method = getattr(type(exit), '__aexit__', _NO_METHOD)
        if method is not _NO_METHOD:
            exit_cb = _bound_exit(exit, method)
        else:
            exit_cb = exit
        self._exit_callbacks.append((False, exit_cb))
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Register the coroutine function call callback(*args, **kwds)
        to be awaited on unwinding. Returns callback."""
        async def _exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((False, _exit_wrapper))
        return callback

    async def aclose(self):
        """Unwind everything registered, now."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        state = _Unwind(exc_details)
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                result = cb(*state.details)
                if not is_sync:
                    result = await result
                state.callback_returned(result)
            except:
                state.callback_raised()
        return state.outcome()
