"""Support for type hints (PEP 484 and its successors): the special forms
(Any, Union, Optional, Callable, Literal...), type variables, generic
classes, protocols, NamedTuple and TypedDict, and the runtime helpers
(cast, get_type_hints, get_origin, get_args, overload...)."""

import collections, collections.abc
import contextlib
import functools
import operator
import sys
import types
from abc import ABCMeta, abstractmethod
from types import GenericAlias, MethodDescriptorType, MethodWrapperType, WrapperDescriptorType

import re as stdlib_re

# The public names, in the order CPython lists them (from typing import *).
__all__ = '''
Annotated Any Callable ClassVar Concatenate Final ForwardRef Generic Literal
Optional ParamSpec Protocol Tuple Type TypeVar TypeVarTuple Union AbstractSet
ByteString Container ContextManager Hashable ItemsView Iterable Iterator
KeysView Mapping MappingView MutableMapping MutableSequence MutableSet
Sequence Sized ValuesView Awaitable AsyncIterator AsyncIterable Coroutine
Collection AsyncGenerator AsyncContextManager Reversible SupportsAbs SupportsBytes
SupportsComplex SupportsFloat SupportsIndex SupportsInt SupportsRound ChainMap
Counter Deque Dict DefaultDict List OrderedDict Set FrozenSet NamedTuple
TypedDict Generator BinaryIO IO Match Pattern TextIO AnyStr assert_type
assert_never cast clear_overloads dataclass_transform final get_args get_origin
get_overloads get_type_hints is_typeddict LiteralString Never NewType no_type_check
no_type_check_decorator NoReturn NotRequired overload ParamSpecArgs ParamSpecKwargs
Required reveal_type runtime_checkable Self Text TYPE_CHECKING TypeAlias
TypeGuard Unpack
'''.split()

# ---------------------------------------------------------------------------
# Helpers


def _or_union(self, other):
    # X | Y on typing objects makes Union[X, Y] (and Y | X, Union[Y, X]).
    return Union[self, other]


def _ror_union(self, other):
    return Union[other, self]


def _type_convert(arg, module=None, *, allow_special_forms=False):
    # In annotations None means NoneType and a string is a forward reference.
    if isinstance(arg, str):
        return ForwardRef(arg, module=module, is_class=allow_special_forms)
    return type(None) if arg is None else arg


def _type_check(arg, msg, is_argument=True, module=None, *, allow_special_forms=False):
    """arg converted (None, strings) and checked as something that can be
    an argument of a typing construct; msg begins the error for a tuple.
    Bare special forms are refused, and so are ClassVar[...] (unless
    allow_special_forms) and Final[...] (also as a function argument)."""
    arg = _type_convert(arg, module=module, allow_special_forms=allow_special_forms)
    if isinstance(arg, _GenericAlias):
        refused = [Generic, Protocol]
        if not allow_special_forms:
            refused.append(ClassVar)
            if is_argument:
                refused.append(Final)
        if arg.__origin__ in refused:
            raise TypeError(f"{arg} is not valid as type argument")
    # Bare forms that are types on their own; ClassVar and Final only
    # where the caller allows them.
    bare_ok = arg in (Any, LiteralString, NoReturn, Never, Self, TypeAlias)
    if bare_ok or (allow_special_forms and arg in (ClassVar, Final)):
        return arg
    if isinstance(arg, _SpecialForm) or arg in (Generic, Protocol):
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is not tuple:
        return arg
    raise TypeError(f"{msg} Got {arg!r:.100}.")


def _is_param_expr(arg):
    # Things that may stand for a callable's entire parameter list.
    return arg is ... or isinstance(arg, (tuple, list, ParamSpec, _ConcatenateGenericAlias))


def _should_unflatten_callable_args(typ, args):
    # A Callable keeps its parameter types flat in __args__, before the
    # result; this says whether to regroup them as a list.
    if typ.__origin__ is not collections.abc.Callable:
        return False
    return not (len(args) == 2 and _is_param_expr(args[0]))


def _type_repr(obj):
    """obj as shown inside an alias's repr: a class by (module-qualified)
    name, ... as '...', a function by name, the rest by repr()."""
    if isinstance(obj, types.GenericAlias):
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return obj.__module__ + '.' + obj.__qualname__
    if obj is ...:
        return '...'
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    return repr(obj)


def _collect_parameters(args):
    """The type variables (anything with __typing_subst__) occurring in
    args, directly or as parameters of nested aliases, each once, in
    order of first appearance."""
    found = []

    def note(var):
        if var not in found:
            found.append(var)
    for arg in args:
        if isinstance(arg, type):
            continue
        if hasattr(arg, '__typing_subst__'):
            note(arg)
        else:
            for var in getattr(arg, '__parameters__', ()):
                note(var)
    return tuple(found)


def _check_generic(cls, parameters, elen):
    # Generic classes take exactly elen parameters; none means not generic.
    if not elen:
        raise TypeError(f"{cls} is not a generic class")
    given = len(parameters)
    if given != elen:
        raise TypeError(f"Too {'many' if given > elen else 'few'} arguments for {cls};"
                        f" actual {given}, expected {elen}")


def _unpack_args(args):
    # *tuple[int, str] among arguments stands for int, str (but
    # *tuple[int, ...] cannot be spread and stays as it is).
    spread = []
    for arg in args:
        items = getattr(arg, '__typing_unpacked_tuple_args__', None)
        if items is None or (items and items[-1] is ...):
            spread.append(arg)
        else:
            spread.extend(items)
    return spread


def _hashable(x):
    try:
        hash(x)
        return True
    except TypeError:
        return False


