# More of typing, for what typing_forms/typing_classes leave out: TypeVarTuple
# and Unpack, the IO classes, ForwardRef, get_type_hints' namespaces, special
# form attributes, overload bookkeeping and the misuse errors.
import sys
import typing as t
from typing import (Any, Callable, Generic, List, Tuple, TypeVar, TypeVarTuple, Unpack, Union, Optional,
                    ParamSpec, Concatenate, Literal, Annotated, ForwardRef)

T = TypeVar('T')
Ts = TypeVarTuple('Ts')
P = ParamSpec('P')
print(Ts, Unpack[Ts], Tuple[Unpack[Ts]], Tuple[int, Unpack[Ts]], Ts.__name__, type(Ts).__name__, list(iter(Ts)))
print(Tuple[Unpack[Ts]][int, str], Tuple[T, Unpack[Ts]][int, str, bytes], Tuple[T, Unpack[Ts]][int])
print(T.__bound__, T.__constraints__, T.__covariant__, T.__contravariant__, repr(TypeVar('B', bound='Fwd')), TypeVar('Q', bound=None).__bound__)
print(P.__name__, P.args.__origin__ is P, P.kwargs.__origin__ is P, P.args == P.args, ParamSpec('R', covariant=True), ParamSpec('R', contravariant=True))
print(T.__module__, Ts.__module__, P.__module__, t.AnyStr.__constraints__, t.T_co, t.T_contra, t.KT, t.VT, t.CT_co.__bound__)
print(Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True], hash(Literal[1, 2]) == hash(Literal[2, 1]), Literal[Literal[1, 2], 3], t.get_args(Literal[Literal[1], 2]))
print(Annotated[Annotated[int, 1], 2].__metadata__, Annotated[int, 1].__origin__, Annotated[List[T], 'm'][int], Annotated[int, 1] == Annotated[int, 1], Annotated[int, 1] == Annotated[int, 2])
print(Union[int, List[int], Union[str, int]], Union[int, 'str'], Optional['X'], Union[Any, int], Union[None, int], Union[int, None, str])
print(Callable[[int], str].__args__, Callable[..., int].__args__, Callable[P, int].__parameters__, Callable[Concatenate[int, P], int][[str]], Callable[[int], str] == Callable[[int], str])
print(t.Type[int] == type[int], t.Type, t.List[int].__origin__, t.Deque[int], t.OrderedDict[str, int], t.Awaitable[int], t.Coroutine[int, int, int], t.AsyncGenerator[int, None])
print(t.Pattern, t.Match, t.Pattern[str], t.ByteString, t.Collection[int], t.Container[int], t.Reversible[int], t.MappingView[int], t.KeysView[int], t.ItemsView[int, str], t.ValuesView[int])
print(t.ClassVar, t.Final, t.Union, t.Optional, t.Literal, t.Concatenate, t.TypeGuard, t.TypeGuard[int], t.Required, t.NotRequired[int], t.Unpack, t.Annotated)
print(t.Any.__module__, t.NoReturn.__module__, t.Union._name, t.ClassVar.__doc__ is not None, repr(t.Never), type(t.Never).__name__)
print(isinstance(t.List, type), isinstance(List[int], type), callable(List), t.List.__name__ if hasattr(t.List, '__name__') else None, List[int].__module__)
print(t.get_origin(t.Required[int]), t.get_args(t.Annotated[List[int], 'a', 'b']), t.get_origin(P.args), t.get_origin(t.Generic[T]), t.get_origin(t.Callable), t.get_args(t.Callable))

fr = ForwardRef('List[int]')
print(fr, fr.__forward_arg__, fr.__forward_evaluated__, fr == ForwardRef('List[int]'), hash(fr) == hash(ForwardRef('List[int]')), ForwardRef('x', module='m'))
print(t._eval_type(fr, vars(t), None), fr.__forward_evaluated__, fr.__forward_value__)


class Node:
    nxt: 'Optional[Node]'
    val: int = 0


def g(a: 'Node', b: 'T' = None, *args: int, **kw: str) -> None:
    pass


print(t.get_type_hints(Node), t.get_type_hints(g), t.get_type_hints(g, localns={'T': float}), t.get_type_hints(Node, globalns={}, localns={'Optional': Optional, 'Node': int}))
print(t.get_type_hints(sys), t.get_type_hints(t.get_type_hints), t.get_type_hints(lambda: 0), t.get_type_hints(Node, include_extras=True))


