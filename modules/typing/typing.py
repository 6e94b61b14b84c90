"""Support for type hints (PEP 484 and its successors): the special forms
(Any, Union, Optional, Callable, Literal...), type variables, generic
classes, protocols, NamedTuple and TypedDict, and the runtime helpers
(cast, get_type_hints, get_origin, get_args, overload...)."""

from abc import abstractmethod, ABCMeta
import collections
from collections import defaultdict
import collections.abc
import contextlib
import functools
import operator
import sys
import types
from types import WrapperDescriptorType, MethodWrapperType, MethodDescriptorType, GenericAlias

try:
    import re as stdlib_re
except ImportError:
    # gilpy has no re module yet: typing.Pattern and typing.Match are then
    # missing.
    stdlib_re = None

__all__ = [
    'Annotated',
    'Any',
    'Callable',
    'ClassVar',
    'Concatenate',
    'Final',
    'ForwardRef',
    'Generic',
    'Literal',
    'Optional',
    'ParamSpec',
    'Protocol',
    'Tuple',
    'Type',
    'TypeVar',
    'TypeVarTuple',
    'Union',

    'AbstractSet',
    'ByteString',
    'Container',
    'ContextManager',
    'Hashable',
    'ItemsView',
    'Iterable',
    'Iterator',
    'KeysView',
    'Mapping',
    'MappingView',
    'MutableMapping',
    'MutableSequence',
    'MutableSet',
    'Sequence',
    'Sized',
    'ValuesView',
    'Awaitable',
    'AsyncIterator',
    'AsyncIterable',
    'Coroutine',
    'Collection',
    'AsyncGenerator',
    'AsyncContextManager',

    'Reversible',
    'SupportsAbs',
    'SupportsBytes',
    'SupportsComplex',
    'SupportsFloat',
    'SupportsIndex',
    'SupportsInt',
    'SupportsRound',

    'ChainMap',
    'Counter',
    'Deque',
    'Dict',
    'DefaultDict',
    'List',
    'OrderedDict',
    'Set',
    'FrozenSet',
    'NamedTuple',
    'TypedDict',
    'Generator',

    'BinaryIO',
    'IO',
    'Match',
    'Pattern',
    'TextIO',

    'AnyStr',
    'assert_type',
    'assert_never',
    'cast',
    'clear_overloads',
    'dataclass_transform',
    'final',
    'get_args',
    'get_origin',
    'get_overloads',
    'get_type_hints',
    'is_typeddict',
    'LiteralString',
    'Never',
    'NewType',
    'no_type_check',
    'no_type_check_decorator',
    'NoReturn',
    'NotRequired',
    'overload',
    'ParamSpecArgs',
    'ParamSpecKwargs',
    'Required',
    'reveal_type',
    'runtime_checkable',
    'Self',
    'Text',
    'TYPE_CHECKING',
    'TypeAlias',
    'TypeGuard',
    'Unpack',
]

# ---------------------------------------------------------------------------
# Helpers


def _type_convert(arg, module=None, *, allow_special_forms=False):
    # None stands for its type, and a string for a forward reference.
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg, module=module, is_class=allow_special_forms)
    return arg


def _type_check(arg, msg, is_argument=True, module=None, *, allow_special_forms=False):
    """Check that arg can stand as a type in an annotation, converting None
    and strings; msg starts the error message when it cannot. Plain
    special forms (Union, Callable without arguments...), and ClassVar and
    Final where they are not allowed, are refused."""
    invalid_generic_forms = (Generic, Protocol)
    if not allow_special_forms:
        invalid_generic_forms += (ClassVar,)
        if is_argument:
            invalid_generic_forms += (Final,)

    arg = _type_convert(arg, module=module, allow_special_forms=allow_special_forms)
    if (isinstance(arg, _GenericAlias) and
            arg.__origin__ in invalid_generic_forms):
        raise TypeError(f"{arg} is not valid as type argument")
    if arg in (Any, LiteralString, NoReturn, Never, Self, TypeAlias):
        return arg
    if allow_special_forms and arg in (ClassVar, Final):
        return arg
    if isinstance(arg, _SpecialForm) or arg in (Generic, Protocol):
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _is_param_expr(arg):
    # What can stand for a Callable's whole parameter list.
    return arg is ... or isinstance(arg, (tuple, list, ParamSpec, _ConcatenateGenericAlias))


def _should_unflatten_callable_args(typ, args):
    # collections.abc.Callable[[int], str] keeps its argument types in a
    # flat tuple; get_args and substitution give them back as a list.
    return (typ.__origin__ is collections.abc.Callable
            and not (len(args) == 2 and _is_param_expr(args[0])))


def _type_repr(obj):
    """How a type shows inside the repr of a generic alias: classes by
    their qualified name (builtins without module), ... as ..., functions
    by name, anything else by repr()."""
    if isinstance(obj, types.GenericAlias):
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    return repr(obj)


def _collect_parameters(args):
    """The type variables of args, in order of first appearance, also
    those of the generic aliases among them."""
    parameters = []
    for t in args:
        if isinstance(t, type):
            continue
        if hasattr(t, '__typing_subst__'):
            if t not in parameters:
                parameters.append(t)
        else:
            for x in getattr(t, '__parameters__', ()):
                if x not in parameters:
                    parameters.append(x)
    return tuple(parameters)


def _check_generic(cls, parameters, elen):
    """Check the number of parameters a generic class was given."""
    if not elen:
        raise TypeError(f"{cls} is not a generic class")
    alen = len(parameters)
    if alen != elen:
        raise TypeError(f"Too {'many' if alen > elen else 'few'} arguments for {cls};"
                        f" actual {alen}, expected {elen}")


def _unpack_args(args):
    newargs = []
    for arg in args:
        subargs = getattr(arg, '__typing_unpacked_tuple_args__', None)
        if subargs is not None and not (subargs and subargs[-1] is ...):
            newargs.extend(subargs)
        else:
            newargs.append(arg)
    return newargs


def _deduplicate(params):
    # Keep the first of equal parameters, in order.
    all_params = set(params) if all(_hashable(p) for p in params) else None
    if all_params is not None and len(all_params) == len(params):
        return params
    new_params = []
    for t in params:
        if t not in new_params:
            new_params.append(t)
    return new_params


def _hashable(x):
    try:
        hash(x)
    except TypeError:
        return False
    return True


def _remove_dups_flatten(parameters):
    """The members of a Union: nested unions (typing's and X | Y) are
    flattened and repeats removed."""
    params = []
    for p in parameters:
        if isinstance(p, (_UnionGenericAlias, types.UnionType)):
            params.extend(p.__args__)
        else:
            params.append(p)
    return tuple(_deduplicate(params))


def _flatten_literal_params(parameters):
    """The values of a Literal, nested Literals flattened."""
    params = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            params.extend(p.__args__)
        else:
            params.append(p)
    return tuple(params)


_cleanups = []


def _tp_cache(func=None, /, *, typed=False):
    """Cache the results of the subscription functions (List[int] is built
    once); arguments that cannot be hashed go uncached."""
    def decorator(func):
        cached = functools.lru_cache(typed=typed)(func)
        _cleanups.append(cached.cache_clear)

        @functools.wraps(func)
        def inner(*args, **kwds):
            try:
                return cached(*args, **kwds)
            except TypeError:
                pass  # unhashable arguments
            return func(*args, **kwds)
        return inner

    if func is not None:
        return decorator(func)
    return decorator