def _deduplicate(params):
    # params without repeats, first occurrences kept; a set answers
    # quickly when everything hashes and nothing repeats.
    if all(_hashable(p) for p in params) and len(set(params)) == len(params):
        return params
    unique = []
    for p in params:
        if p not in unique:
            unique.append(p)
    return unique


def _remove_dups_flatten(parameters):
    """A Union's members: nested unions (typing's or X | Y) opened up,
    repeats removed."""
    members = []
    for p in parameters:
        members.extend(p.__args__ if isinstance(p, (_UnionGenericAlias, types.UnionType)) else (p,))
    return tuple(_deduplicate(members))


def _flatten_literal_params(parameters):
    # Literal[Literal[1, 2], 3] is Literal[1, 2, 3].
    values = []
    for p in parameters:
        values.extend(p.__args__ if isinstance(p, _LiteralGenericAlias) else (p,))
    return tuple(values)


# cache_clear of every subscription cache, so all can be emptied at once.
_cleanups = []


def _tp_cache(func=None, /, *, typed=False):
    """Decorator memoizing a subscription (so List[int] is made once and
    reused). Calls with unhashable arguments bypass the cache."""
    def wrap(func):
        memo = functools.lru_cache(typed=typed)(func)
        _cleanups.append(memo.cache_clear)

        @functools.wraps(func)
        def lookup(*args, **kwds):
            try:
                return memo(*args, **kwds)
            except TypeError:
                # Something unhashable: compute without the cache (outside
                # the handler, so errors don't chain to this TypeError).
                pass
            return func(*args, **kwds)
        return lookup
    return wrap if func is None else wrap(func)


def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    """t with every ForwardRef in it evaluated, looking inside typing's
    aliases, builtin generic aliases (list['X']) and X | Y unions."""
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    if not isinstance(t, (_GenericAlias, GenericAlias, types.UnionType)):
        return t
    if isinstance(t, GenericAlias):
        # Rebuild through the origin so strings among the arguments turn
        # into ForwardRefs (and a Callable's flat arguments regroup).
        args = tuple(ForwardRef(a) if isinstance(a, str) else a for a in t.__args__)
        starred = t.__unpacked__
        if _should_unflatten_callable_args(t, args):
            t = t.__origin__[(args[:-1], args[-1])]
        else:
            t = t.__origin__[args]
        if starred:
            t = Unpack[t]
    evaluated = tuple(_eval_type(a, globalns, localns, recursive_guard) for a in t.__args__)
    if evaluated == t.__args__:
        return t
    if isinstance(t, GenericAlias):
        return GenericAlias(t.__origin__, evaluated)
    if isinstance(t, types.UnionType):
        return functools.reduce(operator.or_, evaluated)
    return t.copy_with(evaluated)


class _Final:
    """Mixin: typing's own classes can't be subclassed by users (internal
    subclasses pass _root=True)."""

    __slots__ = ('__weakref__',)

    def __init_subclass__(cls, /, *args, **kwds):
        if '_root' not in kwds:
            raise TypeError("Cannot subclass special typing classes")


class _Immutable:
    """Mixin: copying gives back the same object."""

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    __slots__ = ()


class _NotIterable:
    """Mixin: __getitem__ is for subscription, so iterating must not fall
    back on it."""

    __slots__ = ()
    __iter__ = None


# ---------------------------------------------------------------------------
# Special forms


# A special form (Union, ClassVar, NoReturn...) is made from the function
# that handles its subscription, whose name and docstring it takes. It is
# no class: it cannot be called, subclassed or used with isinstance. (No
# docstring here: __doc__ is a slot, set per instance.)
class _SpecialForm(_Final, _NotIterable, _root=True):
    __slots__ = ('_name', '__doc__', '_getitem')

    def __init__(self, getitem):
        self._name, self.__doc__ = getitem.__name__, getitem.__doc__
        self._getitem = getitem

    def __getattr__(self, item):
        if item in ('__name__', '__qualname__'):
            return self._name
        raise AttributeError(item)

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __reduce__(self):
        return self._name

    def __repr__(self):
        return 'typing.' + self._name

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    __or__, __ror__ = _or_union, _ror_union

    @_tp_cache
    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


class _LiteralSpecialForm(_SpecialForm, _root=True):
    # Literal's handler takes the values as separate arguments (and caches
    # by value and type itself).
    def __getitem__(self, parameters):
        values = parameters if isinstance(parameters, tuple) else (parameters,)
        return self._getitem(self, *values)


class _AnyMeta(type):
    # Any itself shows as typing.Any and refuses isinstance; its
    # subclasses are ordinary classes.
    def __repr__(self):
        return "typing.Any" if self is Any else super().__repr__()

    def __instancecheck__(self, obj):
        if self is not Any:
            return super().__instancecheck__(obj)
        raise TypeError("typing.Any cannot be used with isinstance()")


