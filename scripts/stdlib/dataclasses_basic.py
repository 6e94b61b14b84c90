# dataclass: the generated __init__, __repr__, __eq__, ordering, hashing,
# frozen instances, fields and defaults, __post_init__, InitVar, ClassVar,
# kw_only, match_args, inheritance; the errors.
import dataclasses
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY, FrozenInstanceError
from typing import ClassVar, List


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(Point(3)), Point(y=5, x=4), p == Point(1, 2), p == Point(2, 1), p != Point(1, 2),
      p == (1, 2), Point.__doc__, Point.__match_args__, Point.__hash__)
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__qualname__,
      Point.__init__.__annotations__, Point.__init__.__defaults__)
show("init", lambda: Point())
show("init", lambda: Point(1, 2, 3))
show("init", lambda: Point(1, z=3))
show("init", lambda: Point(1, x=3))
show("hash", lambda: hash(p))
show("order", lambda: p < Point(2, 0))
p.x = 10
print(p, p.__dict__)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


v1, v2 = Version(1, 2), Version(1, 10, "beta")
print(v1 < v2, v1 <= v2, v1 > v2, v1 >= v2, sorted([v2, v1]), max(v1, v2), Version(1, 2, "x") == v1)
print(hash(v1) == hash((1, 2)), {v1: "a"}[Version(1, 2, "other")])
show("frozen", lambda: setattr(v1, "major", 3))
show("frozen", lambda: delattr(v1, "minor"))
show("frozen", lambda: setattr(v1, "new", 3))
show("compare", lambda: v1 < (1, 2))
print(isinstance(FrozenInstanceError("x"), AttributeError), FrozenInstanceError.__mro__[1])


@dataclass
class Inventory:
    items: List[str] = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    total: int = field(init=False, default=0)
    tag: str = field(default="x", metadata={"unit": "none"})
    hidden: int = field(default=0, repr=False, compare=False, hash=None)


a, b = Inventory(), Inventory()
a.items.append("pen")
print(a, b, a.items is b.items, a.counts, a.total, Inventory(["x"], {"y": 1}))
show("init=False", lambda: Inventory([], {}, 5))
for f in fields(Inventory):
    print(f.name, f.type, f.default is dataclasses.MISSING and "MISSING" or f.default,
          f.default_factory is dataclasses.MISSING and "MISSING" or f.default_factory, f.init, f.repr, f.compare, f.hash,
          dict(f.metadata), f.kw_only)
print(repr(fields(Point)[0]).replace(repr(dataclasses.MISSING), "MISSING"))
print(type(dataclasses.MISSING).__name__, repr(dataclasses.KW_ONLY)[:30].startswith("<dataclasses._KW_ONLY_TYPE"))


# __post_init__ and InitVar; ClassVar is not a field.
@dataclass
class Account:
    owner: str
    rate: InitVar[float] = 1.0
    balance: float = 0.0
    kind: ClassVar[str] = "basic"
    interest: float = field(init=False)

    def __post_init__(self, rate):
        self.interest = self.balance * rate


acct = Account("ann", 0.5, 100.0)
print(acct, Account.kind, [f.name for f in fields(Account)], acct.interest,
      Account("bob"), repr(InitVar[float]), repr(InitVar[List[int]]))
print(Account.__init__.__annotations__)
print(Account.__dataclass_fields__["rate"]._field_type, Account.__dataclass_fields__["kind"]._field_type)


# kw_only, KW_ONLY, match_args.
@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int


print(Options(level=3), Options.__match_args__)
show("kw_only", lambda: Options(True, 3))


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int
    d: int = field(kw_only=False, default=9)


print(Mixed(1, c=3), Mixed(1, 5, b=0, c=4), Mixed.__match_args__)
match Mixed(1, c=3):
    case Mixed(x, y):
        print("matched", x, y)


@dataclass(match_args=False, repr=False, eq=False)
class Plain:
    a: int


print(hasattr(Plain, "__match_args__"), "__repr__" in Plain.__dict__, Plain(1) == Plain(1),
      Plain.__hash__ is object.__hash__)


# Inheritance: base fields first, overriding keeps the position.
@dataclass
class Base:
    x: int = 0
    y: int = 1


@dataclass
class Derived(Base):
    z: int = 5
    x: int = 10


print(Derived(), [f.name for f in fields(Derived)], Derived(1, 2, 3), Derived.__doc__)


# Hashing rules.
@dataclass(unsafe_hash=True)
class UH:
    a: int
    b: list = field(hash=False, default=None)


@dataclass(eq=False)
class NoEq:
    a: int


@dataclass
class OwnHash:
    a: int

    def __hash__(self):
        return 7


@dataclass(frozen=True, eq=False)
class FrozenNoEq:
    a: int


print(hash(UH(1, [2])) == hash((1,)), NoEq.__hash__ is object.__hash__, hash(OwnHash(1)),
      FrozenNoEq.__hash__ is object.__hash__)


# The errors made when the class is decorated.
def check(label, make):
    try:
        make()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)


def mutable_default():
    @dataclass
    class C:
        x: list = []


def non_default_follows():
    @dataclass
    class C:
        x: int = 0
        y: int


def both_defaults():
    field(default=1, default_factory=list)


def order_without_eq():
    @dataclass(order=True, eq=False)
    class C:
        x: int


def overwrite_order():
    @dataclass(order=True)
    class C:
        x: int

        def __lt__(self, other):
            return True


def field_without_annotation():
    @dataclass
    class C:
        x = field()


def frozen_from_plain():
    @dataclass
    class A:
        x: int

    @dataclass(frozen=True)
    class B(A):
        y: int


def plain_from_frozen():
    @dataclass(frozen=True)
    class A:
        x: int

    @dataclass
    class B(A):
        y: int


def frozen_setattr():
    @dataclass(frozen=True)
    class C:
        x: int

        def __setattr__(self, name, value):
            pass


def unsafe_with_hash():
    @dataclass(unsafe_hash=True)
    class C:
        x: int

        def __hash__(self):
            return 0


def two_kw_only():
    @dataclass
    class C:
        a: KW_ONLY
        b: KW_ONLY


def classvar_factory():
    @dataclass
    class C:
        x: ClassVar[list] = field(default_factory=list)


def classvar_kw_only():
    @dataclass
    class C:
        x: ClassVar[int] = field(default=1, kw_only=True)


def weakref_without_slots():
    @dataclass(weakref_slot=True)
    class C:
        x: int


for fn in (mutable_default, non_default_follows, both_defaults, order_without_eq,
           overwrite_order, field_without_annotation, frozen_from_plain,
           plain_from_frozen, frozen_setattr, unsafe_with_hash, two_kw_only,
           classvar_factory, classvar_kw_only, weakref_without_slots):
    check(fn.__name__, fn)
