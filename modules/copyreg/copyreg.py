"""Support for pickle and copy: reduction functions registered per type
(dispatch_table), the constructors reductions refer to, and the
extension-code registry of pickle protocol 2."""

__all__ = ["pickle", "constructor",
           "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Register pickle_function(obj) -> reduction tuple for ob_type."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    """Check that object can be used as a constructor (it is callable)."""
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def pickle_union(obj):
    import functools
    import operator
    return functools.reduce, (operator.or_, obj.__args__)


pickle(type(int | str), pickle_union)


# What object.__reduce__ gives for protocols 0 and 1: the object is made
# by _reconstructor from its class, the nearest builtin class it derives
# from and, unless that is object, the builtin value.

def _reconstructor(cls, base, state):
    # Make an instance of cls the way its builtin base makes one from
    # state (object's from nothing), running the base's own __init__.
    if base is object:
        return object.__new__(cls)
    made = base.__new__(cls, state)
    if base.__init__ != object.__init__:
        base.__init__(made, state)
    return made


_HEAPTYPE = 1 << 9
_new_type = type(int.__new__)


def _builtin_base(cls):
    # The first class of cls's MRO that is not made by a class statement,
    # or whose __new__ is its own builtin one.
    for base in cls.__mro__:
        if hasattr(base, '__flags__') and not base.__flags__ & _HEAPTYPE:
            return base
        new = base.__new__
        if isinstance(new, _new_type) and new.__self__ is base:
            return base
    return object


def _reduce_ex(self, proto):
    assert proto < 2
    cls = self.__class__
    base = _builtin_base(cls)
    state = None
    if base is not object:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    slotted = getattr(self, "__slots__", None)
    getstate = getattr(self, '__getstate__', None)
    if getstate is None:
        if slotted:
            raise TypeError(f"cannot pickle {cls.__name__!r} object: "
                            f"a class that defines __slots__ without "
                            f"defining __getstate__ cannot be pickled "
                            f"with protocol {proto}") from None
        obj_state = getattr(self, '__dict__', None)
    else:
        if type(self).__getstate__ is object.__getstate__ and slotted:
            raise TypeError("a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled")
        obj_state = getstate()
    if obj_state:
        return _reconstructor, args, obj_state
    return _reconstructor, args


# The constructors of protocol 2 reductions.

def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Like __newobj__, with keyword arguments too (protocol 4)."""
    return cls.__new__(cls, *args, **kwargs)


def _mangled(owner, name):
    # A private slot name as it is stored: __x in class C is _C__x (a
    # class whose name is all underscores mangles nothing).
    if not name.startswith('__') or name.endswith('__'):
        return name
    bare = owner.__name__.lstrip('_')
    return f'_{bare}{name}' if bare else name


def _slotnames(cls):
    """The names of the slots of cls and its bases, as pickle needs them
    (private names mangled, __dict__ and __weakref__ left out); cached
    in cls.__slotnames__."""
    cached = cls.__dict__.get("__slotnames__")
    if cached is not None:
        return cached
    found = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            declared = klass.__dict__.get('__slots__', ())
            if isinstance(declared, str):
                declared = [declared]
            found += [_mangled(klass, n) for n in declared
                      if n not in ("__dict__", "__weakref__")]
    try:
        cls.__slotnames__ = found
    except Exception:
        pass  # a builtin class cannot take the cache
    return found


# The extension registry of pickle protocol 2: (module, name) <-> code.

_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    """Give (module, name) the extension code code."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    holder, current = _inverted_registry.get(code), _extension_registry.get(key)
    if current == code and holder == key:
        return  # registered already, the same way
    if current is not None:
        raise ValueError(f"key {key} is already registered with code {current}")
    if holder is not None:
        raise ValueError(f"code {code} is already in use for key {holder}")
    _extension_registry[key], _inverted_registry[code] = code, key


def remove_extension(module, name, code):
    """Take back the extension code of (module, name)."""
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError(f"key {key} is not registered with code {code}")
    del _extension_registry[key], _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    """Forget the objects looked up by extension code so far."""
    _extension_cache.clear()