class Any(metaclass=_AnyMeta):
    """The type every type is compatible with, both ways. It can be
    subclassed (the subclass then passes for anything), not instantiated."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls, *args, **kwargs)


def _unsubscriptable_form(name, doc):
    # A special form used bare only (NoReturn, Self...).
    def refuse(self, parameters):
        raise TypeError(f"{self} is not subscriptable")
    refuse.__name__ = name
    refuse.__doc__ = doc
    return _SpecialForm(refuse)


def _wrapping_form(name, doc):
    # A special form taking exactly one type: ClassVar[int], Final[int]...
    def wrap(self, parameters):
        item = _type_check(parameters, f'{self} accepts only single type.')
        return _GenericAlias(self, (item,))
    wrap.__name__ = name
    wrap.__doc__ = doc
    return _SpecialForm(wrap)


NoReturn = _unsubscriptable_form('NoReturn', "Return type of a function that never returns normally.")
Never = _unsubscriptable_form('Never', "The empty type: no value has it.")
Self = _unsubscriptable_form('Self', "Within a class, the type of its instances (or of a subclass's).")
LiteralString = _unsubscriptable_form('LiteralString', "Strings built only from literals in the source.")
TypeAlias = _unsubscriptable_form('TypeAlias', "Annotation marking an assignment as defining a type alias.")
ClassVar = _wrapping_form('ClassVar', "ClassVar[T]: a class attribute, not an instance attribute.")
Final = _wrapping_form('Final', "Final[T]: a name never to be rebound or overridden.")
TypeGuard = _wrapping_form('TypeGuard', "TypeGuard[T]: a boolean return meaning 'the argument is a T'.")


@_SpecialForm
def Union(self, parameters):
    """Union[A, B]: an A or a B. Nested unions flatten, duplicates go,
    a single member is returned itself, and a pair with None shows as
    Optional."""
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    members = _remove_dups_flatten(tuple(
        _type_check(p, "Union[arg, ...]: each arg must be a type.") for p in parameters))
    if len(members) == 1:
        return members[0]
    if len(members) == 2 and type(None) in members:
        return _UnionGenericAlias(self, members, name="Optional")
    return _UnionGenericAlias(self, members)


@_SpecialForm
def Optional(self, parameters):
    """Optional[A]: shorthand for Union[A, None]."""
    return Union[_type_check(parameters, f"{self} requires a single type."), type(None)]


@_LiteralSpecialForm
@_tp_cache(typed=True)
def Literal(self, *parameters):
    """Literal[v1, v2]: one of exactly these values."""
    values = _flatten_literal_params(parameters)
    try:
        values = tuple(v for v, _ in _deduplicate(list(_value_and_type_iter(values))))
    except TypeError:
        # Unhashable values are kept as given, repeats and all.
        pass
    return _LiteralGenericAlias(self, values)


@_SpecialForm
def Concatenate(self, parameters):
    """Concatenate[A, B, P]: parameters A and B, then those P stands for
    (P a ParamSpec, or ...); used as a Callable's parameter list."""
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    *leading, last = parameters
    if last is not ... and not isinstance(last, ParamSpec):
        raise TypeError("The last parameter to Concatenate should be a ParamSpec variable or ellipsis.")
    leading = [_type_check(p, "Concatenate[arg, ...]: each arg must be a type.") for p in leading]
    return _ConcatenateGenericAlias(self, (*leading, last), _paramspec_tvars=True)


# ---------------------------------------------------------------------------
# ForwardRef


class ForwardRef(_Final, _root=True):
    """An annotation written as a string: compiled at once, evaluated on
    demand (and the value kept)."""

    __slots__ = ('__forward_arg__', '__forward_code__', '__forward_evaluated__', '__forward_value__',
                 '__forward_is_argument__', '__forward_is_class__', '__forward_module__')

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        # '*Ts' is not an expression on its own; inside a tuple display it is.
        source = f'({arg},)[0]' if arg.startswith('*') else arg
        try:
            code = compile(source, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}")
        self.__forward_module__ = module
        self.__forward_is_class__ = is_class
        self.__forward_is_argument__ = is_argument
        self.__forward_arg__, self.__forward_code__ = arg, code
        self.__forward_value__, self.__forward_evaluated__ = None, False

    def _evaluate(self, globalns, localns, recursive_guard):
        # recursive_guard holds the references being evaluated further up,
        # so a self-referencing annotation stops at itself.
        if self.__forward_arg__ in recursive_guard:
            return self
        # The cached value serves only lookups in a single namespace.
        if self.__forward_evaluated__ and localns is globalns:
            return self.__forward_value__
        if globalns is None:
            globalns = {} if localns is None else localns
        if localns is None:
            localns = globalns
        if self.__forward_module__ is not None:
            home = sys.modules.get(self.__forward_module__, None)
            globalns = getattr(home, '__dict__', globalns)
        value = _type_check(eval(self.__forward_code__, globalns, localns),
                            "Forward references must evaluate to types.",
                            is_argument=self.__forward_is_argument__,
                            allow_special_forms=self.__forward_is_class__)
        self.__forward_value__ = _eval_type(value, globalns, localns,
                                            recursive_guard | {self.__forward_arg__})
        self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        if self.__forward_arg__ != other.__forward_arg__:
            return False
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            return self.__forward_value__ == other.__forward_value__
        return self.__forward_module__ == other.__forward_module__

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    __or__, __ror__ = _or_union, _ror_union

    def __repr__(self):
        extra = '' if self.__forward_module__ is None else f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{extra})'


# ---------------------------------------------------------------------------
# Type variables: TypeVar, TypeVarTuple, ParamSpec


def _is_unpacked_typevartuple(x):
    if isinstance(x, type):
        return False
    return getattr(x, '__typing_is_unpacked_typevartuple__', False)


def _is_typevar_like(x):
    return isinstance(x, (TypeVar, ParamSpec)) or _is_unpacked_typevartuple(x)


def _module_of_caller(depth):
    # Name of the module whose code is depth frames above our caller; a
    # type variable records it as __module__ so it pickles by reference.
    try:
        return sys._getframe(depth + 1).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return None


def _record_module(var):
    # Called from a type variable's __init__: two frames up is the code
    # that created it. typing's own variables keep the class's module.
    where = _module_of_caller(2)
    if where != 'typing':
        var.__module__ = where


class _PickleUsingNameMixin:
    """Mixin: pickled as a reference to the module-level name."""

    def __reduce__(self):
        return self.__name__


class _BoundVarianceMixin:
    """Mixin of TypeVar and ParamSpec: the bound, the variance flags, the
    +/-/~ prefixed repr, and | building a Union."""

    def __init__(self, bound, covariant, contravariant):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound else None

    __or__, __ror__ = _or_union, _ror_union

    def __repr__(self):
        sign = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return sign + self.__name__