def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    """Evaluate the forward references in t, recursively inside generic
    aliases and unions."""
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    if isinstance(t, (_GenericAlias, GenericAlias, types.UnionType)):
        if isinstance(t, GenericAlias):
            args = tuple(
                ForwardRef(arg) if isinstance(arg, str) else arg
                for arg in t.__args__
            )
            is_unpacked = t.__unpacked__
            if _should_unflatten_callable_args(t, args):
                t = t.__origin__[(args[:-1], args[-1])]
            else:
                t = t.__origin__[args]
            if is_unpacked:
                t = Unpack[t]
        ev_args = tuple(_eval_type(a, globalns, localns, recursive_guard) for a in t.__args__)
        if ev_args == t.__args__:
            return t
        if isinstance(t, GenericAlias):
            return GenericAlias(t.__origin__, ev_args)
        if isinstance(t, types.UnionType):
            return functools.reduce(operator.or_, ev_args)
        else:
            return t.copy_with(ev_args)
    return t


class _Final:
    """A mixin forbidding subclasses, except those passing _root=True."""

    __slots__ = ('__weakref__',)

    def __init_subclass__(cls, /, *args, **kwds):
        if '_root' not in kwds:
            raise TypeError("Cannot subclass special typing classes")


class _Immutable:
    """A mixin making copies and deep copies the object itself."""

    __slots__ = ()

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class _NotIterable:
    """A mixin making instances not iterable (their __getitem__ is for
    subscription)."""

    __slots__ = ()
    __iter__ = None


# ---------------------------------------------------------------------------
# Special forms


class _SpecialForm(_Final, _NotIterable, _root=True):
    __slots__ = ('_name', '__doc__', '_getitem')

    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item in {'__name__', '__qualname__'}:
            return self._name
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    @_tp_cache
    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


class _LiteralSpecialForm(_SpecialForm, _root=True):
    def __getitem__(self, parameters):
        if not isinstance(parameters, tuple):
            parameters = (parameters,)
        return self._getitem(self, *parameters)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type: every type is
    compatible with Any, and Any with every type. Subclassing Any makes a
    class that type checkers treat as compatible with everything."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls, *args, **kwargs)


@_SpecialForm
def NoReturn(self, parameters):
    """The return type of functions that never return (they always
    raise)."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def Never(self, parameters):
    """The bottom type, which has no values."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def Self(self, parameters):
    """The type of the current class's instances, in a method's
    annotations."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def LiteralString(self, parameters):
    """The type of strings made only of literal strings."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def ClassVar(self, parameters):
    """Marks a class attribute annotation as a class variable, not an
    instance attribute: ClassVar[int]."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def Final(self, parameters):
    """Marks a name that must not be reassigned or overridden: Final[int]."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def Union(self, parameters):
    """Union[X, Y] is X or Y. Unions of unions are flattened, repeats and
    the order of first appearance kept once, a union of one type is the
    type, and Union[X, None] is Optional[X]."""
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = "Union[arg, ...]: each arg must be a type."
    parameters = tuple(_type_check(p, msg) for p in parameters)
    parameters = _remove_dups_flatten(parameters)
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and type(None) in parameters:
        return _UnionGenericAlias(self, parameters, name="Optional")
    return _UnionGenericAlias(self, parameters)


@_SpecialForm
def Optional(self, parameters):
    """Optional[X] is Union[X, None]."""
    arg = _type_check(parameters, f"{self} requires a single type.")
    return Union[arg, type(None)]


@_LiteralSpecialForm
@_tp_cache(typed=True)
def Literal(self, *parameters):
    """Literal[v, ...]: exactly one of the given values (ints, strs,
    bytes, bools, enum members, None)."""
    parameters = _flatten_literal_params(parameters)
    try:
        parameters = tuple(p for p, _ in _deduplicate(list(_value_and_type_iter(parameters))))
    except TypeError:  # unhashable parameters
        pass
    return _LiteralGenericAlias(self, parameters)


@_SpecialForm
def TypeAlias(self, parameters):
    """Marks an assignment as a type alias: Alias: TypeAlias = int."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def Concatenate(self, parameters):
    """Concatenate[X, P]: a parameter list of X followed by those of the
    ParamSpec P, in Callable."""
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if not (parameters[-1] is ... or isinstance(parameters[-1], ParamSpec)):
        raise TypeError("The last parameter to Concatenate should be a "
                        "ParamSpec variable or ellipsis.")
    msg = "Concatenate[arg, ...]: each arg must be a type."
    parameters = (*(_type_check(p, msg) for p in parameters[:-1]), parameters[-1])
    return _ConcatenateGenericAlias(self, parameters, _paramspec_tvars=True)


@_SpecialForm
def TypeGuard(self, parameters):
    """TypeGuard[X]: the return type of a function telling whether its
    argument is an X."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


# ---------------------------------------------------------------------------
# ForwardRef


class ForwardRef(_Final, _root=True):
    """A type annotation given as a string, evaluated later."""

    __slots__ = ('__forward_arg__', '__forward_code__',
                 '__forward_evaluated__', '__forward_value__',
                 '__forward_is_argument__', '__forward_is_class__',
                 '__forward_module__')

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        # A leading * (an unpacked TypeVarTuple) is compiled as Unpack.
        if arg[0] == '*':
            arg_to_compile = f'({arg},)[0]'
        else:
            arg_to_compile = arg
        try:
            code = compile(arg_to_compile, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}")

        self.__forward_arg__ = arg
        self.__forward_code__ = code
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard):
        if self.__forward_arg__ in recursive_guard:
            return self
        if not self.__forward_evaluated__ or localns is not globalns:
            if globalns is None and localns is None:
                globalns = localns = {}
            elif globalns is None:
                globalns = localns
            elif localns is None:
                localns = globalns
            if self.__forward_module__ is not None:
                globalns = getattr(
                    sys.modules.get(self.__forward_module__, None), '__dict__', globalns
                )
            type_ = _type_check(
                eval(self.__forward_code__, globalns, localns),
                "Forward references must evaluate to types.",
                is_argument=self.__forward_is_argument__,
                allow_special_forms=self.__forward_is_class__,
            )
            self.__forward_value__ = _eval_type(
                type_, globalns, localns, recursive_guard | {self.__forward_arg__}
            )
            self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            return (self.__forward_arg__ == other.__forward_arg__ and
                    self.__forward_value__ == other.__forward_value__)
        return (self.__forward_arg__ == other.__forward_arg__ and
                self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        if self.__forward_module__ is None:
            module_repr = ''
        else:
            module_repr = f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{module_repr})'


# ---------------------------------------------------------------------------
# Type variables


def _is_unpacked_typevartuple(x):
    return ((not isinstance(x, type)) and
            getattr(x, '__typing_is_unpacked_typevartuple__', False))


def _is_typevar_like(x):
    return isinstance(x, (TypeVar, ParamSpec)) or _is_unpacked_typevartuple(x)


class _PickleUsingNameMixin:
    """Pickle an object (a type variable) by its name in its module."""

    def __reduce__(self):
        return self.__name__


class _BoundVarianceMixin:
    """What TypeVar and ParamSpec share: bound, variance, | and repr."""

    def __init__(self, bound, covariant, contravariant):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if bound:
            self.__bound__ = _type_check(bound, "Bound must be a type.")
        else:
            self.__bound__ = None

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__


