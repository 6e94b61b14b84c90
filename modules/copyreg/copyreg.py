"""Helpers shared by pickle and copy.

dispatch_table maps a class to the function that reduces its instances
(registered with pickle()); the module also holds the constructors that
reductions name (_reconstructor for protocols 0 and 1, __newobj__ and
__newobj_ex__ for 2 and up) and the table of extension codes, the short
numbers pickle protocol 2 can write instead of a module and a name."""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

dispatch_table = {}


def constructor(object):
    """Refuse, with TypeError, a constructor that cannot be called."""
    if callable(object):
        return
    raise TypeError("constructors must be callable")


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Make pickle_function(obj) the reducer of ob_type's instances; it
    returns a reduction tuple as __reduce__ would. constructor_ob, when
    given, is checked to be callable."""
    if callable(pickle_function):
        dispatch_table[ob_type] = pickle_function
    else:
        raise TypeError("reduction functions must be callable")
    if constructor_ob is not None:
        constructor(constructor_ob)


# Reducers for builtin types that have no __reduce__ of their own.

def pickle_complex(c):
    return complex, (c.real, c.imag)


def pickle_union(obj):
    # int | str is rebuilt by or-ing its members together again.
    from functools import reduce
    from operator import or_
    return reduce, (or_, obj.__args__)


pickle(complex, pickle_complex, complex)
pickle(type(int | str), pickle_union)


# Protocols 0 and 1: object.__reduce_ex__ asks _reduce_ex for a reduction
# that rebuilds the instance through _reconstructor from its class, the
# builtin class its data comes from and, unless that is object, that
# data converted to the builtin class.

_NOT_FROM_CLASS_STATEMENT = 1 << 9    # type.__flags__: Py_TPFLAGS_HEAPTYPE
_builtin_method = type(int.__new__)


def _reconstructor(cls, base, state):
    if base is object:
        return object.__new__(cls)
    instance = base.__new__(cls, state)
    # Only the builtin's own initialisation, never cls's __init__.
    if base.__init__ != object.__init__:
        base.__init__(instance, state)
    return instance


def _data_class(cls):
    # The first class in cls's MRO written in the runtime itself (not by a
    # class statement), or with a builtin __new__ of its own.
    for klass in cls.__mro__:
        flags = getattr(klass, '__flags__', None)
        if flags is not None and not flags & _NOT_FROM_CLASS_STATEMENT:
            return klass
        made_by = klass.__new__
        if isinstance(made_by, _builtin_method) and made_by.__self__ is klass:
            return klass
    return object


def _reduce_ex(self, proto):
    assert proto < 2
    cls = self.__class__
    base = _data_class(cls)
    if base is object:
        data = None
    elif base is cls:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    else:
        data = base(self)

    has_slots = getattr(self, "__slots__", None)
    getstate = getattr(self, "__getstate__", None)
    if getstate is not None:
        # object's own __getstate__ knows nothing of slots.
        if has_slots and type(self).__getstate__ is object.__getstate__:
            raise TypeError("a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled")
        state = getstate()
    elif has_slots:
        raise TypeError(f"cannot pickle {cls.__name__!r} object: a class that "
                        "defines __slots__ without defining __getstate__ "
                        f"cannot be pickled with protocol {proto}")
    else:
        state = getattr(self, "__dict__", None)

    reduction = (_reconstructor, (cls, base, data))
    return reduction + (state,) if state else reduction


# Protocol 2 and up rebuild an instance by calling its class's __new__.

def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """__newobj__ with keyword arguments as well, for protocol 4."""
    return cls.__new__(cls, *args, **kwargs)


def _stored_slot_name(klass, name):
    # A private slot (__x, not __x__) is stored under its mangled name,
    # _Klass__x; a class named only with underscores mangles nothing.
    if name.startswith('__') and not name.endswith('__'):
        owner = klass.__name__.lstrip('_')
        if owner:
            return f'_{owner}{name}'
    return name


def _slotnames(cls):
    """Every slot name of cls and its bases, as pickle saves slot values:
    mangled, without __dict__ and __weakref__. The list is cached in the
    class as __slotnames__ (where the class allows it)."""
    known = cls.__dict__.get("__slotnames__")
    if known is not None:
        return known
    found = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            if "__slots__" not in klass.__dict__:
                continue
            declared = klass.__dict__["__slots__"]
            for name in [declared] if isinstance(declared, str) else declared:
                if name not in ("__dict__", "__weakref__"):
                    found.append(_stored_slot_name(klass, name))
    try:
        cls.__slotnames__ = found
    except Exception:
        pass    # a builtin class takes no new attributes
    return found


# Extension codes: (module, name) <-> code, both ways, and the objects
# pickle has already looked up by code. Code values are agreed between the
# programs that exchange pickles, so changes must be made with care.

_extension_registry = {}    # (module, name) -> code
_inverted_registry = {}     # code -> (module, name)
_extension_cache = {}       # code -> object


def add_extension(module, name, code):
    """Assign the extension code code to the global module.name."""
    code = int(code)
    if code < 1 or code > 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    old_code = _extension_registry.get(key)
    old_key = _inverted_registry.get(code)
    if old_code == code and old_key == key:
        return
    if key in _extension_registry:
        raise ValueError(f"key {key} is already registered with code {old_code}")
    if code in _inverted_registry:
        raise ValueError(f"code {code} is already in use for key {old_key}")
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Withdraw the extension code of module.name (code must match)."""
    key = (module, name)
    registered = (_extension_registry.get(key) == code
                  and _inverted_registry.get(code) == key)
    if not registered:
        raise ValueError(f"key {key} is not registered with code {code}")
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    """Forget the objects looked up by extension code."""
    _extension_cache.clear()