class TypeVar(_Final, _Immutable, _BoundVarianceMixin, _PickleUsingNameMixin, _root=True):
    """A type variable, as in T = TypeVar('T'). It may be limited to a
    bound (bound=int: int or a subclass) or to two or more constraints
    (TypeVar('S', str, bytes)), and be covariant or contravariant."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        super().__init__(bound, covariant, contravariant)
        if constraints:
            if bound is not None:
                raise TypeError("Constraints cannot be combined with bound=...")
            if len(constraints) == 1:
                raise TypeError("A single constraint is not allowed")
        why = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple(_type_check(c, why) for c in constraints)
        _record_module(self)

    def __typing_subst__(self, arg):
        arg = _type_check(arg, "Parameters to generic types must be types.", is_argument=True)
        starred = ((isinstance(arg, _GenericAlias) and arg.__origin__ is Unpack)
                   or (isinstance(arg, GenericAlias) and getattr(arg, '__unpacked__', False)))
        if starred:
            raise TypeError(f"{arg} is not valid as type argument")
        return arg


class TypeVarTuple(_Final, _Immutable, _PickleUsingNameMixin, _root=True):
    """A variable standing for a sequence of types, Ts =
    TypeVarTuple('Ts'), written unpacked: *Ts or Unpack[Ts]."""

    def __init__(self, name):
        self.__name__ = name
        _record_module(self)

    def __repr__(self):
        return self.__name__

    def __typing_subst__(self, arg):
        # Only its unpacked form (*Ts) takes part in substitution.
        raise TypeError("Substitution of bare TypeVarTuple is not supported")

    def __iter__(self):
        yield Unpack[self]

    def __typing_prepare_subst__(self, alias, args):
        # Parameters before and after this one take one argument each;
        # this one takes the rest, grouped into a tuple. An unpacked tuple
        # of any length (*Tuple[X, ...]) among the arguments goes to this
        # one, and the plain parameters it stands in the way of get X.
        params = alias.__parameters__
        at = params.index(self)
        if any(isinstance(p, TypeVarTuple) for p in params[at + 1:]):
            raise TypeError(f"More than one TypeVarTuple parameter in {alias}")
        trailing = len(params) - at - 1
        unbounded = [(i, _unbounded_tuple_item(a)) for i, a in enumerate(args)]
        unbounded = [(i, item) for i, item in unbounded if item is not _NO_ITEM]
        if len(unbounded) > 1:
            raise TypeError("More than one unpacked arbitrary-length tuple argument")
        if unbounded:
            where, item = unbounded[0]
            lead = min(at, where)
            tail = min(trailing, len(args) - where - 1)
        elif at + trailing > len(args):
            raise TypeError(f"Too few arguments for {alias}; actual {len(args)}, "
                            f"expected at least {len(params) - 1}")
        else:
            item, lead, tail = None, at, trailing
        stop = len(args) - tail
        # (The count of trailing fillers also subtracts the leading
        # arguments: CPython does, and then reports too few arguments.)
        return (*args[:lead], *[item] * (at - lead), tuple(args[lead:stop]),
                *[item] * (trailing - tail - lead), *args[stop:])


_NO_ITEM = object()


def _unbounded_tuple_item(arg):
    # X for an argument *Tuple[X, ...]; _NO_ITEM for anything else.
    if isinstance(arg, type):
        return _NO_ITEM
    items = getattr(arg, '__typing_unpacked_tuple_args__', None)
    if items and len(items) == 2 and items[1] is ...:
        return items[0]
    return _NO_ITEM


# P.args and P.kwargs share their behaviour: they remember P and are equal
# when their ParamSpecs are. The two classes are kept apart (no common
# base) so their MROs stay as they are in CPython.
def _psp_init(self, origin):
    self.__origin__ = origin


def _psp_eq(self, other):
    if type(other) is not type(self):
        return NotImplemented
    return self.__origin__ == other.__origin__


def _psp_hash(self):
    return hash((type(self), self.__origin__))


class ParamSpecArgs(_Final, _Immutable, _root=True):
    """P.args: the type of *args in a function whose parameters are P."""
    __init__, __eq__, __hash__ = _psp_init, _psp_eq, _psp_hash

    def __repr__(self):
        return self.__origin__.__name__ + '.args'


class ParamSpecKwargs(_Final, _Immutable, _root=True):
    """P.kwargs: the type of **kwargs in a function whose parameters are P."""
    __init__, __eq__, __hash__ = _psp_init, _psp_eq, _psp_hash

    def __repr__(self):
        return self.__origin__.__name__ + '.kwargs'


class ParamSpec(_Final, _Immutable, _BoundVarianceMixin, _PickleUsingNameMixin, _root=True):
    """A variable standing for a whole parameter list, as in
    Callable[P, R]; P.args and P.kwargs annotate *args and **kwargs."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        super().__init__(bound, covariant, contravariant)
        _record_module(self)

    # P.args and P.kwargs, made on each access (they compare equal).
    args = property(lambda self: ParamSpecArgs(self))
    kwargs = property(lambda self: ParamSpecKwargs(self))

    def __typing_subst__(self, arg):
        if isinstance(arg, (list, tuple)):
            return tuple(_type_check(a, "Expected a type.") for a in arg)
        if not _is_param_expr(arg):
            raise TypeError(f"Expected a list of types, an ellipsis, ParamSpec, or Concatenate. Got {arg}")
        return arg

    def __typing_prepare_subst__(self, alias, args):
        params = alias.__parameters__
        at = params.index(self)
        if at >= len(args):
            raise TypeError(f"Too few arguments for {alias}")
        if len(params) == 1 and not _is_param_expr(args[0]):
            # With P the only parameter, G[int, str] means G[[int, str]].
            return (args,)
        if isinstance(args[at], list):
            return (*args[:at], tuple(args[at]), *args[at + 1:])
        return args