def _caller_module(depth=1, default='__main__'):
    # The module a type variable is made in (its __module__, so that it
    # pickles by name).
    try:
        return sys._getframe(depth + 1).f_globals.get('__name__', default)
    except (AttributeError, ValueError):
        return None


class TypeVar(_Final, _Immutable, _BoundVarianceMixin, _PickleUsingNameMixin,
              _root=True):
    """A type variable: T = TypeVar('T'), optionally with constraints
    (TypeVar('A', str, bytes)), a bound (bound=int) and variance
    (covariant=True, contravariant=True). Generic classes and functions
    are written in terms of type variables."""

    def __init__(self, name, *constraints, bound=None,
                 covariant=False, contravariant=False):
        self.__name__ = name
        super().__init__(bound, covariant, contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if constraints and len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        msg = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        def_mod = _caller_module()
        if def_mod != 'typing':
            self.__module__ = def_mod

    def __typing_subst__(self, arg):
        msg = "Parameters to generic types must be types."
        arg = _type_check(arg, msg, is_argument=True)
        if ((isinstance(arg, _GenericAlias) and arg.__origin__ is Unpack) or
                (isinstance(arg, GenericAlias) and getattr(arg, '__unpacked__', False))):
            raise TypeError(f"{arg} is not valid as type argument")
        return arg


class TypeVarTuple(_Final, _Immutable, _PickleUsingNameMixin, _root=True):
    """A type variable standing for any number of types: Ts =
    TypeVarTuple('Ts'), used unpacked (*Ts, Unpack[Ts])."""

    def __init__(self, name):
        self.__name__ = name
        def_mod = _caller_module()
        if def_mod != 'typing':
            self.__module__ = def_mod

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__

    def __typing_subst__(self, arg):
        raise TypeError("Substitution of bare TypeVarTuple is not supported")

    def __typing_prepare_subst__(self, alias, args):
        # The arguments the TypeVarTuple stands for are gathered into a
        # tuple, between those of the parameters before and after it.
        params = alias.__parameters__
        index = params.index(self)
        for param in params[index + 1:]:
            if isinstance(param, TypeVarTuple):
                raise TypeError(f"More than one TypeVarTuple parameter in {alias}")
        before = index
        after = len(params) - index - 1
        if before + after > len(args):
            raise TypeError(f"Too few arguments for {alias};"
                            f" actual {len(args)}, expected at least {len(params)-1}")
        end = len(args) - after
        return (*args[:before], tuple(args[before:end]), *args[end:])


class ParamSpecArgs(_Final, _Immutable, _root=True):
    """The type of *args of a function with a ParamSpec P: P.args."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecArgs, self.__origin__))


class ParamSpecKwargs(_Final, _Immutable, _root=True):
    """The type of **kwargs of a function with a ParamSpec P: P.kwargs."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecKwargs, self.__origin__))


class ParamSpec(_Final, _Immutable, _BoundVarianceMixin, _PickleUsingNameMixin,
                _root=True):
    """A parameter specification variable: P = ParamSpec('P') stands for
    the whole parameter list of a callable (Callable[P, T]), with P.args
    and P.kwargs for *args and **kwargs."""

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        super().__init__(bound, covariant, contravariant)
        def_mod = _caller_module()
        if def_mod != 'typing':
            self.__module__ = def_mod

    def __typing_subst__(self, arg):
        if isinstance(arg, (list, tuple)):
            arg = tuple(_type_check(a, "Expected a type.") for a in arg)
        elif not _is_param_expr(arg):
            raise TypeError(f"Expected a list of types, an ellipsis, "
                            f"ParamSpec, or Concatenate. Got {arg}")
        return arg

    def __typing_prepare_subst__(self, alias, args):
        params = alias.__parameters__
        i = params.index(self)
        if i >= len(args):
            raise TypeError(f"Too few arguments for {alias}")
        # A generic with a single ParamSpec accepts its types unwrapped.
        if len(params) == 1 and not _is_param_expr(args[0]):
            assert i == 0
            args = (args,)
        elif isinstance(args[i], list):
            args = (*args[:i], tuple(args[i]), *args[i+1:])
        return args


def _is_dunder(attr):
    return attr.startswith('__') and attr.endswith('__')


# ---------------------------------------------------------------------------
# Generic aliases: List[int], Callable[[int], str], Union[...], user
# generics G[int]...


class _BaseGenericAlias(_Final, _root=True):
    """What the aliases share: calling makes an instance of the origin
    (remembering the alias in __orig_class__), subclassing subclasses the
    origin, other attributes are the origin's, and isinstance is refused.
    _name is set for the aliases typing defines (List...)."""

    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin
        self.__slots__ = None  # not a class with __slots__

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i+1:]:
            if isinstance(b, _BaseGenericAlias) or issubclass(b, Generic):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr in {'__origin__', '__args__'}:
            return super().__getattr__(attr)
        if attr in {'__name__', '__qualname__'}:
            return self._name or self.__origin__.__name__
        # Non-dunder attributes are the origin's (List.append...).
        if '__origin__' in self.__dict__ and not _is_dunder(attr):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __setattr__(self, attr, val):
        if _is_dunder(attr) or attr in {'_name', '_inst', '_nparams',
                                        '_paramspec_tvars', '_typevar_types'}:
            super().__setattr__(attr, val)
        else:
            setattr(self.__origin__, attr, val)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with"
                        " class and instance checks")

    def __dir__(self):
        return list(set(super().__dir__()
                        + [attr for attr in dir(self.__origin__) if not _is_dunder(attr)]))


class _GenericAlias(_BaseGenericAlias, _root=True):
    """An alias with arguments: List[int], G[T], ClassVar[int]..."""

    def __init__(self, origin, args, *, inst=True, name=None,
                 _paramspec_tvars=False):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _collect_parameters(args)
        self._paramspec_tvars = _paramspec_tvars
        if not name:
            self.__module__ = origin.__module__

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    @_tp_cache
    def __getitem__(self, args):
        # Substitute the alias's type variables: Dict[T, int][str].
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_convert(p) for p in args)
        args = _unpack_args(args)
        new_args = self._determine_new_args(args)
        return self.copy_with(new_args)

    def _determine_new_args(self, args):
        params = self.__parameters__
        for param in params:
            prepare = getattr(param, '__typing_prepare_subst__', None)
            if prepare is not None:
                args = prepare(self, args)
        alen = len(args)
        plen = len(params)
        if alen != plen:
            raise TypeError(f"Too {'many' if alen > plen else 'few'} arguments for {self};"
                            f" actual {alen}, expected {plen}")
        new_arg_by_param = dict(zip(params, args))
        return tuple(self._make_substitution(self.__args__, new_arg_by_param))

    def _make_substitution(self, args, new_arg_by_param):
        new_args = []
        for old_arg in args:
            if isinstance(old_arg, type):
                new_args.append(old_arg)
                continue
            substfunc = getattr(old_arg, '__typing_subst__', None)
            if substfunc:
                new_arg = substfunc(new_arg_by_param[old_arg])
            else:
                subparams = getattr(old_arg, '__parameters__', ())
                if not subparams:
                    new_arg = old_arg
                else:
                    subargs = []
                    for x in subparams:
                        if isinstance(x, TypeVarTuple):
                            subargs.extend(new_arg_by_param[x])
                        else:
                            subargs.append(new_arg_by_param[x])
                    new_arg = old_arg[tuple(subargs)]
            if self.__origin__ == collections.abc.Callable and isinstance(new_arg, tuple):
                # Callable[[P], R] with P a ParamSpec given a list of types.
                new_args.extend(new_arg)
            elif _is_unpacked_typevartuple(old_arg):
                new_args.extend(new_arg)
            elif isinstance(old_arg, tuple):
                new_args.append(
                    tuple(self._make_substitution(old_arg, new_arg_by_param)),
                )
            else:
                new_args.append(new_arg)
        return new_args

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst,
                              _paramspec_tvars=self._paramspec_tvars)

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ", ".join([_type_repr(a) for a in self.__args__])
        else:
            # Tuple[()]: no arguments, shown as an empty tuple.
            args = "()"
        return f'{name}[{args}]'

    def __reduce__(self):
        if self._name:
            origin = globals()[self._name]
        else:
            origin = self.__origin__
        args = tuple(self.__args__)
        if len(args) == 1 and not isinstance(args[0], tuple):
            args, = args
        return operator.getitem, (origin, args)

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:  # List[int]...
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i+1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)

    def __iter__(self):
        yield Unpack[self]


