# Attributes of typing's aliases: __name__/__qualname__, what passes through
# to the origin class, what an alias refuses, pickling-related reductions,
# and substitution of type variables in nested aliases.
import typing as t
import pickle

T = t.TypeVar('T')
S = t.TypeVar('S')
P = t.ParamSpec('P')
Ts = t.TypeVarTuple('Ts')


class Box(t.Generic[T]):
    pass


forms = [t.List, t.List[int], Box[int], t.Union[int, str], t.Optional[int], t.Literal[1], t.Callable[[int], str],
         t.Annotated[int, 1], t.Concatenate[int, P], t.Unpack[Ts], t.ClassVar[int], t.Tuple, t.Tuple[int],
         t.Generic[T], t.Protocol[T], t.Dict, t.Callable, t.Type[int], t.Final[int]]
for x in forms:
    try:
        print(repr(x), x.__name__, x.__qualname__, x.__module__, type(x).__name__)
    except Exception as e:
        print(repr(x), type(e).__name__, e)
for x in [t.List, t.Dict[str, int], t.Callable[..., int], t.Union[int, str], t.Optional[str], t.Literal['a', 2],
          t.Tuple[int, ...], t.Tuple[()], t.Type[int], Box[int], t.Annotated[int, 'x'], t.Callable[[int, str], None]]:
    try:
        r = x.__reduce__()
        print(repr(x), r if isinstance(r, str) else (r[0].__name__, r[1]), pickle.loads(pickle.dumps(x)) == x)
    except Exception as e:
        print(repr(x), type(e).__name__, e)
print(t.List.append is list.append, t.Dict[str, int].fromkeys is not None, 'append' in dir(t.List[int]), 'keys' in dir(t.Dict))
print(t.Dict[T, t.List[S]][int, str], t.Tuple[T, ...][int], t.Callable[[T], S][int, str], t.Callable[P, T][[int], str], t.Callable[P, T][..., str])
print(t.Dict[T, t.Callable[[T], S]][int, bytes], t.Union[T, t.List[T]][str], t.Optional[t.Tuple[T, S]][int, int], Box[t.List[T]][int])
print(t.Tuple[t.Unpack[Ts]][()], t.Tuple[int, t.Unpack[Ts], str][bytes, float], t.Callable[[t.Unpack[Ts]], T][int, str, float])
print(t.List[int] == t.List[int], t.List[int] != t.List[str], t.List[int] == list[int], t.Dict[str, int] == t.Dict[str, int], t.Callable[[int], str] == t.Callable[[int], str])
print(hash(t.Union[int, str]) == hash(t.Union[str, int]), t.Union[int, str] == t.Union[str, int], t.Literal[1, 2] == t.Literal[2, 1], t.Literal[0] == t.Literal[False])
print(t.Union[int, str] | None, None | t.List[int], t.List[int] | t.Dict[str, int], t.Callable | int, int | t.Sequence)
print(issubclass(list, t.Sequence), issubclass(dict, t.Mapping), issubclass(t.List, t.Sequence), issubclass(t.Dict, t.Iterable), isinstance([], t.Iterable), isinstance({}, t.Hashable))
print(t.Dict.__origin__, t.Deque.__origin__, t.AbstractSet.__origin__, t.ContextManager.__origin__, t.Counter._nparams if hasattr(t.Counter, '_nparams') else None)
print(t.Tuple[int, str].__args__, t.Tuple[int, ...].__args__, t.Callable[..., int].__parameters__, t.Dict[T, S].__parameters__, t.Callable[[T], P].__parameters__ if False else None)
cases = ['t.List[int](3)', 't.Dict(a=1)', 't.Set()', 't.Deque([1, 2])', 't.DefaultDict(int)', 't.Counter("aab")', 't.Type()',
         't.Tuple[int, str]()', 't.Callable[[int], str]()', 't.Tuple(1)', 't.List[int, int]', 't.Dict[int, str, float]',
         't.Tuple[..., int]', 't.Tuple[...]', 't.Callable[[...], int]', 't.Callable[[int], ...]', 't.Callable[int, str, float]',
         't.Sized[int]', 't.Hashable[int]', 't.Generator[int]', 't.Dict[T, S][int]', 't.Dict[T, S][int, str, float]',
         't.Union[T, S][int]', 'Box[int][str]', 't.Generic[T][int]', 't.Protocol[T][int]', 'Box[1]', 't.List[3]',
         't.Union[int, 3]', 't.Optional[3]', 't.Callable[[int], 3]', 't.Tuple[int, 3]', 't.List[int].__setattr__("x", 1)',
         't.List[int].x = 1', 't.List[T][P]', 't.Callable[P, int][int]', 't.Callable[P, int][int, str]',
         't.Concatenate[int, P][str]', 't.List["int"]', 't.Union[int, t.Any, str]', 't.Literal[int]', 't.Literal[None]',
         'type(t.List[int])', 'type(t.List[int]).__mro__', 'list(t.List[int])', 'list(t.Tuple[int])',
         '[*t.Tuple[int, str]]', 'isinstance(t.List[int], type)', 't.Union[int, str].__args__', 't.Literal[1, 1, 2].__args__']
for src in cases:
    try:
        print(src, '->', repr(eval(src)))
    except Exception as e:
        print(src, '->', type(e).__name__, e)