def _is_dunder(attr):
    return attr[:2] == '__' == attr[-2:]


# ---------------------------------------------------------------------------
# Generic aliases: List[int], Callable[[int], str], Union[...], user
# generics G[int]...

# Private attributes an alias keeps on itself; any other non-dunder name
# set on an alias goes to its origin class.
_alias_own_slots = frozenset(['_name', '_inst', '_nparams', '_paramspec_tvars', '_typevar_types'])


class _BaseGenericAlias(_Final, _root=True):
    """Common ground of all aliases. An alias stands for its origin class:
    calling it instantiates the origin (and tags the instance with
    __orig_class__), using it as a base puts the origin in the bases,
    non-dunder attributes are read from the origin. isinstance and
    issubclass refuse it. _name is set only for typing's own aliases."""

    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin
        # Lets code that looks for __slots__ on classes see no slots here.
        self.__slots__ = None

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        made = self.__origin__(*args, **kwargs)
        try:
            made.__orig_class__ = self
        except AttributeError:
            # Objects without a __dict__ just stay untagged.
            pass
        return made

    def __mro_entries__(self, bases):
        entries = () if self.__origin__ in bases else (self.__origin__,)
        # Add Generic unless a later base brings it (directly or as alias).
        later = bases[bases.index(self) + 1:]
        if not any(isinstance(b, _BaseGenericAlias) or issubclass(b, Generic) for b in later):
            entries += (Generic,)
        return entries

    def __getattr__(self, attr):
        if attr in ('__origin__', '__args__'):
            return super().__getattr__(attr)
        if attr in ('__name__', '__qualname__'):
            return self._name or self.__origin__.__name__
        if not _is_dunder(attr) and '__origin__' in self.__dict__:
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __setattr__(self, attr, val):
        if attr in _alias_own_slots or _is_dunder(attr):
            super().__setattr__(attr, val)
        else:
            setattr(self.__origin__, attr, val)

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __dir__(self):
        names = set(super().__dir__())
        names.update(a for a in dir(self.__origin__) if not _is_dunder(a))
        return list(names)


def _substitute(alias, old_args, mapping):
    # Replace the type variables inside old_args (an alias's __args__, or a
    # Callable's parameter tuple) with their values from mapping.
    callable_origin = alias.__origin__ == collections.abc.Callable
    result = []
    for old in old_args:
        if isinstance(old, type):
            result.append(old)
            continue
        if isinstance(old, tuple):
            # A parameter list: Callable's spreads, a generic class's is
            # substituted item by item.
            if callable_origin:
                result.extend(old)
            else:
                result.append(tuple(_substitute(alias, old, mapping)))
            continue
        subst = getattr(old, '__typing_subst__', None)
        if subst:
            new = subst(mapping[old])
        else:
            inner = getattr(old, '__parameters__', ())
            if inner:
                values = []
                for var in inner:
                    if isinstance(var, TypeVarTuple):
                        values.extend(mapping[var])
                    else:
                        values.append(mapping[var])
                new = old[tuple(values)]
            else:
                new = old
        # A ParamSpec replaced by a list of types, or an unpacked
        # TypeVarTuple, spreads into the surrounding arguments.
        if (callable_origin and isinstance(new, tuple)) or _is_unpacked_typevartuple(old):
            result.extend(new)
        else:
            result.append(new)
    return result


class _GenericAlias(_BaseGenericAlias, _root=True):
    """A subscripted alias: List[int], G[T], ClassVar[int]... Its
    __parameters__ are the type variables left in its arguments, which a
    further subscription fills in."""

    def __init__(self, origin, args, *, inst=True, name=None, _paramspec_tvars=False):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _collect_parameters(args)
        self._paramspec_tvars = _paramspec_tvars
        if not name:
            self.__module__ = origin.__module__

    def __eq__(self, other):
        if isinstance(other, _GenericAlias):
            return self.__origin__ == other.__origin__ and self.__args__ == other.__args__
        return NotImplemented

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    __or__, __ror__ = _or_union, _ror_union

    @_tp_cache
    def __getitem__(self, args):
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        if self.__origin__ in (Generic, Protocol):
            # Generic[T] and Protocol[T] are complete headers.
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not isinstance(args, tuple):
            args = (args,)
        args = _unpack_args(tuple(_type_convert(a) for a in args))
        return self.copy_with(self._determine_new_args(args))

    def _determine_new_args(self, args):
        # Let ParamSpecs and TypeVarTuples regroup the arguments first,
        # then pair each parameter with its value.
        params = self.__parameters__
        for param in params:
            regroup = getattr(param, '__typing_prepare_subst__', None)
            if regroup is not None:
                args = regroup(self, args)
        if len(args) != len(params):
            which = 'many' if len(args) > len(params) else 'few'
            raise TypeError(f"Too {which} arguments for {self}; actual {len(args)}, expected {len(params)}")
        return tuple(_substitute(self, self.__args__, dict(zip(params, args))))

    def copy_with(self, args):
        return type(self)(self.__origin__, args, name=self._name, inst=self._inst,
                          _paramspec_tvars=self._paramspec_tvars)

    def __repr__(self):
        head = 'typing.' + self._name if self._name else _type_repr(self.__origin__)
        # Tuple[()] has no arguments and shows them as ().
        inner = ', '.join(_type_repr(a) for a in self.__args__) if self.__args__ else '()'
        return f'{head}[{inner}]'

    def __reduce__(self):
        origin = globals()[self._name] if self._name else self.__origin__
        args = self.__args__
        if len(args) == 1 and not isinstance(args[0], tuple):
            args = args[0]
        return operator.getitem, (origin, args)

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            # Generic[...] adds nothing when Protocol or a later alias will
            # bring Generic in.
            if Protocol in bases:
                return ()
            later = bases[bases.index(self) + 1:]
            if any(isinstance(b, _BaseGenericAlias) and b is not self for b in later):
                return ()
        return (self.__origin__,)

    def __iter__(self):
        yield Unpack[self]