class _SpecialGenericAlias(_NotIterable, _BaseGenericAlias, _root=True):
    """An alias without arguments yet: List, Dict, Callable..."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        if name is None:
            name = origin.__name__
        super().__init__(origin, inst=inst, name=name)
        self._nparams = nparams
        if origin.__module__ == 'builtins':
            self.__doc__ = f'A generic version of {origin.__qualname__}.'
        else:
            self.__doc__ = f'A generic version of {origin.__module__}.{origin.__qualname__}.'

    @_tp_cache
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check(p, msg) for p in params)
        _check_generic(self, params, self._nparams)
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params,
                             name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __reduce__(self):
        return self._name

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _CallableGenericAlias(_NotIterable, _GenericAlias, _root=True):
    def __repr__(self):
        assert self._name == 'Callable'
        args = self.__args__
        if len(args) == 2 and _is_param_expr(args[0]):
            return super().__repr__()
        return (f'typing.Callable'
                f'[[{", ".join([_type_repr(a) for a in args[:-1]])}], '
                f'{_type_repr(args[-1])}]')

    def __reduce__(self):
        args = self.__args__
        if not (len(args) == 2 and _is_param_expr(args[0])):
            args = list(args[:-1]), args[-1]
        return operator.getitem, (Callable, args)


class _CallableType(_SpecialGenericAlias, _root=True):
    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params,
                                     name=self._name, inst=self._inst,
                                     _paramspec_tvars=True)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as "
                            "Callable[[arg, ...], result].")
        args, result = params
        # Anything may stand as the parameter list (ParamSpecs,
        # Concatenate...): checking it is left to type checkers.
        if isinstance(args, list):
            params = (tuple(args), result)
        else:
            params = (args, result)
        return self.__getitem_inner__(params)

    @_tp_cache
    def __getitem_inner__(self, params):
        args, result = params
        msg = "Callable[args, result]: result must be a type."
        result = _type_check(result, msg)
        if args is Ellipsis:
            return self.copy_with((_TypingEllipsis, result))
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_convert(arg) for arg in args)
        params = args + (result,)
        return self.copy_with(params)


class _TupleType(_SpecialGenericAlias, _root=True):
    @_tp_cache
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = "Tuple[t, ...]: t must be a type."
            params = tuple(_type_check(p, msg) for p in params[:-1])
            return self.copy_with((*params, _TypingEllipsis))
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        params = tuple(_type_check(p, msg) for p in params)
        return self.copy_with(params)


class _UnionGenericAlias(_NotIterable, _GenericAlias, _root=True):
    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, types.UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is type(None):
                return f'typing.Optional[{_type_repr(args[1])}]'
            elif args[1] is type(None):
                return f'typing.Optional[{_type_repr(args[0])}]'
        return super().__repr__()

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True

    def __reduce__(self):
        func, (origin, args) = super().__reduce__()
        return func, (Union, args)


def _value_and_type_iter(parameters):
    return ((p, type(p)) for p in parameters)


class _LiteralGenericAlias(_GenericAlias, _root=True):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(_value_and_type_iter(self.__args__)) == set(_value_and_type_iter(other.__args__))

    def __hash__(self):
        return hash(frozenset(_value_and_type_iter(self.__args__)))


class _ConcatenateGenericAlias(_GenericAlias, _root=True):
    def copy_with(self, params):
        if isinstance(params[-1], (list, tuple)):
            return (*params[:-1], *params[-1])
        if isinstance(params[-1], _ConcatenateGenericAlias):
            params = (*params[:-1], *params[-1].__args__)
        return super().copy_with(params)


@_SpecialForm
def Unpack(self, parameters):
    """Unpack[Ts]: the types a TypeVarTuple (or a tuple type) stands
    for, spread in place (*Ts)."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _UnpackGenericAlias(origin=self, args=(item,))


class _UnpackGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        # *Ts, not typing.Unpack[Ts].
        return '*' + repr(self.__args__[0])

    def __getitem__(self, args):
        if self.__typing_is_unpacked_typevartuple__:
            return args
        return super().__getitem__(args)

    @property
    def __typing_unpacked_tuple_args__(self):
        assert self.__origin__ is Unpack
        assert len(self.__args__) == 1
        arg, = self.__args__
        if isinstance(arg, _GenericAlias):
            assert arg.__origin__ is tuple
            return arg.__args__
        return None

    @property
    def __typing_is_unpacked_typevartuple__(self):
        assert self.__origin__ is Unpack
        assert len(self.__args__) == 1
        return isinstance(self.__args__[0], TypeVarTuple)


class _TypingEllipsis:
    """Internal placeholder for ... (in Tuple[int, ...] and
    Callable[..., T])."""


# ---------------------------------------------------------------------------
# Generic


class Generic:
    """The base class of generic classes: class Mapping(Generic[KT, VT])
    makes Mapping[str, int] and the like possible."""

    __slots__ = ()
    _is_protocol = False

    @_tp_cache
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_convert(p) for p in params)
        if cls in (Generic, Protocol):
            # Generic[T, ...] and Protocol[T, ...] take type variables only,
            # each once.
            if not params:
                raise TypeError(
                    f"Parameter list to {cls.__qualname__}[...] cannot be empty"
                )
            if not all(_is_typevar_like(p) for p in params):
                raise TypeError(
                    f"Parameters to {cls.__name__}[...] must all be type variables "
                    f"or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(
                    f"Parameters to {cls.__name__}[...] must all be unique")
        else:
            # A generic class subscripted: substitute its parameters.
            for param in cls.__parameters__:
                prepare = getattr(param, '__typing_prepare_subst__', None)
                if prepare is not None:
                    params = prepare(cls, params)
            _check_generic(cls, params, len(cls.__parameters__))

            new_args = []
            for param, new_arg in zip(cls.__parameters__, params):
                if isinstance(param, TypeVarTuple):
                    new_args.extend(new_arg)
                else:
                    new_args.append(new_arg)
            params = tuple(new_args)

        return _GenericAlias(cls, params, _paramspec_tvars=True)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        if '__orig_bases__' in cls.__dict__:
            error = Generic in cls.__orig_bases__
        else:
            error = (Generic in cls.__bases__ and
                     cls.__name__ != 'Protocol' and
                     type(cls) != _TypedDictMeta)
        if error:
            raise TypeError("Cannot inherit from plain Generic")
        if '__orig_bases__' in cls.__dict__:
            tvars = _collect_parameters(cls.__orig_bases__)
            # With Generic[...] (or Protocol[...]) among the bases, it
            # lists the parameters, and must list every type variable the
            # other bases use.
            gvars = None
            for base in cls.__orig_bases__:
                if (isinstance(base, _GenericAlias) and
                        base.__origin__ is Generic):
                    if gvars is not None:
                        raise TypeError(
                            "Cannot inherit from Generic[...] multiple times.")
                    gvars = base.__parameters__
            if gvars is not None:
                tvarset = set(tvars)
                gvarset = set(gvars)
                if not tvarset <= gvarset:
                    s_vars = ', '.join(str(t) for t in tvars if t not in gvarset)
                    s_args = ', '.join(str(g) for g in gvars)
                    raise TypeError(f"Some type variables ({s_vars}) are"
                                    f" not listed in Generic[{s_args}]")
                tvars = gvars
        cls.__parameters__ = tuple(tvars)


