"""The pickler processes send objects with."""

import copyreg
import io
import pickle

__all__ = ['ForkingPickler', 'register', 'dump', 'DefaultPickler']


class ForkingPickler(pickle.Pickler):
    """A Pickler with its own table of reducers (register)."""
    _extra_reducers = {}
    _copyreg_dispatch_table = copyreg.dispatch_table

    def __init__(self, *args):
        super().__init__(*args)
        self.dispatch_table = self._copyreg_dispatch_table.copy()
        self.dispatch_table.update(self._extra_reducers)

    @classmethod
    def register(cls, type, reduce):
        cls._extra_reducers[type] = reduce

    @classmethod
    def dumps(cls, obj, protocol=None):
        buf = io.BytesIO()
        cls(buf, protocol).dump(obj)
        return buf.getbuffer()

    loads = staticmethod(pickle.loads)


register = ForkingPickler.register
DefaultPickler = ForkingPickler


def dump(obj, file, protocol=None):
    ForkingPickler(file, protocol).dump(obj)