class _SpecialGenericAlias(_NotIterable, _BaseGenericAlias, _root=True):
    """typing's bare aliases (List, Dict, Iterable...): subscripting one
    with nparams types makes a _GenericAlias."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=origin.__name__ if name is None else name)
        self._nparams = nparams
        where = '' if origin.__module__ == 'builtins' else origin.__module__ + '.'
        self.__doc__ = f'A generic version of {where}{origin.__qualname__}.'

    @_tp_cache
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p, "Parameters to generic types must be types.") for p in params)
        _check_generic(self, params, self._nparams)
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __subclasscheck__(self, cls):
        # The bare alias answers for its origin class.
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if isinstance(cls, _GenericAlias):
            return super().__subclasscheck__(cls)
        return issubclass(cls, self.__origin__)

    def __reduce__(self):
        return self._name

    __or__, __ror__ = _or_union, _ror_union


def _callable_takes_param_expr(args):
    return len(args) == 2 and _is_param_expr(args[0])


class _CallableGenericAlias(_NotIterable, _GenericAlias, _root=True):
    """Callable[[A, B], R], stored flat as __args__ (A, B, R); a
    ParamSpec, Concatenate or ... stays whole as the first argument."""

    def __repr__(self):
        args = self.__args__
        if _callable_takes_param_expr(args):
            return super().__repr__()
        shown = ', '.join(_type_repr(a) for a in args[:-1])
        return f'typing.Callable[[{shown}], {_type_repr(args[-1])}]'

    def __reduce__(self):
        args = self.__args__
        if not _callable_takes_param_expr(args):
            args = list(args[:-1]), args[-1]
        return operator.getitem, (Callable, args)


class _CallableType(_SpecialGenericAlias, _root=True):
    """The bare Callable."""

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst,
                                     _paramspec_tvars=True)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        # A list becomes a tuple so the pair can be cached; anything else
        # (..., a ParamSpec, Concatenate) is taken as it is.
        return self.__getitem_inner__((tuple(args) if isinstance(args, list) else args, result))

    @_tp_cache
    def __getitem_inner__(self, params):
        args, result = params
        result = _type_check(result, "Callable[args, result]: result must be a type.")
        if args is Ellipsis:
            return self.copy_with((_TypingEllipsis, result))
        if not isinstance(args, tuple):
            args = (args,)
        return self.copy_with(tuple(_type_convert(a) for a in args) + (result,))


class _TupleType(_SpecialGenericAlias, _root=True):
    """The bare Tuple: any number of parameters, or (T, ...)."""

    @_tp_cache
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) > 1 and params[-1] is ...:
            items = tuple(_type_check(p, "Tuple[t, ...]: t must be a type.") for p in params[:-1])
            return self.copy_with(items + (_TypingEllipsis,))
        return self.copy_with(tuple(_type_check(p, "Tuple[t0, t1, ...]: each t must be a type.")
                                    for p in params))


class _UnionGenericAlias(_NotIterable, _GenericAlias, _root=True):
    """Union[...] and Optional[...]: equal to any union (also X | Y) with
    the same members in any order; isinstance checks each member."""

    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if isinstance(other, (_UnionGenericAlias, types.UnionType)):
            return set(self.__args__) == set(other.__args__)
        return NotImplemented

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        none = type(None)
        if len(args) == 2 and (args[0] is none or args[1] is none):
            other = args[1] if args[0] is none else args[0]
            return f'typing.Optional[{_type_repr(other)}]'
        return super().__repr__()

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        if any(issubclass(cls, member) for member in self.__args__):
            return True
        return None

    def __reduce__(self):
        func, (_, args) = super().__reduce__()
        return func, (Union, args)


def _value_and_type_iter(parameters):
    # Literal[1] and Literal[True] differ: values compare with their types.
    return ((p, type(p)) for p in parameters)


class _LiteralGenericAlias(_GenericAlias, _root=True):
    """Literal[...]: equal to another with the same values, in any order."""

    def __eq__(self, other):
        if isinstance(other, _LiteralGenericAlias):
            return set(_value_and_type_iter(self.__args__)) == set(_value_and_type_iter(other.__args__))
        return NotImplemented

    def __hash__(self):
        return hash(frozenset(_value_and_type_iter(self.__args__)))


class _ConcatenateGenericAlias(_GenericAlias, _root=True):
    """Concatenate[A, P]: when P is filled in, the result is the flat
    parameter list (or a Concatenate merged with another)."""

    def copy_with(self, params):
        last = params[-1]
        if isinstance(last, (list, tuple)):
            return (*params[:-1], *last)
        if isinstance(last, _ConcatenateGenericAlias):
            params = (*params[:-1], *last.__args__)
        return super().copy_with(params)


@_SpecialForm
def Unpack(self, parameters):
    """Unpack[Ts], written *Ts: the types of a TypeVarTuple (or of a
    tuple type) spread into the surrounding argument list."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _UnpackGenericAlias(origin=self, args=(item,))


class _UnpackGenericAlias(_GenericAlias, _root=True):
    """Unpack[X], shown as *X."""

    def __getitem__(self, args):
        # *Ts[...] gives back the arguments themselves.
        return args if self.__typing_is_unpacked_typevartuple__ else super().__getitem__(args)

    def __repr__(self):
        return '*' + repr(self.__args__[0])

    @property
    def __typing_unpacked_tuple_args__(self):
        # The element types when X is a tuple type, else None.
        inner = self.__args__[0]
        return inner.__args__ if isinstance(inner, _GenericAlias) else None

    @property
    def __typing_is_unpacked_typevartuple__(self):
        return isinstance(self.__args__[0], TypeVarTuple)


