"""The event loop and policy asyncio uses on Unix."""

__all__ = ('SelectorEventLoop', 'DefaultEventLoopPolicy')

from . import events
from . import selector_events


class _UnixSelectorEventLoop(selector_events.BaseSelectorEventLoop):
    """The default event loop."""

    def add_signal_handler(self, sig, callback, *args):
        raise NotImplementedError(
            'loop.add_signal_handler() needs the signal module, which '
            'gilpy does not have yet')

    def remove_signal_handler(self, sig):
        raise NotImplementedError(
            'loop.remove_signal_handler() needs the signal module, which '
            'gilpy does not have yet')

    create_unix_connection = selector_events.base_events._unavailable(
        'create_unix_connection', 'Unix sockets')
    create_unix_server = selector_events.base_events._unavailable(
        'create_unix_server', 'Unix sockets')


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    """One event loop per thread, a _UnixSelectorEventLoop."""

    _loop_factory = _UnixSelectorEventLoop

    def get_child_watcher(self):
        raise NotImplementedError(
            'child watchers need subprocesses, which gilpy\'s asyncio does '
            'not have yet')

    def set_child_watcher(self, watcher):
        raise NotImplementedError(
            'child watchers need subprocesses, which gilpy\'s asyncio does '
            'not have yet')


SelectorEventLoop = _UnixSelectorEventLoop
DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
