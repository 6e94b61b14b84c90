"""What asyncio's synchronization objects share."""

import threading

from . import events

# Guards the first binding of an object to a loop, which two threads could
# otherwise race for.
_binding = threading.Lock()


class _LoopBoundMixin:
    # An object belongs to the loop that runs when it is first used; any
    # other loop touching it later is refused.
    _loop = None

    def _get_loop(self):
        running = events._get_running_loop()
        owner = self._loop
        if owner is None:
            with _binding:
                owner = self._loop
                if owner is None:
                    owner = self._loop = running
        if running is owner:
            return running
        raise RuntimeError(f'{self!r} is bound to a different event loop')


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
