"""References that do not keep their object alive.

ref(obj)() is obj while obj lives and None afterwards.  On top of that
primitive this module builds proxies (stand-ins that act as the object),
references to bound methods, mappings whose keys or values are held
weakly, WeakSet, and finalize (a call scheduled for an object's death).

gilpy's objects are reclaimed by Go's collector: a reference dies at a
collection (gc.collect() forces one), not as soon as the last strong
reference is dropped.
"""

from _weakref import (getweakrefcount, getweakrefs, ref, _remove_dead_weakref)
from _weakrefset import WeakSet
import _collections_abc
import sys
import itertools

ReferenceType = ref

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]


# ---------------------------------------------------------------------------
# Proxies.  A proxy keeps a weak reference in a slot and forwards every
# operation to the object behind it, raising ReferenceError once that is
# gone.  The slot is read with object.__getattribute__ because the proxy's
# own attribute access is forwarded too.

_slot_of = object.__getattribute__


def _target(p):
    obj = _slot_of(p, "_proxy_ref")()
    if obj is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return obj


def _plain(value):
    # The object behind a proxy operand, or the operand itself.
    return _target(value) if type(value) in ProxyTypes else value


def _forward_unary(fn):
    return lambda self: fn(_target(self))


def _forward_binary(fn):
    def straight(self, other):
        return fn(_target(self), _plain(other))

    def swapped(self, other):
        return fn(_plain(other), _target(self))
    return straight, swapped


class ProxyType:
    __slots__ = ("_proxy_ref", "__weakref__")

    def __init__(self, obj, callback=None):
        if callback is None:
            link = ref(obj)
        else:
            # The user's callback gets the proxy, not the inner reference;
            # a proxy that is itself gone calls nothing.
            me = ref(self)

            def relay(_dead):
                p = me()
                if p is not None:
                    callback(p)
            link = ref(obj, relay)
        object.__setattr__(self, "_proxy_ref", link)

    def __getattribute__(self, name):
        return getattr(_target(self), name)

    def __setattr__(self, name, value):
        setattr(_target(self), name, value)

    def __delattr__(self, name):
        delattr(_target(self), name)

    def __repr__(self):
        # After the object's death CPython still names a type: NoneType's.
        obj = _slot_of(self, "_proxy_ref")()
        return "<weakproxy at %#x to %s at %#x>" % (
            id(self), type(obj).__name__, id(obj))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.%s'" % type(self).__name__)

    def __reversed__(self):
        # Proxies offer item access as a mapping, which reversed() does not
        # accept as a sequence.
        raise TypeError("'weakref.%s' object is not reversible"
                        % type(self).__name__)

    def __contains__(self, item):
        return item in _target(self)

    def __getitem__(self, key):
        return _target(self)[key]

    def __setitem__(self, key, value):
        _target(self)[key] = value

    def __delitem__(self, key):
        del _target(self)[key]

    def __index__(self):
        return _target(self).__index__()

    def __next__(self):
        return next(_target(self))


def _install_forwarders():
    import operator
    unary = {"__str__": str, "__bool__": bool, "__len__": len,
             "__iter__": iter, "__int__": int, "__float__": float,
             "__abs__": abs, "__neg__": operator.neg,
             "__pos__": operator.pos, "__invert__": operator.invert}
    for dunder, fn in unary.items():
        setattr(ProxyType, dunder, _forward_unary(fn))
    for rich in ("lt", "le", "eq", "ne", "gt", "ge"):
        setattr(ProxyType, "__%s__" % rich,
                _forward_binary(getattr(operator, rich))[0])
    arithmetic = ("add", "sub", "mul", "matmul", "truediv", "floordiv",
                  "mod", "pow", "lshift", "rshift", "and", "xor", "or")
    for op in arithmetic:
        fn = getattr(operator, op + "_" if op in ("and", "or") else op)
        straight, swapped = _forward_binary(fn)
        setattr(ProxyType, "__%s__" % op, straight)
        setattr(ProxyType, "__r%s__" % op, swapped)
        # In-place forms act on the object and hand back its result.
        setattr(ProxyType, "__i%s__" % op,
                _forward_binary(getattr(operator, "i" + op))[0])
    ProxyType.__divmod__, ProxyType.__rdivmod__ = _forward_binary(divmod)


_install_forwarders()


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _target(self)(*args, **kwargs)


ProxyType.__module__ = CallableProxyType.__module__ = "weakref"
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(*args):
    """proxy(object[, callback]) -- a stand-in for object that refers to it
    weakly; callback(proxy) runs when object goes away."""
    if not args:
        raise TypeError("proxy expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError("proxy expected at most 2 arguments, got %d"
                        % len(args))
    obj = args[0]
    callback = args[1] if len(args) == 2 else None
    try:
        ref(obj)
    except TypeError:
        raise TypeError("cannot create weak reference to '%s' object"
                        % type(obj).__name__) from None
    kind = CallableProxyType if callable(obj) else ProxyType
    return kind(obj, callback)


# ---------------------------------------------------------------------------
# References with extra state.

