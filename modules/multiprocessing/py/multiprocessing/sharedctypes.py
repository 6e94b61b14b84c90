"""Value and Array: C numbers and arrays in memory processes share.

gilpy has no ctypes module, so the objects made here are stand-ins for
ctypes' own: classes with ctypes' names (c_int, c_double, ...), reprs and
behaviour as far as a program using multiprocessing sees them (.value,
indexing and slicing, .value and .raw of char arrays). Their memory is a
_gilpy_mp.SharedArray, which a child process gets the same Go object
of when the value is passed to it."""

import _gilpy_mp

__all__ = ['RawValue', 'RawArray', 'Value', 'Array', 'copy', 'synchronized']


# --- the ctypes stand-ins ---------------------------------------------------

class _SimpleCData:
    """One C number (the base of c_int and friends)."""

    _type_ = None   # the type code the memory holds

    def __init__(self, *args):
        if len(args) > 1:
            raise TypeError('__init__ expected at most 1 argument, got %d'
                            % len(args))
        if '_mem' not in self.__dict__:
            self._mem = _gilpy_mp.SharedArray(self._type_, 1)
        if args:
            self._mem[0] = args[0]

    @property
    def value(self):
        return self._mem[0]

    @value.setter
    def value(self, v):
        self._mem[0] = v

    def __bool__(self):
        return bool(self._mem[0])

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self._mem[0])

    def __reduce__(self):
        # The memory travels by reference, so a child shares it.
        return _rebuild_value, (self._type_, self._mem)


def _simple(name, code):
    cls = type(name, (_SimpleCData,), {'_type_': code})
    cls.__module__ = 'ctypes'
    return cls


# On 64-bit Linux long and long long are one type, as ctypes makes them.
c_byte = _simple('c_byte', 'b')
c_ubyte = _simple('c_ubyte', 'B')
c_short = _simple('c_short', 'h')
c_ushort = _simple('c_ushort', 'H')
c_int = _simple('c_int', 'i')
c_uint = _simple('c_uint', 'I')
c_long = c_longlong = _simple('c_long', 'l')
c_ulong = c_ulonglong = _simple('c_ulong', 'L')
c_float = _simple('c_float', 'f')
c_double = _simple('c_double', 'd')
c_char = _simple('c_char', 'c')
c_wchar = _simple('c_wchar', 'u')
del _simple

typecode_to_type = {
    'c': c_char, 'u': c_wchar,
    'b': c_byte, 'B': c_ubyte,
    'h': c_short, 'H': c_ushort,
    'i': c_int, 'I': c_uint,
    'l': c_long, 'L': c_ulong,
    'q': c_longlong, 'Q': c_ulonglong,
    'f': c_float, 'd': c_double,
}


def _rebuild_value(code, mem):
    obj = _SimpleCData.__new__(typecode_to_type[code])
    obj._mem = mem
    return obj


class _Array:
    """A fixed-size C array (the base of c_int_Array_3 and friends)."""

    _type_ = None     # the element class
    _length_ = 0

    def __init__(self, *items):
        if '_mem' not in self.__dict__:
            self._mem = _gilpy_mp.SharedArray(self._type_._type_, self._length_)
        for i, v in enumerate(items):
            self._mem[i] = v

    def __len__(self):
        return self._length_

    def _slice(self, s):
        mem = self._mem
        return [mem[i] for i in range(*s.indices(self._length_))]

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._join(self._slice(i))
        if not hasattr(type(i), '__index__'):
            raise TypeError('indices must be integers')
        return self._mem[i]

    def _join(self, items):
        return items

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            where = range(*i.indices(self._length_))
            try:
                n = len(v)
            except TypeError:
                n = -1
            if n != len(where):
                raise ValueError('Can only assign sequence of same size')
            for j, x in zip(where, v):
                self._mem[j] = x
            return
        if not hasattr(type(i), '__index__'):
            raise TypeError('indices must be integer')
        self._mem[i] = v

    def __delitem__(self, i):
        raise TypeError('Array does not support item deletion')

    def __reduce__(self):
        return _rebuild_array, (self._type_._type_, self._length_, self._mem)


class _CharArray(_Array):
    """An array of c_char: items are one-byte bytes; .value is the
    NUL-terminated string and .raw every byte."""

    def _join(self, items):
        return b''.join(items)

    @property
    def raw(self):
        return self[:]

    @raw.setter
    def raw(self, b):
        try:
            b = bytes(memoryview(b))
        except TypeError:
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(b).__name__) from None
        if len(b) > self._length_:
            raise ValueError('byte string too long')
        for i, x in enumerate(b):
            self._mem[i] = x

    @property
    def value(self):
        return self[:].split(b'\0', 1)[0]

    @value.setter
    def value(self, b):
        if not isinstance(b, bytes):
            raise TypeError('bytes expected instead of %s instance'
                            % type(b).__name__)
        if len(b) > self._length_:
            raise ValueError('byte string too long')
        if len(b) < self._length_:
            b = b + b'\0'
        for i, x in enumerate(b):
            self._mem[i] = x


