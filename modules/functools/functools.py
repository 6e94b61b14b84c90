"""gilpy's functools: the Python half of the module.

The hot pieces (partial, reduce, cmp_to_key and the lru cache object)
live in Go as _functools; this file builds the decorators around them.
"""

# Public API, in the order the reference implementation exports it.
__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

from _functools import _lru_cache_wrapper, cmp_to_key, partial, reduce
from abc import get_cache_token
from collections import namedtuple
from types import GenericAlias, MappingProxyType as _MappingProxy

try:
    from _thread import RLock as _new_lock
except ImportError:
    # A build without threads never races on a cached_property.
    _new_lock = None


# ===== wrappers ==========================================================

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)

_MISSING = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Give wrapper the identity of wrapped and return it.

    Attributes named in `assigned` are copied when wrapped has them;
    the mappings named in `updated` are merged into wrapper's own; and
    wrapper.__wrapped__ points back at wrapped."""
    for name in assigned:
        value = getattr(wrapped, name, _MISSING)
        if value is not _MISSING:
            setattr(wrapper, name, value)
    for name in updated:
        target = getattr(wrapper, name)
        target.update(getattr(wrapped, name, {}))
    # Done after the merge above: wrapped's own __wrapped__ (if its
    # __dict__ had one) must not replace the link to wrapped itself.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """@wraps(f) on a wrapper does update_wrapper(wrapper, f, ...)."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


# ===== total_ordering ====================================================
#
# For a base comparison B, every other comparison is one of:
#   the complement of B (< vs >=, <= vs >):         not B
#   the mirror of a strict B (< vs >):              not B and !=
#   the non-strict twin of a strict B (< vs <=):    B or ==
#   the mirror of a non-strict B (<= vs >=):        not B or ==
#   the strict twin of a non-strict B (<= vs <):    B and !=
# NotImplemented from B is passed on unchanged.

_STRICT = {'__lt__': True, '__gt__': True, '__le__': False, '__ge__': False}
_SAME_SIDE = {'__lt__': '<', '__le__': '<', '__gt__': '>', '__ge__': '>'}


def _derive(base, target):
    complement = (_STRICT[base] != _STRICT[target]
                  and _SAME_SIDE[base] != _SAME_SIDE[target])
    if complement:
        def derived(self, other):
            r = getattr(type(self), base)(self, other)
            if r is NotImplemented:
                return r
            return not r
    elif _STRICT[base] and _SAME_SIDE[base] != _SAME_SIDE[target]:
        def derived(self, other):
            r = getattr(type(self), base)(self, other)
            if r is NotImplemented:
                return r
            return not r and self != other
    elif _STRICT[base]:
        def derived(self, other):
            r = getattr(type(self), base)(self, other)
            if r is NotImplemented:
                return r
            return r or self == other
    elif _SAME_SIDE[base] != _SAME_SIDE[target]:
        def derived(self, other):
            r = getattr(type(self), base)(self, other)
            if r is NotImplemented:
                return r
            return not r or self == other
    else:
        def derived(self, other):
            r = getattr(type(self), base)(self, other)
            if r is NotImplemented:
                return r
            return r and self != other
    derived.__name__ = target
    derived.__qualname__ = '_%s_from_%s' % (target.strip('_'), base.strip('_'))
    return derived


def total_ordering(cls):
    """Class decorator filling in the rich comparisons cls lacks from
    the one (plus __eq__) it defines."""
    own = [name for name in _STRICT
           if getattr(cls, name, None) is not getattr(object, name, None)]
    if not own:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    # Several defined: the base is picked by name, __lt__ winning, then
    # __le__, __gt__, __ge__ (the order of the names as strings).
    base = sorted(own)[-1]
    for name in _STRICT:
        if name not in own:
            setattr(cls, name, _derive(base, name))
    return cls


# ===== caches ============================================================

_CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])


class _HashedSeq(list):
    # A call's key as a list whose hash is computed only once.
    __slots__ = 'hashvalue'

    def __init__(self, items):
        super().__init__(items)
        self.hashvalue = hash(tuple(items))

    def __hash__(self):
        return self.hashvalue