class WeakMethod(ref):
    """A weak reference to a bound method.  A bound method is made afresh
    on each attribute access, so a plain ref to one dies at once; this one
    refers to the instance and to the function separately, and calling it
    rebinds them while both live."""

    __slots__ = "_func_ref", "_meth_type", "_alive", "__weakref__"

    def __new__(cls, meth, callback=None):
        try:
            receiver, function = meth.__self__, meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None
        holder = []

        def on_death(_dead):
            # The first of the two to die kills the method; the user's
            # callback hears about it once.
            self = holder[0]() if holder else None
            if self is None or not self._alive:
                return
            self._alive = False
            if callback is not None:
                callback(self)

        self = ref.__new__(cls, receiver, on_death)
        self._func_ref = ref(function, on_death)
        self._meth_type = type(meth)
        self._alive = True
        holder.append(ref(self))
        return self

    def __call__(self):
        receiver = ref.__call__(self)
        function = self._func_ref()
        if receiver is None or function is None:
            return None
        return self._meth_type(function, receiver)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if self._alive and other._alive:
            return (ref.__eq__(self, other)
                    and self._func_ref == other._func_ref)
        # Dead ones are equal only to themselves.
        return self is other

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if self._alive and other._alive:
            return (ref.__ne__(self, other)
                    or self._func_ref != other._func_ref)
        return self is not other

    __hash__ = ref.__hash__


class KeyedRef(ref):
    """A ref that also carries a key: WeakValueDictionary stores these so
    that the callback knows which entry to drop."""

    __slots__ = ("key",)

    def __init__(self, ob, callback, key):
        # The key was stored by __new__; ref's own check of the rest.
        ref.__init__(self, ob, callback)

    def __new__(cls, ob, callback, key):
        made = ref.__new__(cls, ob, callback)
        made.key = key
        return made


# ---------------------------------------------------------------------------
# Weak mappings.  Both keep a plain dict in .data and read it through
# snapshots (list(...)), since a collection may remove entries while a
# loop runs.

def _dict_items(source):
    # The pairs of a mapping, or of an iterable of pairs.
    if not hasattr(source, "items"):
        source = dict(source)
    return source.items()


def _is_mapping(value):
    return isinstance(value, _collections_abc.Mapping)


def _merged(result, *sources):
    for source in sources:
        result.update(source)
    return result


class WeakValueDictionary(_collections_abc.MutableMapping):
    """A mapping that holds its values weakly: an entry disappears when
    its value is collected."""

    def __init__(self, other=(), /, **kw):
        owner = ref(self)

        def _remove(dead):
            mapping = owner()
            if mapping is not None:
                _remove_dead_weakref(mapping.data, dead.key)
        self._remove = _remove
        self.data = {}
        self.update(other, **kw)

    def _link(self, key, value):
        return KeyedRef(value, self._remove, key)

    def _live(self):
        # (key, value) for every entry whose value still exists.
        for key, link in list(self.data.items()):
            value = link()
            if value is not None:
                yield key, value

    def __getitem__(self, key):
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self.data[key] = self._link(key, value)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        link = self.data.get(key)
        return link is not None and link() is not None

    def __len__(self):
        return sum(1 for _ in self._live())

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def get(self, key, default=None):
        link = self.data.get(key)
        value = None if link is None else link()
        return default if value is None else value

    def keys(self):
        for key, _ in self._live():
            yield key

    __iter__ = keys

    def values(self):
        for _, value in self._live():
            yield value

    def items(self):
        yield from self._live()

    def itervaluerefs(self):
        """Iterate over the KeyedRefs of the values; a value may die while
        the caller holds its reference."""
        yield from list(self.data.values())

    def valuerefs(self):
        """A list of the KeyedRefs of the values (see itervaluerefs)."""
        return list(self.data.values())

    def pop(self, key, *args):
        link = self.data.pop(key, None)
        value = None if link is None else link()
        if value is not None:
            return value
        if args:
            return args[0]
        raise KeyError(key)

    def popitem(self):
        while True:
            key, link = self.data.popitem()
            value = link()
            if value is not None:
                return key, value

    def setdefault(self, key, default=None):
        link = self.data.get(key)
        value = None if link is None else link()
        if value is None:
            self.data[key] = self._link(key, default)
            return default
        return value

    def update(self, other=None, /, **kwargs):
        for source in (other, kwargs):
            if source is not None:
                for key, value in _dict_items(source):
                    self.data[key] = self._link(key, value)

    def copy(self):
        # A plain WeakValueDictionary, whatever the subclass.
        clone = WeakValueDictionary()
        clone.update(self._live())
        return clone

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        clone = type(self)()
        for key, value in self._live():
            clone[deepcopy(key, memo)] = value
        return clone

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return _merged(self.copy(), other)

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return _merged(type(self)(), other, self)