class WithAnn:
    a: Annotated[int, 'x']
    b: t.ClassVar[Annotated[str, 'y']]
    c: 'Annotated[List[int], "z"]'


print(t.get_type_hints(WithAnn), t.get_type_hints(WithAnn, include_extras=True))
for src in ['t.get_type_hints(1)', 'def f(x: "undefined_name"): pass\nt.get_type_hints(f)', 'def f(x: "1 +"): pass\nt.get_type_hints(f)',
            'def f(x: 5): pass\nt.get_type_hints(f)', 'ForwardRef(1)', 'ForwardRef("1 +")', 'List["1 +"]',
            'Ts[int]', 'Unpack[int, str]', 'TypeVarTuple("Ts", bound=int)', 'Tuple[Unpack[Ts], Unpack[Ts]]',
            'ParamSpec("P", covariant=True, contravariant=True)', 'Callable[[int], P]', 'Concatenate[P, int]', 'Concatenate[()]',
            't.TypeGuard[int, str]', 't.Required[int, str]', 't.Union[int, str][int]', 'Literal[1][int]',
            'Annotated[int, 1][int]', 'class X(T): pass', 'class Y(t.TypeVar): pass', 'class Z(type(t.Any)): pass\nprint(Z)',
            'class W(t.ClassVar): pass', 'class V(List[int], List[str]): pass', 'class U(Generic[T], list[T]): pass\nprint(U[int], U.__parameters__)',
            't.Optional[None]', 't.Literal[1, 2]()', 'Any[int]', 'TypeVar(1)', 'TypeVar("T", int, bound=str)', 't.Self[int]',
            'isinstance(1, t.Callable[[int], str])', 'issubclass(int, List[int])', 'isinstance([], t.Sequence)', 'issubclass(dict, t.Mapping)',
            'isinstance(lambda: 0, Callable)', 'isinstance(1, t.Hashable)', 'issubclass(tuple, t.Tuple)', 'isinstance((), Tuple[int])',
            'List[int].append', 'List[int].__name__', 'List[int].foo = 1', 'Union[int, str].foo = 2', 't.assert_never("x" * 200)']:
    try:
        try:
            code = compile(src, '<case>', 'eval')
        except SyntaxError:
            exec(src, globals())
        else:
            print('ok', repr(eval(code, globals())))
    except Exception as e:
        print(type(e).__name__, e)

# The IO classes are abstract but usable as annotations and as bases.
print(t.IO, t.TextIO, t.BinaryIO, t.IO[str], t.IO.__parameters__, t.TextIO.__mro__, t.BinaryIO.__mro__[1], t.IO.read.__isabstractmethod__)
print(sorted(n for n in vars(t.IO) if not n.startswith('_')), sorted(n for n in vars(t.TextIO) if not n.startswith('_')))


class MyIO(t.TextIO):
    pass


print(MyIO.__mro__, MyIO.read.__qualname__)

# overloads are recorded per function and can be cleared.


@t.overload
def h(x: int) -> int: ...
@t.overload
def h(x: str) -> str: ...
def h(x):
    return x


print(len(t.get_overloads(h)), t.get_overloads(h)[0].__annotations__, t.get_overloads(len))
t.clear_overloads()
print(t.get_overloads(h))
try:
    h2 = t.overload(lambda x: x)
    h2(1)
except NotImplementedError as e:
    print('NotImplementedError', e)


@t.dataclass_transform(kw_only_default=True, field_specifiers=(int,), extra=1)
def model(cls):
    return cls


print(model.__dataclass_transform__)


@t.final
class Leaf:
    pass


print(Leaf.__final__, t.reveal_type(5), t.assert_type('a', str), t.cast(List[int], 3))


@t.no_type_check
class NoCheck:
    a: 'junk'

    def m(self, x: 'junk') -> 'more':
        pass


print(t.get_type_hints(NoCheck), NoCheck.m.__no_type_check__, t.get_type_hints(NoCheck.m))
deco = t.no_type_check_decorator(lambda f: f)


@deco
def k(x: 'junk'):
    pass


print(t.get_type_hints(k), t.is_typeddict(int), t.TYPE_CHECKING, t.Text is str)
print(sorted(t.__all__)[:20], len(t.__all__))
