"""Abstract base classes (PEP 3119): ABCMeta, ABC and the abstract
method decorators."""

from _gilpy_stdlib import get_collection_flags as _get_collection_flags
from _gilpy_stdlib import set_collection_flags as _set_collection_flags


def abstractmethod(funcobj):
    """Mark a method abstract: a class whose metaclass is ABCMeta (or
    derives from it) cannot be instantiated while it has abstract methods
    that no subclass overrode. Apply it innermost with other descriptors:
    @property over @abstractmethod, @classmethod over @abstractmethod.
    """
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """A classmethod that is also abstract (use classmethod over
    abstractmethod instead)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """A staticmethod that is also abstract (use staticmethod over
    abstractmethod instead)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """A property that is also abstract (use property over
    abstractmethod instead)."""

    __isabstractmethod__ = True


# Bumped by every register() call, so that the negative caches of all
# ABCs know they may be stale.
_invalidation_counter = 0


def get_cache_token():
    """The current ABC cache token: it changes whenever any ABC's
    registry changes, so a cache of isinstance() answers can be checked
    for staleness against it."""
    return _invalidation_counter


class _abc_data:
    """Per-ABC registry and isinstance/issubclass caches."""

    __slots__ = ('registry', 'cache', 'negative_cache', 'negative_version')

    def __init__(self):
        # Sets of classes; classes hash by identity.
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()
        self.negative_version = _invalidation_counter


def _compute_abstracts(cls, namespace, bases):
    abstracts = {name for name, value in namespace.items()
                 if getattr(value, "__isabstractmethod__", False)}
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """The metaclass of abstract base classes (ABCs).

    A class made with this metaclass can have abstract methods and
    properties, and can be given "virtual subclasses" with register():
    unrelated classes (even builtin ones) that issubclass() and
    isinstance() then recognise, without the ABC appearing in their MRO
    or its methods becoming callable through them.
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace, bases)
        cls._abc_impl = _abc_data()
        flags = cls.__dict__.get('__abc_tpflags__')
        if flags is not None:
            _set_collection_flags(cls, flags)
            delattr(cls, '__abc_tpflags__')
        return cls

    def register(cls, subclass):
        """Make subclass count as a subclass of this ABC; return it, so that
        register can be used as a class decorator."""
        global _invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        # Registering a superclass would make the subclass checks below
        # loop; registering cls itself was accepted just above.
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.add(subclass)
        _invalidation_counter += 1
        flags = _get_collection_flags(cls)
        if flags:
            _set_collection_flags(subclass, flags)
        return subclass

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls)."""
        subclass = instance.__class__
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (impl.negative_version == _invalidation_counter and
                    subclass in impl.negative_cache):
                return False
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        if impl.negative_version < _invalidation_counter:
            impl.negative_cache = set()
            impl.negative_version = _invalidation_counter
        elif subclass in impl.negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if not isinstance(ok, bool):
                raise AssertionError("__subclasshook__ must return either False, True, or NotImplemented")
            if ok:
                impl.cache.add(subclass)
            else:
                impl.negative_cache.add(subclass)
            return ok
        # A real subclass.
        if cls in getattr(subclass, '__mro__', ()):
            impl.cache.add(subclass)
            return True
        # A subclass of a registered class.
        for rcls in impl.registry:
            if issubclass(subclass, rcls):
                impl.cache.add(subclass)
                return True
        # A subclass of a subclass.
        for scls in cls.__subclasses__():
            if issubclass(subclass, scls):
                impl.cache.add(subclass)
                return True
        impl.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Print the registry and caches of the ABC (for debugging)."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        impl = cls._abc_impl
        print(f"_abc_registry: {impl.registry!r}", file=file)
        print(f"_abc_cache: {impl.cache!r}", file=file)
        print(f"_abc_negative_cache: {impl.negative_cache!r}", file=file)
        print(f"_abc_negative_cache_version: {impl.negative_version!r}", file=file)

    def _abc_registry_clear(cls):
        """Forget the registered virtual subclasses (for tests)."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Forget the cached subclass-check answers (for tests)."""
        impl = cls._abc_impl
        impl.cache.clear()
        impl.negative_cache.clear()


def update_abstractmethods(cls):
    """Recompute the abstract methods of an abstract class, after methods
    were added to it or removed from it after its creation; classes that
    are not abstract are returned unchanged. Return cls, so that this can
    be used as a decorator."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls

    def abstract(value):
        return bool(getattr(value, '__isabstractmethod__', False))

    # The names the class defines abstract, and those its bases declare
    # abstract that still resolve to something abstract on the class.
    inherited = {n for base in cls.__bases__ for n in getattr(base, '__abstractmethods__', ())}
    own = {n for n, v in vars(cls).items() if abstract(v)}
    cls.__abstractmethods__ = frozenset(own | {n for n in inherited if abstract(getattr(cls, n, None))})
    return cls


class ABC(metaclass=ABCMeta):
    """A base class whose metaclass is ABCMeta: deriving from it makes an
    abstract base class."""
    __slots__ = ()