class _TypingEllipsis:
    """Stands for ... among an alias's arguments while they are built."""


# ---------------------------------------------------------------------------
# Generic


def _check_generic_header(cls, params):
    # Generic[...] and Protocol[...] list distinct type variables.
    if not params:
        raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
    if not all(_is_typevar_like(p) for p in params):
        raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                        f"or parameter specification variables.")
    if len(set(params)) != len(params):
        raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")


def _fill_class_parameters(cls, params):
    # The arguments of cls[...] for a user generic class, one per
    # parameter (a TypeVarTuple's group spread out again).
    for var in cls.__parameters__:
        regroup = getattr(var, '__typing_prepare_subst__', None)
        if regroup is not None:
            params = regroup(cls, params)
    _check_generic(cls, params, len(cls.__parameters__))
    filled = []
    for var, value in zip(cls.__parameters__, params):
        if isinstance(var, TypeVarTuple):
            filled.extend(value)
        else:
            filled.append(value)
    return tuple(filled)


def _declared_parameters(cls):
    # A generic class's type parameters: the type variables of its
    # subscripted bases, in order; when Generic[...] is among them, exactly
    # its list, which must then cover the others.
    bases = cls.__orig_bases__
    found = _collect_parameters(bases)
    declared = None
    for base in bases:
        if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
            if declared is not None:
                raise TypeError("Cannot inherit from Generic[...] multiple times.")
            declared = base.__parameters__
    if declared is None:
        return found
    missing = [v for v in found if v not in set(declared)]
    if missing:
        listed = ', '.join(str(v) for v in declared)
        raise TypeError(f"Some type variables ({', '.join(str(v) for v in missing)}) are"
                        f" not listed in Generic[{listed}]")
    return declared


class Generic:
    """Base of user-defined generic classes: class Box(Generic[T]) makes
    Box[int] possible."""

    __slots__ = ()
    _is_protocol = False

    @_tp_cache
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_convert(p) for p in params)
        if cls in (Generic, Protocol):
            _check_generic_header(cls, params)
        else:
            params = _fill_class_parameters(cls, params)
        return _GenericAlias(cls, params, _paramspec_tvars=True)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        subscripted = '__orig_bases__' in cls.__dict__
        if subscripted:
            plain = Generic in cls.__orig_bases__
        else:
            # Protocol and TypedDict classes put Generic in their bases
            # themselves.
            plain = (Generic in cls.__bases__ and cls.__name__ != 'Protocol'
                     and type(cls) != _TypedDictMeta)
        if plain:
            raise TypeError("Cannot inherit from plain Generic")
        cls.__parameters__ = tuple(_declared_parameters(cls)) if subscripted else ()


# ---------------------------------------------------------------------------
# Protocol

# Names that never count as members a protocol requires.
_TYPING_INTERNALS = ['__parameters__', '__orig_bases__', '__orig_class__', '_is_protocol',
                     '_is_runtime_protocol']
_SPECIAL_NAMES = ['__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__',
                  '__module__', '__new__', '__slots__', '__subclasshook__', '__weakref__',
                  '__class_getitem__']
EXCLUDED_ATTRIBUTES = _TYPING_INTERNALS + _SPECIAL_NAMES + ['_MutableMapping__marker']


def _get_protocol_attrs(cls):
    """The member names a protocol requires: everything its classes
    (Protocol, Generic and object aside) define or annotate."""
    members = set()
    for klass in cls.__mro__[:-1]:
        if klass.__name__ in ('Protocol', 'Generic'):
            continue
        names = list(klass.__dict__) + list(getattr(klass, '__annotations__', {}))
        members.update(n for n in names if not n.startswith('_abc_') and n not in EXCLUDED_ATTRIBUTES)
    return members


def _is_callable_members_only(cls):
    return all(callable(getattr(cls, name, None)) for name in _get_protocol_attrs(cls))


def _no_init_or_replace_init(self, *args, **kwargs):
    # The __init__ of protocol classes. A protocol itself cannot be
    # instantiated; a concrete class deriving from one gets, on first use,
    # the __init__ it would have had without the protocol.
    cls = type(self)
    if cls._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    if cls.__init__ is _no_init_or_replace_init:
        inits = (k.__dict__.get('__init__') for k in cls.__mro__)
        cls.__init__ = next((f for f in inits if f is not None and f is not _no_init_or_replace_init),
                            object.__init__)
        cls.__init__(self, *args, **kwargs)


def _caller(depth=1, default='__main__'):
    # The __name__ of the module running depth frames above our caller.
    try:
        return sys._getframe(depth + 1).f_globals.get('__name__', default)
    except (AttributeError, ValueError):
        return None


def _allow_reckless_class_checks(depth=3):
    # abc and functools walk whole MROs with issubclass, so they may meet
    # any protocol; only they may check one not marked runtime_checkable.
    return _caller(depth) in ('abc', 'functools', None)


# Non-protocol classes a protocol may still derive from.
_PROTO_ALLOWLIST = {
    'collections.abc': ['Callable', 'Awaitable', 'Iterable', 'Iterator', 'AsyncIterable', 'Hashable',
                        'Sized', 'Container', 'Collection', 'Reversible'],
    'contextlib': ['AbstractContextManager', 'AbstractAsyncContextManager'],
}


def _has_members(instance, proto):
    # Structural isinstance: every member present, and no method of the
    # protocol set to None on the instance (None switches a method off).
    for name in _get_protocol_attrs(proto):
        if not hasattr(instance, name):
            return False
        if callable(getattr(proto, name, None)) and getattr(instance, name) is None:
            return False
    return True