_KW_SEPARATOR = (object(),)


def _make_key(args, kwds, typed):
    """Key for a cached call (the Go cache builds its own; this one is
    kept for Python callers): positional arguments, a separator, the
    keyword pairs, then with `typed` the type of every value."""
    parts = list(args)
    if kwds:
        parts.extend(_KW_SEPARATOR)
        for pair in kwds.items():
            parts.extend(pair)
    if typed:
        parts.extend(type(a) for a in args)
        parts.extend(type(v) for v in kwds.values())
    elif len(parts) == 1 and type(parts[0]) in (int, str):
        # One int or str is its own key: cheap to hash and compare.
        return parts[0]
    return _HashedSeq(parts)


def _cached(func, maxsize, typed):
    wrapper = _lru_cache_wrapper(func, maxsize, typed, _CacheInfo)
    params = {'maxsize': maxsize, 'typed': typed}
    wrapper.cache_parameters = lambda: dict(params)
    return update_wrapper(wrapper, func)


def lru_cache(maxsize=128, typed=False):
    """Cache a function's results by its (hashable) arguments.

    At most maxsize results are kept, least recently used dropped first;
    maxsize=None keeps all. typed=True keys arguments of different types
    apart. The result has cache_info(), cache_clear(),
    cache_parameters() and __wrapped__. @lru_cache without a call uses
    the defaults."""
    if isinstance(maxsize, int):
        return lambda func: _cached(func, max(maxsize, 0), typed)
    if maxsize is None:
        return lambda func: _cached(func, None, typed)
    if callable(maxsize) and isinstance(typed, bool):
        return _cached(maxsize, 128, typed)
    raise TypeError(
        'Expected first argument to be an integer, a callable, or None')


def cache(user_function, /):
    """lru_cache(maxsize=None) applied to user_function."""
    return _cached(user_function, None, False)


# ===== partialmethod =====================================================

def _unwrap_partial(func):
    # The callable at the bottom of a stack of partials (inspect uses it).
    while isinstance(func, partial):
        func = func.func
    return func


class partialmethod(object):
    """partial for methods: a descriptor whose binding passes the stored
    arguments right after self (or cls)."""

    def __init__(self, func, /, *args, **keywords):
        if not (callable(func) or hasattr(func, "__get__")):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        if isinstance(func, partialmethod):
            # Collapse the layers so one call does the whole job.
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __repr__(self):
        shown_args = ", ".join(repr(a) for a in self.args)
        shown_kw = ", ".join(f"{k}={v!r}" for k, v in self.keywords.items())
        kind = type(self)
        return (f"{kind.__module__}.{kind.__qualname__}"
                f"({self.func}, {shown_args}, {shown_kw})")

    def _as_function(self):
        # A plain function doing the call, so the normal function binding
        # supplies self.
        stored = self

        def _method(cls_or_self, /, *args, **keywords):
            merged = {**stored.keywords, **keywords}
            return stored.func(cls_or_self, *stored.args, *args, **merged)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, "__get__", None)
        if binder is not None:
            bound = binder(obj, cls)
            if bound is not self.func:
                # The wrapped descriptor bound itself (method, classmethod,
                # staticmethod...): apply our arguments to what it gave.
                result = partial(bound, *self.args, **self.keywords)
                owner = getattr(bound, '__self__', _MISSING)
                if owner is not _MISSING:
                    result.__self__ = owner
                return result
        return self._as_function().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)

    __class_getitem__ = classmethod(GenericAlias)


# ===== singledispatch ====================================================
#
# A class is dispatched to the implementation of the first registered
# class along its method resolution order. Registered abstract base
# classes that the class satisfies without inheriting from them (through
# ABC.register or __subclasshook__) are spliced into that order at the
# place the C3 linearization would give them had the class listed them as
# bases.

def _linearize(seqs):
    # C3 merge: repeatedly take the first head that is in no tail. The
    # lists in seqs are consumed.
    seqs = [s for s in seqs if s]
    out = []
    while seqs:
        for seq in seqs:
            head = seq[0]
            if not any(head in other[1:] for other in seqs):
                break
        else:
            raise RuntimeError("Inconsistent hierarchy")
        out.append(head)
        for seq in seqs:
            if seq[0] == head:
                seq.pop(0)
        seqs = [s for s in seqs if s]
    return out