# ---------------------------------------------------------------------------
# Protocol

_TYPING_INTERNALS = ['__parameters__', '__orig_bases__', '__orig_class__',
                     '_is_protocol', '_is_runtime_protocol']

_SPECIAL_NAMES = ['__abstractmethods__', '__annotations__', '__dict__', '__doc__',
                  '__init__', '__module__', '__new__', '__slots__',
                  '__subclasshook__', '__weakref__', '__class_getitem__']

# The attributes a protocol's structural check leaves out.
EXCLUDED_ATTRIBUTES = _TYPING_INTERNALS + _SPECIAL_NAMES + ['_MutableMapping__marker']


def _get_protocol_attrs(cls):
    """The attributes of a protocol class and its protocol bases that
    implementations must have."""
    attrs = set()
    for base in cls.__mro__[:-1]:  # without object
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = getattr(base, '__annotations__', {})
        for attr in list(base.__dict__.keys()) + list(annotations.keys()):
            if not attr.startswith('_abc_') and attr not in EXCLUDED_ATTRIBUTES:
                attrs.add(attr)
    return attrs


def _is_callable_members_only(cls):
    return all(callable(getattr(cls, attr, None)) for attr in _get_protocol_attrs(cls))


def _no_init_or_replace_init(self, *args, **kwargs):
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    # A concrete subclass of a protocol gets the __init__ it would have
    # had without the protocol in its bases.
    if cls.__init__ is not _no_init_or_replace_init:
        return
    for base in cls.__mro__:
        init = base.__dict__.get('__init__', _no_init_or_replace_init)
        if init is not _no_init_or_replace_init:
            cls.__init__ = init
            break
    else:
        cls.__init__ = object.__init__
    cls.__init__(self, *args, **kwargs)


def _caller(depth=1, default='__main__'):
    try:
        return sys._getframe(depth + 1).f_globals.get('__name__', default)
    except (AttributeError, ValueError):
        return None


def _allow_reckless_class_checks(depth=3):
    """abc and functools may check any protocol (they look at whole MROs);
    other callers may check only runtime_checkable ones."""
    return _caller(depth) in ['abc', 'functools', None]


_PROTO_ALLOWLIST = {
    'collections.abc': [
        'Callable', 'Awaitable', 'Iterable', 'Iterator', 'AsyncIterable',
        'Hashable', 'Sized', 'Container', 'Collection', 'Reversible',
    ],
    'contextlib': ['AbstractContextManager', 'AbstractAsyncContextManager'],
}


class _ProtocolMeta(ABCMeta):
    # isinstance() of a runtime_checkable protocol with data members looks
    # at the instance's attributes (which may be set in __init__).
    def __instancecheck__(cls, instance):
        if (
            getattr(cls, '_is_protocol', False) and
            not getattr(cls, '_is_runtime_protocol', False) and
            not _allow_reckless_class_checks(depth=2)
        ):
            raise TypeError("Instance and class checks can only be used with"
                            " @runtime_checkable protocols")

        if ((not getattr(cls, '_is_protocol', False) or
                _is_callable_members_only(cls)) and
                issubclass(instance.__class__, cls)):
            return True
        if cls._is_protocol:
            if all(hasattr(instance, attr) and
                    # A method set to None disables it.
                    (not callable(getattr(cls, attr, None)) or
                     getattr(instance, attr) is not None)
                    for attr in _get_protocol_attrs(cls)):
                return True
        return super().__instancecheck__(instance)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """The base class of protocol classes: structural types, which a
    class implements by having their methods, without deriving from them.
    With @runtime_checkable, isinstance() and issubclass() check them."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)

        # A protocol is a class that lists Protocol among its bases.
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)

        def _proto_hook(other):
            if not cls.__dict__.get('_is_protocol', False):
                return NotImplemented

            if not getattr(cls, '_is_runtime_protocol', False):
                if _allow_reckless_class_checks():
                    return NotImplemented
                raise TypeError("Instance and class checks can only be used with"
                                " @runtime_checkable protocols")
            if not _is_callable_members_only(cls):
                if _allow_reckless_class_checks():
                    return NotImplemented
                raise TypeError("Protocols with non-method members"
                                " don't support issubclass()")
            if not isinstance(other, type):
                raise TypeError('issubclass() arg 1 must be a class')

            # Every member must be found in other's MRO (None disables it;
            # annotations count for data members).
            for attr in _get_protocol_attrs(cls):
                for base in other.__mro__:
                    if attr in base.__dict__:
                        if base.__dict__[attr] is None:
                            return NotImplemented
                        break
                    annotations = getattr(base, '__annotations__', {})
                    if (isinstance(annotations, collections.abc.Mapping) and
                            attr in annotations and
                            issubclass(other, Generic) and other._is_protocol):
                        break
                else:
                    return NotImplemented
            return True

        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = _proto_hook

        if not cls._is_protocol:
            return

        # A protocol's bases must be protocols (or object, Generic, and the
        # ABCs on the allow-list).
        for base in cls.__bases__:
            if not (base in (object, Generic) or
                    base.__module__ in _PROTO_ALLOWLIST and
                    base.__name__ in _PROTO_ALLOWLIST[base.__module__] or
                    issubclass(base, Generic) and base._is_protocol):
                raise TypeError('Protocols can only inherit from other'
                                ' protocols, got %r' % base)
        if cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init_or_replace_init


def runtime_checkable(cls):
    """Class decorator letting isinstance() and issubclass() check a
    protocol class (structurally: only that the members exist)."""
    if not issubclass(cls, Generic) or not cls._is_protocol:
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


# ---------------------------------------------------------------------------
# Annotated


class _AnnotatedAlias(_NotIterable, _GenericAlias, _root=True):
    """Annotated[T, x, ...]: T with metadata. Nested ones are flattened,
    the innermost metadata first."""

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, origin)
        self.__metadata__ = metadata

    def copy_with(self, params):
        assert len(params) == 1
        new_type = params[0]
        return _AnnotatedAlias(new_type, self.__metadata__)

    def __repr__(self):
        return "typing.Annotated[{}, {}]".format(
            _type_repr(self.__origin__),
            ", ".join(repr(a) for a in self.__metadata__)
        )

    def __reduce__(self):
        return operator.getitem, (
            Annotated, (self.__origin__,) + self.__metadata__
        )

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__metadata__ == other.__metadata__)

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __getattr__(self, attr):
        if attr in {'__name__', '__qualname__'}:
            return 'Annotated'
        return super().__getattr__(attr)


class Annotated:
    """Annotated[T, x]: the type T with context-specific metadata x
    (anything), which type checkers ignore and get_type_hints keeps only
    with include_extras=True."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    @_tp_cache
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used "
                            "with at least two arguments (a type and an "
                            "annotation).")
        msg = "Annotated[t, ...]: t must be a type."
        origin = _type_check(params[0], msg, allow_special_forms=True)
        metadata = tuple(params[1:])
        return _AnnotatedAlias(origin, metadata)

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(
            "Cannot subclass {}.Annotated".format(cls.__module__)
        )


