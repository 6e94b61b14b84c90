"""Value and Array: numbers in memory processes share."""

import _gilpy_mp

__all__ = ['RawValue', 'RawArray', 'Value', 'Array', 'copy', 'synchronized']

# The ctypes names of the type codes, for reprs.
_names = {'b': 'c_byte', 'B': 'c_ubyte', 'h': 'c_short', 'H': 'c_ushort',
          'i': 'c_int', 'I': 'c_uint', 'l': 'c_long', 'L': 'c_ulong',
          'q': 'c_longlong', 'Q': 'c_ulonglong', 'f': 'c_float',
          'd': 'c_double', 'c': 'c_char', 'u': 'c_wchar', '?': 'c_bool'}


def _typecode(typecode_or_type):
    if isinstance(typecode_or_type, str) and typecode_or_type in _names:
        return typecode_or_type
    raise TypeError("gilpy's shared memory takes a type code ('i', 'd', ...), "
                    "not %r: there is no ctypes" % (typecode_or_type,))


class RawValue:
    """One shared number: .value reads and writes it."""

    def __init__(self, typecode_or_type, *args):
        self._typecode = _typecode(typecode_or_type)
        self._mem = _gilpy_mp.SharedArray(self._typecode, 1)
        if args:
            self._mem[0] = args[0]

    @property
    def value(self):
        return self._mem[0]

    @value.setter
    def value(self, v):
        self._mem[0] = v

    def __repr__(self):
        return '%s(%r)' % (_names[self._typecode], self.value)


class RawArray:
    """A shared array of numbers, indexed and sliced like a list."""

    def __init__(self, typecode_or_type, size_or_initializer):
        self._typecode = _typecode(typecode_or_type)
        if isinstance(size_or_initializer, int):
            self._mem = _gilpy_mp.SharedArray(self._typecode, size_or_initializer)
        else:
            init = list(size_or_initializer)
            self._mem = _gilpy_mp.SharedArray(self._typecode, len(init))
            for i, v in enumerate(init):
                self._mem[i] = v

    def __len__(self):
        return len(self._mem)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._mem[j] for j in range(*i.indices(len(self._mem)))]
        return self._mem[i]

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            idx = range(*i.indices(len(self._mem)))
            v = list(v)
            if len(v) != len(idx):
                raise ValueError("Can only assign sequence of same size")
            for j, x in zip(idx, v):
                self._mem[j] = x
        else:
            self._mem[i] = v

    def __iter__(self):
        return iter(self[:])

    @property
    def value(self):
        if self._typecode == 'c':
            return b''.join(self[:]).split(b'\0')[0]
        if self._typecode == 'u':
            return ''.join(self[:]).split('\0')[0]
        raise AttributeError("'%s_Array_%d' object has no attribute 'value'"
                             % (_names[self._typecode], len(self)))

    def __repr__(self):
        return '<%s_Array_%d object>' % (_names[self._typecode], len(self))


class Synchronized:
    """A shared value or array with the lock that guards it."""

    def __init__(self, obj, lock=None, ctx=None):
        if lock is None:
            from .synchronize import RLock
            lock = RLock()
        self.__setstate__((obj, lock))

    def __setstate__(self, state):
        # Also how __init__ fills the wrapper: acquire and release are the
        # lock's own methods.
        obj, lock = self._obj, self._lock = state
        self.acquire, self.release = lock.acquire, lock.release

    def __getstate__(self):
        return (self._obj, self._lock)

    def __repr__(self):
        return '<%s wrapper for %s>' % (type(self).__name__, self._obj)

    def get_lock(self):
        """The lock that guards the object."""
        return self._lock

    def get_obj(self):
        """The shared object itself, unguarded."""
        return self._obj

    def __exit__(self, *exc_info):
        return self._lock.__exit__(*exc_info)

    def __enter__(self):
        return self._lock.__enter__()


class SynchronizedValue(Synchronized):
    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, v):
        with self._lock:
            self._obj.value = v


class SynchronizedArray(Synchronized):
    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self._lock:
            return self._obj[i]

    def __setitem__(self, i, v):
        with self._lock:
            self._obj[i] = v

    def __iter__(self):
        return iter(self[:])


def Value(typecode_or_type, *args, lock=True, ctx=None):
    """A shared number; with lock (the default) guarded by an RLock."""
    obj = RawValue(typecode_or_type, *args)
    if lock is False:
        return obj
    if lock in (True, None):
        lock = None
    elif not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return SynchronizedValue(obj, lock, ctx)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    """A shared array; with lock (the default) guarded by an RLock."""
    obj = RawArray(typecode_or_type, size_or_initializer)
    if lock is False:
        return obj
    if lock in (True, None):
        lock = None
    elif not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return SynchronizedArray(obj, lock, ctx)


def copy(obj):
    if isinstance(obj, RawArray):
        return RawArray(obj._typecode, obj[:])
    new = RawValue(obj._typecode, obj.value)
    return new


def synchronized(obj, lock=None, ctx=None):
    if isinstance(obj, RawArray):
        return SynchronizedArray(obj, lock, ctx)
    return SynchronizedValue(obj, lock, ctx)