class _WCharArray(_Array):
    """An array of c_wchar: items are one-character strs; .value is the
    NUL-terminated string."""

    def _join(self, items):
        return ''.join(items)

    @property
    def value(self):
        return self[:].split('\0', 1)[0]

    @value.setter
    def value(self, s):
        if not isinstance(s, str):
            raise TypeError('unicode string expected instead of %s instance'
                            % type(s).__name__)
        if len(s) > self._length_:
            raise ValueError('string too long')
        if len(s) < self._length_:
            s = s + '\0'
        for i, x in enumerate(s):
            self._mem[i] = x


_array_types = {}


def _array_type(elem, length):
    """The class of arrays of length elements of class elem (made once)."""
    if length < 0:
        raise ValueError('Array length must be >= 0, not %d' % length)
    key = (elem, length)
    cls = _array_types.get(key)
    if cls is None:
        base = {c_char: _CharArray, c_wchar: _WCharArray}.get(elem, _Array)
        name = '%s_Array_%d' % (elem.__name__, length)
        cls = type(name, (base,), {'_type_': elem, '_length_': length,
                                   '__module__': __name__})
        _array_types[key] = cls
    return cls


def _rebuild_array(code, length, mem):
    cls = _array_type(typecode_to_type[code], length)
    obj = _Array.__new__(cls)
    obj._mem = mem
    return obj


def _ctype(typecode_or_type):
    """The class a type code or a c_... class names."""
    t = typecode_to_type.get(typecode_or_type, typecode_or_type) \
        if isinstance(typecode_or_type, str) else typecode_or_type
    if not (isinstance(t, type) and issubclass(t, _SimpleCData)
            and t is not _SimpleCData):
        # ctypes.sizeof's complaint about what is not a C type.
        raise TypeError('this type has no size')
    return t


# --- the module's functions -------------------------------------------------

def RawValue(typecode_or_type, *args):
    """A C number in shared memory, without a lock."""
    return _ctype(typecode_or_type)(*args)


def RawArray(typecode_or_type, size_or_initializer):
    """A C array in shared memory, without a lock: of size zeros, or
    holding the items of a sequence."""
    elem = _ctype(typecode_or_type)
    if isinstance(size_or_initializer, int):
        return _array_type(elem, size_or_initializer)()
    n = len(size_or_initializer)
    return _array_type(elem, n)(*size_or_initializer)


def _lock_for(lock, ctx):
    if lock in (True, None):
        if ctx is None:
            from .context import _default_context
            ctx = _default_context
        lock = ctx.RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return lock, ctx


def Value(typecode_or_type, *args, lock=True, ctx=None):
    """A C number in shared memory, guarded by a lock unless lock is
    False (True or None: a new RLock; else the lock to use)."""
    obj = RawValue(typecode_or_type, *args)
    if lock is False:
        return obj
    lock, ctx = _lock_for(lock, ctx)
    return synchronized(obj, lock, ctx=ctx)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    """A C array in shared memory, guarded by a lock unless lock is
    False."""
    obj = RawArray(typecode_or_type, size_or_initializer)
    if lock is False:
        return obj
    lock, ctx = _lock_for(lock, ctx)
    return synchronized(obj, lock, ctx=ctx)


def copy(obj):
    """A new unshared-until-passed object of obj's class holding obj's
    contents."""
    if isinstance(obj, _SimpleCData):
        return type(obj)(obj._mem[0])
    if isinstance(obj, _Array):
        return type(obj)(*obj._slice(slice(None)))
    raise TypeError('this type has no size')


def synchronized(obj, lock=None, ctx=None):
    """obj wrapped with a lock (a new RLock when lock is None)."""
    if isinstance(obj, _SimpleCData):
        return Synchronized(obj, lock, ctx)
    if isinstance(obj, _Array):
        if obj._type_ is c_char:
            return SynchronizedString(obj, lock, ctx)
        return SynchronizedArray(obj, lock, ctx)
    # Anything else would have to be a ctypes Structure, described by its
    # _fields_; there are none here, so this fails as it would there.
    type(obj)._fields_
    raise TypeError('cannot wrap %s objects' % type(obj).__name__)


# --- the wrappers -----------------------------------------------------------

class SynchronizedBase:
    """A shared object together with the lock that guards it."""

    def __init__(self, obj, lock=None, ctx=None):
        self._obj = obj
        if lock:
            self._lock = lock
        else:
            if ctx is None:
                from .context import _default_context
                ctx = _default_context
            self._lock = ctx.RLock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc_info):
        return self._lock.__exit__(*exc_info)

    def __reduce__(self):
        return synchronized, (self._obj, self._lock)

    def get_obj(self):
        """The shared object itself, unguarded."""
        return self._obj

    def get_lock(self):
        """The lock that guards the object."""
        return self._lock

    def __repr__(self):
        return '<%s wrapper for %s>' % (type(self).__name__, self._obj)


class Synchronized(SynchronizedBase):
    """A shared C number whose .value is read and written under the lock."""

    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, v):
        with self._lock:
            self._obj.value = v


class SynchronizedArray(SynchronizedBase):
    """A shared C array whose items are read and written under the lock."""

    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self._lock:
            return self._obj[i]

    def __setitem__(self, i, value):
        with self._lock:
            self._obj[i] = value


class SynchronizedString(SynchronizedArray):
    """A shared char array with .value and .raw under the lock."""

    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, v):
        with self._lock:
            self._obj.value = v

    @property
    def raw(self):
        with self._lock:
            return self._obj.raw

    @raw.setter
    def raw(self, v):
        with self._lock:
            self._obj.raw = v
