"""What asyncio's synchronization objects share."""

import threading

from . import events

_global_lock = threading.Lock()


class _LoopBoundMixin:
    # The loop an object belongs to is the one running when it is first
    # used; using it from another loop is an error.
    _loop = None

    def _get_loop(self):
        loop = events._get_running_loop()
        if self._loop is None:
            with _global_lock:
                if self._loop is None:
                    self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop


class _EnumValue:
    # A member of one of asyncio's small internal enums (gilpy has no enum
    # module yet): its name and value, and the repr an Enum member has.
    __slots__ = ('_owner', 'name', 'value')

    def __init__(self, owner, name, value):
        self._owner = owner
        self.name = name
        self.value = value

    def __repr__(self):
        return f'<{self._owner}.{self.name}: {self.value!r}>'
