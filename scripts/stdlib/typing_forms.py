# typing's special forms and aliases: reprs, equality, flattening,
# get_origin/get_args, and the errors of misuse.
import typing as t
from typing import Any, Callable, Optional, TypeVar, Union, List, Dict, Tuple, Set, FrozenSet, Type

T = TypeVar('T')
K = TypeVar('K', bound=int)
C = TypeVar('C', int, str, covariant=True)
N = TypeVar('N', contravariant=True)
print(T, K, C, N, T.__name__, K.__bound__, C.__constraints__, C.__covariant__, N.__contravariant__, type(T).__name__, T.__module__)
print(Any, Optional[int], Union[int, str], Union[int], Union[int, None], Optional[Union[int, str]], Union[int, Union[str, float]], Union[int, str, int])
print(List, List[int], Dict[str, int], Tuple[int, ...], Tuple[()], Tuple[int, str], Set[int], FrozenSet[T], Type[int])
print(Callable, Callable[..., T], Callable[[int, str], float], Callable[[], None], Callable[int, str])
print(t.Iterable[int], t.Iterator[str], t.Generator[int, None, None], t.Sequence[T], t.Mapping[K, T], List[T][int], Dict[T, List[T]][str])
print(t.Literal[1, 'a'], t.Literal[1, 1, True], t.Final[int], t.ClassVar[int], t.Annotated[int, 'meta'], t.Annotated[t.Annotated[int, 1], 2])
print(t.NoReturn, t.Never, t.Self, t.TypeAlias, t.LiteralString, t.Hashable, t.Sized, t.Deque, t.DefaultDict[str, int], t.Counter[str], t.AbstractSet[int], t.ContextManager[int], t.ChainMap, t.AnyStr, t.Text)
print(t.get_origin(List[int]), t.get_args(Dict[str, int]), t.get_origin(Union[int, str]), t.get_args(Optional[int]), t.get_origin(int), t.get_args(int))
print(t.get_origin(list[int]), t.get_args(Callable[[int], str]), t.get_args(Callable[..., str]), t.get_origin(t.Annotated[int, 1]), t.get_args(t.Annotated[int, 1]), t.get_origin(t.Literal[1]), t.get_args(t.Literal[1, 2]))
print(t.get_origin(int | str), t.get_args(int | str), t.get_origin(t.Generic), t.get_origin(t.ClassVar[int]), t.get_args(Tuple[()]), t.get_args(Tuple[int, ...]))
P = t.ParamSpec('P')
print(P, P.args, P.kwargs, t.Concatenate[int, P], Callable[P, int], Callable[t.Concatenate[int, P], int], t.get_args(Callable[P, int]))
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int], hash(List[int]) == hash(List[int]), List[int] == list[int], Union[int, str] == (int | str), List[int] == List[int])
print(repr(Union), repr(Optional), t.Generic, t.Protocol, List.__origin__, t.TYPE_CHECKING, type(Any).__name__, List[int].__origin__, Union[int, str].__args__, Dict[T, int].__parameters__)
print(List[int].__args__, List[T].__parameters__, Callable[[T], int].__parameters__, Union[T, int].__parameters__, Union[int, str].__origin__, t.Type[T][int], List[Any])
print(Optional[T][int], Union[T, str][int], Callable[[T], T][int], Callable[P, int][[str, bytes]], Dict[str, T][List[int]])
print(t.cast(int, 'x'), t.cast('int', 3), t.assert_type(5, int), T | int, int | T, Any | None, Optional[int] | str)
cases = [
    lambda: isinstance(1, List[int]), lambda: isinstance([], List), lambda: issubclass(list, List), lambda: isinstance(1, Union[int, str]),
    lambda: isinstance(1, Any), lambda: Union[()], lambda: Optional[int, str], lambda: List[int, str], lambda: Dict[int],
    lambda: t.Generic[int], lambda: t.Generic[T, T], lambda: t.Generic[()], lambda: TypeVar('X', int), lambda: TypeVar('X', int, str, bound=int),
    lambda: TypeVar('X', covariant=True, contravariant=True), lambda: Any(), lambda: List(), lambda: Tuple[int](),
    lambda: List[int](), lambda: Dict(), lambda: t.Final[int, str], lambda: t.ClassVar[1], lambda: t.Annotated[int],
    lambda: t.cast(), lambda: isinstance(1, T), lambda: List[1], lambda: Union[1], lambda: t.NoReturn[int], lambda: Callable[int],
    lambda: List[int][str], lambda: Dict[T, T][int, str], lambda: List[T][int, str], lambda: Union(), lambda: Optional(),
    lambda: issubclass(int, Optional[int]), lambda: isinstance(None, Optional[int]), lambda: t.Concatenate[int],
    lambda: t.Annotated(), lambda: List[t.Generic], lambda: List[t.ClassVar[int]], lambda: t.Literal[[1]], lambda: Union[t.Final],
    lambda: isinstance(1, t.Literal[1]), lambda: t.assert_never(5), lambda: List.append, lambda: Tuple[int, int, ...],
]
for c in cases:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
