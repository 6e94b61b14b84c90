# asdict, astuple, replace, fields, is_dataclass, make_dataclass, slots,
# recursive reprs, string annotations, descriptors as defaults.
import collections
import dataclasses
from dataclasses import dataclass, field, asdict, astuple, replace, fields, is_dataclass
from typing import ClassVar


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


@dataclass
class Inner:
    a: int
    tags: list = field(default_factory=list)


Pair = collections.namedtuple("Pair", "left right")


@dataclass
class Outer:
    name: str
    inner: Inner
    many: list
    lookup: dict
    pair: Pair
    t: tuple = ()


o = Outer("o", Inner(1, ["x"]), [Inner(2)], {"k": Inner(3)}, Pair(Inner(4), 5), (Inner(6),))
d = asdict(o)
print(d)
print(d["inner"]["tags"] is o.inner.tags, type(d["pair"]).__name__)
print(astuple(o))
print(asdict(Inner(1), dict_factory=lambda items: list(items)), astuple(Inner(1), tuple_factory=list))
show("asdict", lambda: asdict(Inner))
show("asdict", lambda: asdict(5))
show("astuple", lambda: astuple({}))

i = Inner(1, ["a"])
j = replace(i, a=2)
print(i, j, j.tags is i.tags)
show("replace", lambda: replace(i, b=3))
show("replace", lambda: replace(Inner, a=3))


@dataclass
class WithInit:
    a: int
    b: int = field(init=False, default=0)
    c: dataclasses.InitVar[int] = None

    def __post_init__(self, c):
        if c is not None:
            self.b = c


show("replace", lambda: replace(WithInit(1, 5), b=2))
print(replace(WithInit(1, 5)), replace(WithInit(1, 5), c=9))


@dataclass
class NeedsInitVar:
    a: int
    c: dataclasses.InitVar[int]

    def __post_init__(self, c):
        pass


show("replace", lambda: replace(NeedsInitVar(1, 2), a=3))
print(is_dataclass(Inner), is_dataclass(Inner(1)), is_dataclass(int), is_dataclass(5))
show("fields", lambda: fields(5))
print([f.name for f in fields(Inner(1))])

# make_dataclass.
C = dataclasses.make_dataclass("C", ["x", ("y", int), ("z", int, field(default=5))],
                               namespace={"double": lambda self: self.x * 2}, frozen=True)
c = C(1, 2)
print(c, c.double(), C.__annotations__, C.__doc__, C.__module__ == __name__ or C.__module__)
for bad in (["a", "a"], ["class"], ["1x"], [("a", int, None, 1)], [5]):
    show("make_dataclass", lambda: dataclasses.make_dataclass("Bad", bad))
show("make_dataclass", lambda: dataclasses.make_dataclass("D", [("q", int)], bases=(Inner,)))
D = dataclasses.make_dataclass("D", [("q", int, field(default=0))], bases=(Inner,), order=True)
print(D(1, [], 2), D(1, [], 2) < D(1, [], 3))


# slots.
@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 3


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"), Slotted.__qualname__)
show("slots", lambda: setattr(s, "z", 1))


@dataclass(slots=True, frozen=True)
class FrozenSlots:
    x: int


fs = FrozenSlots(1)
print(fs, fs.__getstate__(), hash(fs) == hash((1,)))
show("slots", lambda: setattr(fs, "x", 2))


def already():
    @dataclass(slots=True)
    class C:
        __slots__ = ("x",)
        x: int


show("slots", already)


@dataclass(slots=True, weakref_slot=True)
class WeakSlots:
    x: int


print(WeakSlots.__slots__)


# Recursive repr.
@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


n = Node(1)
n.children.append(n)
print(n)


# String annotations and ClassVar through strings.
@dataclass
class Strs:
    a: "int"
    b: "ClassVar[int]" = 3
    c: "dataclasses.InitVar[int]" = 0

    def __post_init__(self, c):
        self.total = self.a + c


st = Strs(1, 2)
print(st, st.total, [f.name for f in fields(Strs)], Strs.b, Strs.__doc__)


# Docstrings made from the signature.
@dataclass
class Doc:
    a: int
    b: str = "x"
    c: list = field(default_factory=list)
    d: ClassVar[int] = 1
    e: "float" = 1.5
    _: dataclasses.KW_ONLY
    f: Inner = None


@dataclass
class HasDoc:
    """Own docstring."""
    a: int


@dataclass(init=False)
class NoInit:
    a: int


print(Doc.__doc__, HasDoc.__doc__, NoInit.__doc__, sep="\n")


# A descriptor as a default.
class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name

    def __get__(self, obj, owner):
        if obj is None:
            return 42
        return getattr(obj, self.name, 42)

    def __set__(self, obj, value):
        setattr(obj, self.name, value * 10)


@dataclass
class UsesDesc:
    v: int = Desc()


print(UsesDesc(), UsesDesc(3).v)


# Field reprs and params.
print(repr(Inner.__dataclass_params__))
print(repr(fields(Inner)[1]).replace(repr(dataclasses.MISSING), "MISSING"))
print(dataclasses.field(default=1).default, dataclasses.Field.__class_getitem__(int))
