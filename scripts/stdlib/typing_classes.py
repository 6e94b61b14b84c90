# Generic, Protocol, runtime_checkable, NamedTuple, TypedDict, NewType,
# overload, get_type_hints and no_type_check.
import typing as t
from typing import Generic, TypeVar, Protocol, runtime_checkable, NamedTuple, TypedDict, NewType, overload, List, Optional, ClassVar

T = TypeVar('T')
S = TypeVar('S')


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item


print(Box, Box[int], Box.__parameters__, Box[int].__origin__ is Box, Box.__orig_bases__, Box.__mro__)
b = Box[int](5)
print(b.get(), b.__orig_class__, type(b).__name__, Box[int] == Box[int], Box[int] != Box[str])


class Pair(Box[T], Generic[T, S]):
    pass


print(Pair.__parameters__, Pair[int, str], Pair[int, str].__args__)


class IntBox(Box[int]):
    pass


print(IntBox.__parameters__, IntBox.__orig_bases__, IntBox(3).get())


class Stack(List[T]):
    pass


s = Stack[int]()
s.append(3)
print(s, Stack.__mro__, Stack[str])
for src in ['class A(Generic[T], Generic[S]): pass', 'class B(Generic): pass', 'class C(List[T], Generic[S]): pass',
            'Box[int, str]', 'Box[int][str]', 'class D(t.Union[int, str]): pass', 'class E(t.Any): pass\nprint("E ok", E.__mro__)']:
    try:
        exec(src, globals())
    except Exception as e:
        print(type(e).__name__, e)


class Closer(Protocol):
    def close(self) -> None:
        ...


@runtime_checkable
class Sizer(Protocol):
    def size(self) -> int:
        ...


class File:
    def close(self):
        pass

    def size(self):
        return 1


print(isinstance(File(), Sizer), isinstance(1, Sizer), issubclass(File, Sizer), Sizer.__mro__[1:], Closer._is_protocol)
for src in ['Closer()', 'isinstance(File(), Closer)', 'runtime_checkable(int)', 'class NotProto(Protocol, int): pass',
            '@runtime_checkable\nclass HasX(Protocol):\n    x: int\nprint(isinstance(File(), HasX))\nissubclass(int, HasX)']:
    try:
        exec(src, globals())
    except Exception as e:
        print(type(e).__name__, e)
print(t.SupportsInt, isinstance(3, t.SupportsInt), issubclass(str, t.SupportsInt), isinstance(2.5, t.SupportsIndex), isinstance(3, t.SupportsAbs))


class Concrete(Closer):
    def __init__(self, v):
        self.v = v


print(Concrete(4).v, isinstance(Concrete(1), Concrete))


class Employee(NamedTuple):
    name: str
    id: int = 3

    def greeting(self):
        return 'hi ' + self.name


e = Employee('ann')
print(e, e.greeting(), Employee._fields, Employee.__annotations__, Employee._field_defaults, Employee.__mro__, isinstance(e, tuple))
Q = NamedTuple('Q', [('a', int), ('b', str)])
print(Q(1, 'x'), Q.__annotations__, Q._fields, Q.__module__)
for src in ['class Bad(NamedTuple):\n    x: int = 1\n    y: int', 'class Bad2(NamedTuple, int): pass', 'class Bad3(NamedTuple):\n    _x: int',
            'class Bad4(NamedTuple):\n    x: int\n    def _make(self): pass']:
    try:
        exec(src, globals())
    except Exception as e:
        print(type(e).__name__, e)


class Movie(TypedDict, total=False):
    title: str
    year: t.Required[int]


m = Movie(title='x', year=1)
print(m, type(m).__name__, Movie.__required_keys__, Movie.__optional_keys__, Movie.__total__, Movie.__annotations__, type(Movie).__name__, Movie.__mro__)
TD2 = TypedDict('TD2', {'x': int, 'y': List[str]})
print(TD2, TD2.__annotations__, t.is_typeddict(TD2), t.is_typeddict(dict), TD2(x=1))


class Sub(Movie):
    extra: bool


print(Sub.__required_keys__ == frozenset({'year', 'extra'}), sorted(Sub.__optional_keys__), Sub.__annotations__)
for src in ['isinstance({}, Movie)', 'class Bad(TypedDict, int): pass']:
    try:
        exec(src, globals())
    except Exception as e:
        print(type(e).__name__, e)
UserId = NewType('UserId', int)
print(UserId, UserId(5), UserId.__supertype__, UserId.__name__, UserId | str)
try:
    class Derived(UserId):
        pass
except TypeError as e:
    print('TypeError', e)


@overload
def process(x: int) -> int: ...
@overload
def process(x: str) -> str: ...
def process(x):
    return x * 2


print(process(2), len(t.get_overloads(process)), t.get_overloads(print))
try:
    t.get_overloads(process)[0](1)
except NotImplementedError as e:
    print('NotImplementedError', e)


def annotated(a: int, b: 'List[int]', c: Optional[str] = None, d: t.Annotated[int, 'x'] = 0) -> 'Box[int]':
    pass


print(t.get_type_hints(annotated))
print(t.get_type_hints(annotated, include_extras=True)['d'])


class WithHints:
    count: ClassVar[int] = 0
    name: 'str'
    items: List['Box[int]']


class MoreHints(WithHints):
    extra: float


print(t.get_type_hints(WithHints), t.get_type_hints(MoreHints))


@t.no_type_check
def untyped(a: 'nonsense') -> 'more':
    pass


print(t.get_type_hints(untyped), untyped.__no_type_check__, t.final(annotated) is annotated, annotated.__final__)
print(t.ForwardRef('int'), t.ForwardRef('int') == t.ForwardRef('int'), List['int'])