class WeakKeyDictionary(_collections_abc.MutableMapping):
    """A mapping that holds its keys weakly: an entry disappears when its
    key is collected.  Keys are compared as in a dict (by equality), so
    they must be hashable and weakly referenceable."""

    def __init__(self, dict=None):
        owner = ref(self)

        def _remove(dead):
            mapping = owner()
            if mapping is not None:
                mapping.data.pop(dead, None)
        self._remove = _remove
        self.data = {}
        if dict is not None:
            self.update(dict)

    def _live(self):
        for link, value in list(self.data.items()):
            key = link()
            if key is not None:
                yield key, value

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            link = ref(key)
        except TypeError:
            # What cannot be weakly referenced cannot be a key.
            return False
        return link in self.data

    # Both weak dictionaries list and count what is alive through _live().
    __len__ = WeakValueDictionary.__len__
    __repr__ = WeakValueDictionary.__repr__

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    keys = __iter__ = WeakValueDictionary.keys
    values = WeakValueDictionary.values
    items = WeakValueDictionary.items

    def keyrefs(self):
        """A list of the weak references to the keys."""
        return list(self.data)

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def popitem(self):
        while True:
            link, value = self.data.popitem()
            key = link()
            if key is not None:
                return key, value

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        for source in (dict, kwargs or None):
            if source is not None:
                for key, value in _dict_items(source):
                    self.data[ref(key, self._remove)] = value

    def copy(self):
        clone = WeakKeyDictionary()
        clone.update(self._live())
        return clone

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        clone = type(self)()
        for key, value in self._live():
            clone[key] = deepcopy(value, memo)
        return clone

    # The | operators work alike on both weak dictionaries.
    __ior__ = WeakValueDictionary.__ior__
    __or__ = WeakValueDictionary.__or__
    __ror__ = WeakValueDictionary.__ror__


# ---------------------------------------------------------------------------
# finalize.

class _Pending:
    # What a live finalizer will call, and when it was made.
    __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def call_args(self):
        return self.args, self.kwargs or {}

    def snapshot(self):
        # (obj, func, args, kwargs) while obj lives, else None.
        obj = self.weakref()
        if obj is None:
            return None
        return (obj, self.func, self.args, self.kwargs or {})


class finalize:
    """finalize(obj, func, /, *args, **kwargs): call func(*args, **kwargs)
    once, the first of: obj being collected, the finalizer being called,
    or interpreter exit while obj still lives and atexit is true (the
    newest finalizers run first then)."""

    __slots__ = ()
    _registry = {}          # live finalizer -> _Pending
    _serial = itertools.count()
    _exiting = False        # set once the exit run is over
    _hooked = False         # whether the exit run is registered
    _changed = False        # finalizers added since the exit run looked

    def __init__(self, obj, func, /, *args, **kwargs):
        entry = _Pending()
        entry.weakref = ref(obj, self)
        entry.func, entry.args, entry.kwargs = func, args, kwargs or None
        entry.atexit = True
        entry.index = next(finalize._serial)
        finalize._registry[self] = entry
        finalize._changed = True
        if not finalize._hooked:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._hooked = True

    def __call__(self, _=None):
        """Call the function now if it has not run and is not detached;
        return its result."""
        entry = finalize._registry.pop(self, None)
        if entry is not None and not finalize._exiting:
            args, kwargs = entry.call_args()
            return entry.func(*args, **kwargs)

    def detach(self):
        """Cancel the call; give (obj, func, args, kwargs) when it was
        still due, else None."""
        entry = finalize._registry.get(self)
        found = entry and entry.snapshot()
        if found and finalize._registry.pop(self, None):
            return found

    def peek(self):
        """(obj, func, args, kwargs) while the call is due, else None."""
        entry = finalize._registry.get(self)
        return entry.snapshot() if entry else None

    @property
    def alive(self):
        """True until the call has run or been detached."""
        return self in finalize._registry

    @property
    def atexit(self):
        """Whether a call still due at exit runs then."""
        entry = finalize._registry.get(self)
        return entry is not None and entry.atexit

    @atexit.setter
    def atexit(self, value):
        entry = finalize._registry.get(self)
        if entry is not None:
            entry.atexit = bool(value)

    def __repr__(self):
        entry = finalize._registry.get(self)
        obj = entry.weakref() if entry else None
        here = "<%s object at %#x" % (type(self).__name__, id(self))
        if obj is None:
            return here + "; dead>"
        return here + "; for %r at %#x>" % (type(obj).__name__, id(obj))

    @classmethod
    def _due_at_exit(cls):
        # The finalizers to run at exit, oldest first (run from the end).
        chosen = [(e.index, f) for f, e in cls._registry.items() if e.atexit]
        chosen.sort(key=lambda pair: pair[0])
        return [f for _, f in chosen]

    @classmethod
    def _exitfunc(cls):
        # Runs at interpreter exit.  Finalizers may make new ones, so the
        # queue is rebuilt whenever one was added; an exception is reported
        # and the run goes on.  Afterwards no finalizer calls anything.
        try:
            queue = []
            cls._changed = True
            while cls._registry:
                if cls._changed:
                    queue = cls._due_at_exit()
                    cls._changed = False
                if not queue:
                    break
                fin = queue.pop()
                try:
                    fin()
                except Exception:
                    sys.excepthook(*sys.exc_info())
        finally:
            cls._exiting = True