def _unwrap_extras(hint):
    """hint with Annotated[...] (and Required/NotRequired) wrappers taken
    off, at any depth; the same object when there is nothing to take off,
    so identity survives for plain hints."""
    if isinstance(hint, _AnnotatedAlias):
        return _unwrap_extras(hint.__origin__)
    if getattr(hint, '__origin__', None) in (Required, NotRequired):
        return _unwrap_extras(hint.__args__[0])
    if isinstance(hint, (_GenericAlias, GenericAlias, types.UnionType)):
        inner = hint.__args__
        bare = tuple(_unwrap_extras(a) for a in inner)
        if bare == inner:
            return hint
        if isinstance(hint, _GenericAlias):
            return hint.copy_with(bare)
        if isinstance(hint, GenericAlias):
            return GenericAlias(hint.__origin__, bare)
        return functools.reduce(operator.or_, bare)
    return hint


# ---------------------------------------------------------------------------
# Functions that matter to type checkers and do (almost) nothing at run time


def cast(typ, val):
    """Return val: the cast is a promise to the type checker only."""
    return val


def assert_type(val, typ, /):
    """Return val: the type is checked statically, never at run time."""
    return val


def reveal_type(obj, /):
    """Report obj's run-time type on stderr and hand obj back."""
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def assert_never(arg, /):
    """Fail loudly: reaching this call means a case analysis missed arg."""
    shown = repr(arg)
    if len(shown) > 100:
        shown = shown[:100] + '...'
    raise AssertionError("Expected code to be unreachable, but got: " + shown)


def final(f):
    """Mark f (a method or class) final; where f takes attributes, set
    __final__ so tools can see it at run time too."""
    try:
        setattr(f, '__final__', True)
    except (AttributeError, TypeError):
        pass
    return f


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Decorator factory: what it decorates makes dataclass-like classes.
    The options are only recorded, in __dataclass_transform__."""
    options = dict(eq_default=eq_default, order_default=order_default,
                   kw_only_default=kw_only_default, field_specifiers=field_specifiers,
                   kwargs=kwargs)

    def mark(target):
        target.__dataclass_transform__ = options
        return target
    return mark


def _mark_unchecked(obj):
    try:
        obj.__no_type_check__ = True
    except TypeError:
        # Built-in types refuse new attributes.
        pass


def no_type_check(arg):
    """Tell type checkers to skip arg's annotations. For a class, this
    reaches the functions and nested classes defined in its body (found
    by their qualified names), not what it inherits or borrows."""
    if isinstance(arg, type):
        for attr in dir(arg):
            member = getattr(arg, attr)
            own_name = f'{arg.__qualname__}.{getattr(member, "__name__", "")}'
            if getattr(member, '__qualname__', None) != own_name:
                continue
            if getattr(member, '__module__', None) != arg.__module__:
                continue
            if isinstance(member, types.MethodType):
                member.__func__.__no_type_check__ = True
            elif isinstance(member, types.FunctionType):
                member.__no_type_check__ = True
            elif isinstance(member, type):
                no_type_check(member)
    _mark_unchecked(arg)
    return arg


def no_type_check_decorator(decorator):
    """Make decorator's results carry no_type_check."""
    @functools.wraps(decorator)
    def apply(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return apply


# Overload signatures, as {module: {qualname: {first line: function}}}, so
# that redefining a function in the same place replaces its entry.
_overloads_seen = {}


def _calling_an_overload(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. A series of @overload-decorated "
        "functions outside a stub module should always be followed by an "
        "implementation that is not @overload-ed.")


def overload(func):
    """Record func as one signature of an overloaded function; the name is
    then bound to a placeholder that refuses to be called (the plain
    definition that follows replaces it)."""
    target = getattr(func, '__func__', func)
    try:
        where = (target.__module__, target.__qualname__, target.__code__.co_firstlineno)
    except AttributeError:
        where = None
    if where is not None:
        by_name = _overloads_seen.setdefault(where[0], {})
        by_name.setdefault(where[1], {})[where[2]] = func
    return _calling_an_overload


def get_overloads(func):
    """The signatures @overload recorded for func, first defined first."""
    target = getattr(func, '__func__', func)
    found = _overloads_seen.get(target.__module__, {}).get(target.__qualname__, {})
    return list(found.values())


def clear_overloads():
    """Forget all recorded overloads."""
    _overloads_seen.clear()


# ---------------------------------------------------------------------------
# Introspection: get_type_hints, get_origin, get_args

# Objects that may have no __annotations__ and then simply have no hints.
_hintless_kinds = (types.FunctionType, types.BuiltinFunctionType, types.MethodType,
                   types.ModuleType, WrapperDescriptorType, MethodWrapperType,
                   MethodDescriptorType)


def _resolve_hint(value, globalns, localns, *, argument, in_class):
    if value is None:
        return type(None)
    if isinstance(value, str):
        value = ForwardRef(value, is_argument=argument, is_class=in_class)
    return _eval_type(value, globalns, localns)


def _class_hints(cls, globalns, localns):
    # Walk from object to cls so that a subclass's annotation of a name
    # wins. Each class's strings are evaluated in its own module, with its
    # own namespace searched first.
    hints = {}
    for klass in reversed(cls.__mro__):
        own = klass.__dict__.get('__annotations__', {})
        if isinstance(own, types.GetSetDescriptorType):
            own = {}
        if globalns is None:
            module = sys.modules.get(klass.__module__)
            g = getattr(module, '__dict__', {})
        else:
            g = globalns
        if localns is None:
            l = dict(vars(klass))
            if globalns is None:
                g, l = l, g
        else:
            l = localns
        for name, value in own.items():
            hints[name] = _resolve_hint(value, g, l, argument=False, in_class=True)
    return hints


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Map each annotated name of obj (a module, class, method or
    function) to its type, with string annotations evaluated and None
    read as NoneType. A class's hints include its bases'. Annotated
    wrappers are dropped unless include_extras is true."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = _class_hints(obj, globalns, localns)
    else:
        if globalns is None:
            if isinstance(obj, types.ModuleType):
                globalns = obj.__dict__
            else:
                # A decorator's wrapper resolves names where the wrapped
                # function was written.
                inner = obj
                while hasattr(inner, '__wrapped__'):
                    inner = inner.__wrapped__
                globalns = getattr(inner, '__globals__', {})
        if localns is None:
            localns = globalns
        raw = getattr(obj, '__annotations__', None)
        if raw is None:
            if isinstance(obj, _hintless_kinds):
                return {}
            raise TypeError(f'{obj!r} is not a module, class, method, or function.')
        is_module = isinstance(obj, types.ModuleType)
        hints = {name: _resolve_hint(value, globalns, localns, argument=not is_module, in_class=False)
                 for name, value in dict(raw).items()}
    if include_extras:
        return hints
    return {name: _unwrap_extras(value) for name, value in hints.items()}


def get_origin(tp):
    """The unsubscripted form behind tp: list for List[int], Union for
    Union[int, str], Annotated for Annotated[...]; None if tp is none of
    these."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if tp is Generic:
        return Generic
    if isinstance(tp, types.UnionType):
        return types.UnionType
    if isinstance(tp, (_BaseGenericAlias, GenericAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    return None


def get_args(tp):
    """The arguments tp was subscripted with, as a tuple (a Callable's
    parameters as one list); () when there are none."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__, *tp.__metadata__)
    if isinstance(tp, types.UnionType):
        return tp.__args__
    if not isinstance(tp, (_GenericAlias, GenericAlias)):
        return ()
    args = tp.__args__
    if _should_unflatten_callable_args(tp, args):
        return (list(args[:-1]), args[-1])
    return args


def is_typeddict(tp):
    """True for classes made by TypedDict."""
    return isinstance(tp, _TypedDictMeta)


# ---------------------------------------------------------------------------
# Generic aliases of the standard collection classes

T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)
AnyStr = TypeVar('AnyStr', bytes, str)