class _ProtocolMeta(ABCMeta):
    # isinstance() with a protocol that has data members has to look at
    # the instance itself (they may be set in __init__), which the
    # __subclasshook__ can't.
    def __instancecheck__(cls, instance):
        is_proto = getattr(cls, '_is_protocol', False)
        if is_proto and not getattr(cls, '_is_runtime_protocol', False) \
                and not _allow_reckless_class_checks(depth=2):
            raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
        if (not is_proto or _is_callable_members_only(cls)) and issubclass(instance.__class__, cls):
            return True
        if cls._is_protocol and _has_members(instance, cls):
            return True
        return super().__instancecheck__(instance)


def _protocol_subclasshook(proto):
    # The __subclasshook__ of a protocol class: other is a subclass when
    # its MRO provides every member (a None value refuses it; annotations
    # count, but only for protocols).
    def hook(other):
        if not proto.__dict__.get('_is_protocol', False):
            return NotImplemented
        if not getattr(proto, '_is_runtime_protocol', False):
            if _allow_reckless_class_checks():
                return NotImplemented
            raise TypeError("Instance and class checks can only be used with @runtime_checkable protocols")
        if not _is_callable_members_only(proto):
            if _allow_reckless_class_checks():
                return NotImplemented
            raise TypeError("Protocols with non-method members don't support issubclass()")
        if not isinstance(other, type):
            raise TypeError('issubclass() arg 1 must be a class')
        for name in _get_protocol_attrs(proto):
            if not _mro_provides(other, name):
                return NotImplemented
        return True
    return hook


def _mro_provides(other, name):
    for klass in other.__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name] is not None
        annotations = getattr(klass, '__annotations__', {})
        if (isinstance(annotations, collections.abc.Mapping) and name in annotations
                and issubclass(other, Generic) and other._is_protocol):
            return True
    return False


def _allowed_protocol_base(base):
    if base in (object, Generic):
        return True
    if base.__name__ in _PROTO_ALLOWLIST.get(base.__module__, ()):
        return True
    return issubclass(base, Generic) and base._is_protocol


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base of protocol classes, which describe an interface by its
    members: a class conforms by having them, not by inheriting.
    isinstance and issubclass work once the protocol is decorated with
    @runtime_checkable."""

    _is_runtime_protocol = False
    _is_protocol = True
    __slots__ = ()

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        # Only a class naming Protocol among its bases is a protocol; its
        # concrete subclasses are ordinary classes.
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = _protocol_subclasshook(cls)
        if not cls._is_protocol:
            return
        for base in cls.__bases__:
            if not _allowed_protocol_base(base):
                raise TypeError('Protocols can only inherit from other protocols, got %r' % base)
        if cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init_or_replace_init


def runtime_checkable(cls):
    """Class decorator: let isinstance() and issubclass() accept the
    protocol cls (they check only that the members exist)."""
    if not (issubclass(cls, Generic) and cls._is_protocol):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


# ---------------------------------------------------------------------------
# Annotated


class _AnnotatedAlias(_NotIterable, _GenericAlias, _root=True):
    """Annotated[T, m1, m2]: T carrying metadata. An Annotated inside
    another merges into it, inner metadata first."""

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            origin, metadata = origin.__origin__, origin.__metadata__ + metadata
        super().__init__(origin, origin)
        self.__metadata__ = metadata

    def copy_with(self, params):
        (inner,) = params
        return _AnnotatedAlias(inner, self.__metadata__)

    def __repr__(self):
        extras = ', '.join(repr(m) for m in self.__metadata__)
        return f"typing.Annotated[{_type_repr(self.__origin__)}, {extras}]"

    def __reduce__(self):
        return operator.getitem, (Annotated, (self.__origin__, *self.__metadata__))

    def __eq__(self, other):
        if isinstance(other, _AnnotatedAlias):
            return (self.__origin__, self.__metadata__) == (other.__origin__, other.__metadata__)
        return NotImplemented

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __getattr__(self, attr):
        if attr in ('__name__', '__qualname__'):
            return 'Annotated'
        return super().__getattr__(attr)


class Annotated:
    """Annotated[T, x, ...]: the type T plus metadata x for tools that
    want it; type checkers see T. get_type_hints drops the metadata
    unless include_extras=True."""

    @_tp_cache
    def __class_getitem__(cls, params):
        if isinstance(params, tuple) and len(params) >= 2:
            inner = _type_check(params[0], "Annotated[t, ...]: t must be a type.", allow_special_forms=True)
            return _AnnotatedAlias(inner, tuple(params[1:]))
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    __slots__ = ()

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError(f"Cannot subclass {cls.__module__}.Annotated")


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


# How much of the value's repr assert_never shows.
_ASSERT_NEVER_REPR_MAX_LENGTH = 100


def assert_never(arg, /):
    """Fail loudly: reaching this call means a case analysis missed arg."""
    shown = repr(arg)
    if len(shown) > _ASSERT_NEVER_REPR_MAX_LENGTH:
        shown = shown[:_ASSERT_NEVER_REPR_MAX_LENGTH] + '...'
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
_overload_registry = {}


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
        by_name = _overload_registry.setdefault(where[0], {})
        by_name.setdefault(where[1], {})[where[2]] = func
    return _calling_an_overload


def get_overloads(func):
    """The signatures @overload recorded for func, first defined first."""
    target = getattr(func, '__func__', func)
    found = _overload_registry.get(target.__module__, {}).get(target.__qualname__, {})
    return list(found.values())


def clear_overloads():
    """Forget all recorded overloads."""
    _overload_registry.clear()


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

    __or__, __ror__ = _or_union, _ror_union

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