def _c3_mro(cls, abcs=None):
    """cls's resolution order with the classes of abcs (ABCs cls is a
    virtual subclass of) placed as extra bases."""
    bases = list(cls.__bases__)
    # Bases up to and including the last abstract one keep their place
    # before any virtual base; the others follow.
    split = 0
    for index, base in enumerate(bases):
        if hasattr(base, '__abstractmethods__'):
            split = index + 1
    leading, trailing = bases[:split], bases[split:]
    pending = list(abcs or ())
    # Virtual bases cls brings in itself: no real base already explains
    # them. The rest stay pending for the bases' own orders.
    virtual = []
    for candidate in list(pending):
        if issubclass(cls, candidate) and not any(
                issubclass(b, candidate) for b in bases):
            virtual.append(candidate)
            pending.remove(candidate)
    groups = leading + virtual + trailing
    return _linearize([[cls]]
                      + [_c3_mro(g, abcs=pending) for g in groups]
                      + [leading, virtual, trailing])


def _compose_mro(cls, types):
    """cls's resolution order, extended with those of `types` that are
    ABCs cls implements virtually."""
    real = set(cls.__mro__)
    virtual = [t for t in types
               if t not in real and hasattr(t, '__mro__')
               and not isinstance(t, GenericAlias) and issubclass(cls, t)]
    # Keep only the most derived ones; their bases come along with them.
    virtual = [t for t in virtual
               if not any(t != u and t in u.__mro__ for u in virtual)]
    wanted = set(virtual)
    placed = []
    for abc_cls in virtual:
        # Unregistered subclasses of abc_cls that cls also satisfies tell
        # in which order the registered ABCs sit; longer chains first.
        chains = [[k for k in sub.__mro__ if k in wanted]
                  for sub in abc_cls.__subclasses__()
                  if sub not in real and issubclass(cls, sub)]
        if not chains:
            placed.append(abc_cls)
            continue
        chains.sort(key=len, reverse=True)
        for chain in chains:
            placed.extend(k for k in chain if k not in placed)
    return _c3_mro(cls, abcs=placed)


def _find_impl(cls, registry):
    """The implementation registry gives for cls, searching its extended
    resolution order; two virtual bases equally close are an error."""
    order = _compose_mro(cls, registry.keys())
    hits = [i for i, k in enumerate(order) if k in registry]
    if not hits:
        return None
    pos = hits[0]
    best = order[pos]
    if pos + 1 < len(order):
        runner_up = order[pos + 1]
        unrelated = (runner_up in registry
                     and best not in cls.__mro__
                     and runner_up not in cls.__mro__
                     and not issubclass(best, runner_up))
        if unrelated:
            raise RuntimeError(f"Ambiguous dispatch: {best} or {runner_up}")
    return registry[best]


_UnionType = type(int | str)


def _union_members(hint):
    """The classes of a typing.Union or X | Y, or None if hint is not a
    union."""
    from typing import Union, get_args, get_origin
    if get_origin(hint) in (Union, _UnionType):
        return get_args(hint)
    return None


def _dispatchable(hint):
    if isinstance(hint, type):
        return True
    members = _union_members(hint)
    return members is not None and all(isinstance(m, type) for m in members)


def _annotated_class(func):
    # @register without a class: the class is the annotation of func's
    # first annotated parameter.
    if not getattr(func, '__annotations__', {}):
        raise TypeError(
            f"Invalid first argument to `register()`: {func!r}. "
            f"Use either `@register(some_class)` or plain `@register` "
            f"on an annotated function."
        )
    from typing import get_type_hints
    param, hint = next(iter(get_type_hints(func).items()))
    if not _dispatchable(hint):
        if _union_members(hint) is not None:
            problem = "not all arguments are classes"
        else:
            problem = "is not a class"
        raise TypeError(f"Invalid annotation for {param!r}. {hint!r} {problem}.")
    return hint


