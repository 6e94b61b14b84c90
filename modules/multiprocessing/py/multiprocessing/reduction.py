"""The pickler processes send objects with, and its registry of extra
reducers."""

import copyreg
import io
import pickle

__all__ = ['ForkingPickler', 'register', 'dump', 'DefaultPickler']


class ForkingPickler(pickle.Pickler):
    """A Pickler that reduces the types registered with register() as
    well as copyreg's."""

    # copyreg's table, then the reducers register() added (shared by
    # every ForkingPickler).
    _copyreg_dispatch_table = copyreg.dispatch_table
    _extra_reducers = {}

    def __init__(self, *args):
        """Takes what pickle.Pickler takes."""
        super().__init__(*args)
        self.dispatch_table = {**self._copyreg_dispatch_table, **self._extra_reducers}

    @classmethod
    def register(cls, type, reduce):
        """Pickle objects of type with reduce(obj) from now on."""
        cls._extra_reducers[type] = reduce

    @classmethod
    def dumps(cls, obj, protocol=None):
        """The pickle of obj, as a memoryview over the bytes."""
        out = io.BytesIO()
        cls(out, protocol).dump(obj)
        return out.getbuffer()

    loads = staticmethod(pickle.loads)


register = ForkingPickler.register
DefaultPickler = ForkingPickler


def dump(obj, file, protocol=None):
    """Write obj's pickle to file with ForkingPickler."""
    ForkingPickler(file, protocol).dump(obj)