def _abc_alias(name, nparams):
    # An alias of the collections.abc class of the same name.
    return _SpecialGenericAlias(getattr(collections.abc, name), nparams)


def _named_alias(origin, nparams, name, inst=True):
    # An alias whose public name differs from its class's (List for list);
    # inst=False for builtins, whose bare alias refuses isinstance.
    return _SpecialGenericAlias(origin, nparams, inst=inst, name=name)


Hashable = _abc_alias('Hashable', 0)
Sized = _abc_alias('Sized', 0)
ByteString = _abc_alias('ByteString', 0)
Awaitable = _abc_alias('Awaitable', 1)
AsyncIterable = _abc_alias('AsyncIterable', 1)
AsyncIterator = _abc_alias('AsyncIterator', 1)
Iterable = _abc_alias('Iterable', 1)
Iterator = _abc_alias('Iterator', 1)
Reversible = _abc_alias('Reversible', 1)
Container = _abc_alias('Container', 1)
Collection = _abc_alias('Collection', 1)
MutableSet = _abc_alias('MutableSet', 1)
Sequence = _abc_alias('Sequence', 1)
MutableSequence = _abc_alias('MutableSequence', 1)
MappingView = _abc_alias('MappingView', 1)
KeysView = _abc_alias('KeysView', 1)
ValuesView = _abc_alias('ValuesView', 1)
Mapping = _abc_alias('Mapping', 2)
MutableMapping = _abc_alias('MutableMapping', 2)
ItemsView = _abc_alias('ItemsView', 2)
AsyncGenerator = _abc_alias('AsyncGenerator', 2)
Coroutine = _abc_alias('Coroutine', 3)
Generator = _abc_alias('Generator', 3)
AbstractSet = _named_alias(collections.abc.Set, 1, 'AbstractSet')
ContextManager = _named_alias(contextlib.AbstractContextManager, 1, 'ContextManager')
AsyncContextManager = _named_alias(contextlib.AbstractAsyncContextManager, 1, 'AsyncContextManager')
Deque = _named_alias(collections.deque, 1, 'Deque')
DefaultDict = _named_alias(collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _named_alias(collections.OrderedDict, 2, 'OrderedDict')
Counter = _named_alias(collections.Counter, 1, 'Counter')
ChainMap = _named_alias(collections.ChainMap, 2, 'ChainMap')
List = _named_alias(list, 1, 'List', inst=False)
Set = _named_alias(set, 1, 'Set', inst=False)
FrozenSet = _named_alias(frozenset, 1, 'FrozenSet', inst=False)
Dict = _named_alias(dict, 2, 'Dict', inst=False)
Type = _named_alias(type, 1, 'Type', inst=False)
Type.__doc__ = "Type[C]: the class C itself or a subclass of it."
if stdlib_re is not None:
    Pattern = _named_alias(stdlib_re.Pattern, 1, 'Pattern')
    Match = _named_alias(stdlib_re.Match, 1, 'Match')
# Callable and Tuple take their parameters in their own shapes.
Callable = _CallableType(collections.abc.Callable, 2)
Callable.__doc__ = "Callable[[A, B], R]: called with an A and a B, returns an R (Callable[..., R]: any arguments)."
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
Tuple.__doc__ = "Tuple[A, B]: a pair; Tuple[A, ...]: any length, all A; Tuple[()]: empty."


# ---------------------------------------------------------------------------
# The Supports* protocols: one special method each, checkable at run time


@runtime_checkable
class SupportsInt(Protocol):
    "Objects that have an __int__ method."
    __slots__ = ()

    @abstractmethod
    def __int__(self) -> int: return None


@runtime_checkable
class SupportsFloat(Protocol):
    "Objects that have a __float__ method."
    __slots__ = ()

    @abstractmethod
    def __float__(self) -> float: return None


@runtime_checkable
class SupportsComplex(Protocol):
    "Objects that have a __complex__ method."
    __slots__ = ()

    @abstractmethod
    def __complex__(self) -> complex: return None


@runtime_checkable
class SupportsBytes(Protocol):
    "Objects that have a __bytes__ method."
    __slots__ = ()

    @abstractmethod
    def __bytes__(self) -> bytes: return None


@runtime_checkable
class SupportsIndex(Protocol):
    "Objects that have an __index__ method."
    __slots__ = ()

    @abstractmethod
    def __index__(self) -> int: return None


@runtime_checkable
class SupportsAbs(Protocol[T_co]):
    "Objects that have an __abs__ method; T_co is what it returns."
    __slots__ = ()

    @abstractmethod
    def __abs__(self) -> T_co: return None


@runtime_checkable
class SupportsRound(Protocol[T_co]):
    "Objects that have a __round__ method; T_co is what it returns."
    __slots__ = ()

    @abstractmethod
    def __round__(self, ndigits: int = 0) -> T_co: return None


# ---------------------------------------------------------------------------
# NamedTuple: collections.namedtuple with field types


def _typed_namedtuple(name, fields, module, defaults=()):
    fields = list(fields)
    annotations = {}
    for field, hint in fields:
        annotations[field] = _type_check(hint, f"field {field} annotation must be a type")
    made = collections.namedtuple(name, [field for field, _ in fields],
                                  defaults=defaults, module=module)
    made.__annotations__ = annotations
    made.__new__.__annotations__ = annotations
    return made


# Names a NamedTuple class body must leave to namedtuple, and the ones the
# class statement itself supplies (copied no further).
_namedtuple_owned = frozenset(['__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                               '_field_defaults', '_make', '_replace', '_asdict', '_source'])
_class_statement_keys = frozenset(['__module__', '__name__', '__annotations__'])


def _check_default_order(annotations, ns):
    with_default = []
    for field in annotations:
        if field in ns:
            with_default.append(field)
        elif with_default:
            plural = 's' if len(with_default) > 1 else ''
            raise TypeError(f"Non-default namedtuple field {field} cannot follow "
                            f"default field{plural} {', '.join(with_default)}")
    return with_default


class NamedTupleMeta(type):
    """Metaclass of `class X(NamedTuple)`: turns the class body into a
    namedtuple class with its annotations as fields."""

    def __new__(mcls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        real_bases = tuple(tuple if base is _NamedTuple else base for base in bases)
        annotations = ns.get('__annotations__', {})
        with_default = _check_default_order(annotations, ns)
        made = _typed_namedtuple(typename, annotations.items(), ns['__module__'],
                                 defaults=[ns[f] for f in with_default])
        generic = Generic in real_bases
        if real_bases != (tuple,):
            made.__bases__ = real_bases
        if generic:
            made.__class_getitem__ = classmethod(Generic.__class_getitem__.__func__)
        for key, value in ns.items():
            if key in _namedtuple_owned:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key in _class_statement_keys or key in made._fields:
                continue
            setattr(made, key, value)
        if generic:
            made.__init_subclass__()
        return made


def NamedTuple(typename, fields=None, /, **kwargs):
    """A namedtuple whose fields carry types. Either a base class, whose
    annotated names become the fields (with their values as defaults),
    or called as NamedTuple(name, [(field, type), ...]) or with the
    fields as keywords."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    return _typed_namedtuple(typename, fields, _caller())


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})
# In a class statement's bases, NamedTuple (a function) stands for the
# class above.
NamedTuple.__mro_entries__ = lambda bases: (_NamedTuple,)


# ---------------------------------------------------------------------------
# TypedDict: dict types with typed keys


def _key_is_required(hint, total):
    # Annotated may wrap Required/NotRequired; look through it once.
    origin = get_origin(hint)
    if origin is Annotated:
        inner = get_args(hint)
        if inner:
            origin = get_origin(inner[0])
    if origin is Required:
        return True
    if origin is NotRequired:
        return False
    return total


class _TypedDictMeta(type):
    """Metaclass of TypedDict classes: the class is a dict subclass with
    __annotations__, __required_keys__, __optional_keys__ and __total__;
    calling it makes a plain dict."""

    def __new__(mcls, name, bases, ns, total=True):
        if any(type(b) is not _TypedDictMeta and b is not Generic for b in bases):
            raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict base class')
        dict_bases = (Generic, dict) if any(issubclass(b, Generic) for b in bases) else (dict,)
        made = type.__new__(_TypedDictMeta, name, dict_bases, ns)
        why = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {key: _type_check(hint, why, module=made.__module__)
               for key, hint in ns.get('__annotations__', {}).items()}
        annotations, required, optional = {}, set(), set()
        for base in bases:
            seen = base.__dict__
            annotations.update(seen.get('__annotations__', {}))
            required |= set(seen.get('__required_keys__', ()))
            optional |= set(seen.get('__optional_keys__', ()))
        annotations.update(own)
        for key, hint in own.items():
            if _key_is_required(hint, total):
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        made.__annotations__ = annotations
        made.__required_keys__ = frozenset(required)
        made.__optional_keys__ = frozenset(optional)
        if not hasattr(made, '__total__'):
            made.__total__ = total
        return made

    def __call__(cls, /, *args, **kwargs):
        return dict(*args, **kwargs)

    def __instancecheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __subclasscheck__ = __instancecheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type whose keys are fixed and typed, made by a class
    statement with TypedDict as base (annotations name the keys) or by
    TypedDict(name, {key: type, ...}). Its instances are plain dicts.
    total=False makes keys optional by default; Required[...] and
    NotRequired[...] decide for one key."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    if kwargs:
        import warnings
        warnings.warn("The kwargs-based syntax for TypedDict definitions is deprecated in "
                      "Python 3.11, will be removed in Python 3.13, and may not be understood "
                      "by third-party type checkers.", DeprecationWarning, stacklevel=2)
    ns = {'__annotations__': dict(fields)}
    caller = _caller()
    if caller is not None:
        # So that the class pickles by reference to where it was made.
        ns['__module__'] = caller
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def _key_marker(form, doc):
    def getitem(self, parameters):
        hint = _type_check(parameters, f'{self._name} accepts only a single type.')
        return _GenericAlias(self, (hint,))
    getitem.__name__ = form
    getitem.__doc__ = doc
    return _SpecialForm(getitem)


Required = _key_marker('Required', "Required[T]: a TypedDict key that must be present, even with total=False.")
NotRequired = _key_marker('NotRequired', "NotRequired[T]: a TypedDict key that may be absent.")


# ---------------------------------------------------------------------------
# NewType


class NewType:
    """NewType(name, tp): a distinct name for tp that type checkers keep
    apart from it; calling it returns its argument as is."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[2]
        self.__supertype__ = tp
        where = _caller()
        if where != 'typing':
            self.__module__ = where

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        # A NewType is not a class: subclassing one fails, suggesting
        # another NewType instead. The failure comes from the stand-in
        # base's __init_subclass__, once the subclass's name is known.
        parent = self.__name__

        def refuse(cls):
            child = cls.__name__
            raise TypeError("Cannot subclass an instance of NewType. Perhaps you were looking for: "
                            f"`{child} = NewType({child!r}, {parent})`")
        return (type('Dummy', (), {'__init_subclass__': classmethod(refuse)}),)


Text = str
# False when the program runs; type checkers treat it as True.
TYPE_CHECKING = False


# ---------------------------------------------------------------------------
# IO, TextIO, BinaryIO: the types of file objects, for annotations


def _interface_property(owner, name):
    # An abstract read-only attribute of a file type, described only.
    def get(self):
        return None
    get.__name__ = name
    get.__qualname__ = f'{owner}.{name}'
    return property(abstractmethod(get))


class IO(Generic[AnyStr]):
    """Generic file object type, IO[str] or IO[bytes]. Its methods only
    describe the interface (each returns None here)."""

    __slots__ = ()

    mode = _interface_property('IO', 'mode')
    name = _interface_property('IO', 'name')
    closed = _interface_property('IO', 'closed')

    @abstractmethod
    def close(self) -> None: return None

    @abstractmethod
    def fileno(self) -> int: return None

    @abstractmethod
    def flush(self) -> None: return None

    @abstractmethod
    def isatty(self) -> bool: return None

    @abstractmethod
    def read(self, n: int = -1) -> AnyStr: return None

    @abstractmethod
    def readable(self) -> bool: return None

    @abstractmethod
    def readline(self, limit: int = -1) -> AnyStr: return None

    @abstractmethod
    def readlines(self, hint: int = -1) -> 'List[AnyStr]': return None

    @abstractmethod
    def seek(self, offset: int, whence: int = 0) -> int: return None

    @abstractmethod
    def seekable(self) -> bool: return None

    @abstractmethod
    def tell(self) -> int: return None

    @abstractmethod
    def truncate(self, size: int = None) -> int: return None

    @abstractmethod
    def writable(self) -> bool: return None

    @abstractmethod
    def write(self, s: AnyStr) -> int: return None

    @abstractmethod
    def writelines(self, lines: 'List[AnyStr]') -> None: return None

    @abstractmethod
    def __enter__(self) -> 'IO[AnyStr]': return None

    @abstractmethod
    def __exit__(self, type, value, traceback) -> None: return None


class BinaryIO(IO[bytes]):
    """A file object that reads and writes bytes."""

    __slots__ = ()

    @abstractmethod
    def write(self, s: 'Union[bytes, bytearray]') -> int: return None

    @abstractmethod
    def __enter__(self) -> 'BinaryIO': return None


class TextIO(IO[str]):
    """A file object that reads and writes str."""

    __slots__ = ()

    buffer = _interface_property('TextIO', 'buffer')
    encoding = _interface_property('TextIO', 'encoding')
    errors = _interface_property('TextIO', 'errors')
    line_buffering = _interface_property('TextIO', 'line_buffering')
    newlines = _interface_property('TextIO', 'newlines')

    @abstractmethod
    def __enter__(self) -> 'TextIO': return None