class _Dispatcher:
    # The state of one generic function: what is registered, and a cache
    # from argument class to implementation. The cache is dropped when a
    # registration changes, or when an ABC gains a virtual subclass (the
    # abc cache token moves) once an ABC has been registered.

    def __init__(self, default):
        self.registry = {object: default}
        self.memo = {}
        self.token = None

    def lookup(self, cls):
        if self.token is not None:
            now = get_cache_token()
            if now != self.token:
                self.memo.clear()
                self.token = now
        impl = self.memo.get(cls, _MISSING)
        if impl is _MISSING:
            impl = self.registry.get(cls, _MISSING)
            if impl is _MISSING:
                impl = _find_impl(cls, self.registry)
            self.memo[cls] = impl
        return impl

    def add(self, cls, func=None):
        if not _dispatchable(cls):
            if func is not None:
                raise TypeError(
                    f"Invalid first argument to `register()`. "
                    f"{cls!r} is not a class or union type."
                )
            func, cls = cls, _annotated_class(cls)
        elif func is None:
            return lambda f: self.add(cls, f)
        members = _union_members(cls)
        for key in (members if members is not None else (cls,)):
            self.registry[key] = func
        if self.token is None and hasattr(cls, '__abstractmethods__'):
            self.token = get_cache_token()
        self.memo.clear()
        return func


def singledispatch(func):
    """Make func a generic function of its first argument's type.

    func serves any type without an implementation of its own; add
    implementations with the result's register(): @f.register(cls),
    f.register(cls, impl), or plain @f.register on a function whose
    first parameter is annotated with a class or a union of classes."""
    state = _Dispatcher(func)
    name = getattr(func, '__name__', 'singledispatch function')

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{name} requires at least 1 positional argument')
        return state.lookup(args[0].__class__)(*args, **kw)

    def register(cls, func=None):
        """Add func as the implementation for cls (a class or a union of
        classes); without func, a decorator, or cls may be the annotated
        function itself."""
        return state.add(cls, func)

    def dispatch(cls):
        """The implementation chosen for arguments of class cls."""
        return state.lookup(cls)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = _MappingProxy(state.registry)
    wrapper._clear_cache = state.memo.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: the type of the argument after self
    (or cls) picks the implementation."""

    def __init__(self, func):
        if not (callable(func) or hasattr(func, "__get__")):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Add method for cls, as singledispatch's register() does."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        select = self.dispatcher.dispatch

        def _method(*args, **kwargs):
            impl = select(args[0].__class__)
            return impl.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        return update_wrapper(_method, self.func)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# ===== cached_property ===================================================

class cached_property:
    """A read-once attribute: the first access on an instance runs the
    function and stores its result in the instance __dict__ under the
    attribute's name, which then shadows this (non-data) descriptor."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.lock = _new_lock() if _new_lock is not None else None

    def __set_name__(self, owner, name):
        if self.attrname is not None and self.attrname != name:
            raise TypeError(
                "Cannot assign the same cached_property to two different "
                f"names ({self.attrname!r} and {name!r})."
            )
        self.attrname = name

    def _storage(self, instance):
        if self.attrname is None:
            raise TypeError("Cannot use cached_property instance without "
                            "calling __set_name__ on it.")
        try:
            return instance.__dict__
        except AttributeError:
            pass
        raise TypeError(
            f"No '__dict__' attribute on {type(instance).__name__!r} "
            f"instance to cache {self.attrname!r} property.")

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        store = self._storage(instance)
        value = store.get(self.attrname, _MISSING)
        if value is not _MISSING:
            return value
        if self.lock is None:
            return self._compute(instance, store)
        with self.lock:
            # Re-check: a thread that held the lock may have stored it.
            value = store.get(self.attrname, _MISSING)
            if value is _MISSING:
                value = self._compute(instance, store)
            return value

    def _compute(self, instance, store):
        value = self.func(instance)
        try:
            store[self.attrname] = value
        except TypeError:
            pass
        else:
            return value
        raise TypeError(
            f"The '__dict__' attribute on {type(instance).__name__!r} "
            f"instance does not support item assignment for caching "
            f"{self.attrname!r} property.")

    __class_getitem__ = classmethod(GenericAlias)
