"""The event loop gilpy runs.

CPython's selector loop waits in a selector (epoll...) for its sockets and
for a byte on a "self-pipe" that other threads write to wake it up. gilpy
has no sockets yet, so its loop waits only for that wake-up: a
threading.Event that call_soon_threadsafe() (and so every completion of
run_in_executor and to_thread) sets, with the time to the next timer as
the timeout. The wait releases the GIL, so executor threads run while the
loop sleeps. See docs/asyncio.md."""

__all__ = 'BaseSelectorEventLoop',

import threading

from . import base_events

_NEEDS_SOCKETS = base_events._NEEDS_SOCKETS


def _unavailable_fd(name):
    # The file descriptor methods, which need a selector.
    def method(self, *args, **kwargs):
        raise NotImplementedError(
            f'loop.{name}() needs a selector over file descriptors, '
            f'which gilpy does not have yet')
    method.__name__ = name
    method.__qualname__ = f'BaseSelectorEventLoop.{name}'
    return method


class BaseSelectorEventLoop(base_events.BaseEventLoop):
    """An event loop that waits for its wake-up event (and, in CPython,
    for its sockets)."""

    def __init__(self, selector=None):
        if selector is not None:
            raise NotImplementedError(
                'gilpy has no selectors module yet: the event loop takes '
                'no selector')
        super().__init__()
        self._wakeup = threading.Event()

    def _write_to_self(self):
        self._wakeup.set()

    def _wait_for_wakeup(self, timeout):
        wakeup = self._wakeup
        wakeup.wait(timeout)
        if wakeup.is_set():
            # Whatever set it queued its callback before, so clearing now
            # loses nothing: the callback runs in this iteration.
            wakeup.clear()

    add_reader = _unavailable_fd('add_reader')
    remove_reader = _unavailable_fd('remove_reader')
    add_writer = _unavailable_fd('add_writer')
    remove_writer = _unavailable_fd('remove_writer')

    sock_recv = base_events._unavailable('sock_recv', _NEEDS_SOCKETS)
    sock_recv_into = base_events._unavailable('sock_recv_into', _NEEDS_SOCKETS)
    sock_recvfrom = base_events._unavailable('sock_recvfrom', _NEEDS_SOCKETS)
    sock_recvfrom_into = base_events._unavailable('sock_recvfrom_into', _NEEDS_SOCKETS)
    sock_sendall = base_events._unavailable('sock_sendall', _NEEDS_SOCKETS)
    sock_sendto = base_events._unavailable('sock_sendto', _NEEDS_SOCKETS)
    sock_connect = base_events._unavailable('sock_connect', _NEEDS_SOCKETS)
    sock_accept = base_events._unavailable('sock_accept', _NEEDS_SOCKETS)
