# dataclass edge cases: class attributes left behind, init=False fields,
# a field named self, comparisons across classes, hash rules with an own
# __eq__, frozen subclasses, the decorator's call forms, field() errors,
# abstract methods, slots and weakref slots, string annotations.
import abc
import dataclasses
import typing
import weakref
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY, replace, asdict, astuple
from typing import ClassVar


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


@dataclass
class Attrs:
    a: int
    b: int = 3
    c: list = field(default_factory=list)
    d: int = field(default=7, init=False)
    e: int = field(init=False)
    f: ClassVar[int] = field(default=11)


print(hasattr(Attrs, "a"), Attrs.b, hasattr(Attrs, "c"), Attrs.d, hasattr(Attrs, "e"), Attrs.f)
at = Attrs(1)
print(at.a, at.b, at.c, at.d, hasattr(at, "e"))
show("repr missing", lambda: repr(at))
at.e = 5
print(at, Attrs.__init__.__defaults__, Attrs.__init__.__kwdefaults__)
print([(f.name, f._field_type) for f in Attrs.__dataclass_fields__.values()])


@dataclass
class Factories:
    made: list = field(default_factory=lambda: ["fresh"], init=False)
    counter: int = field(default_factory=int)


fa, fb = Factories(), Factories(4)
print(fa, fb, fa.made is not fb.made, repr(Factories.__init__.__defaults__))


@dataclass
class SelfField:
    self: int
    other: str = "o"


print(SelfField(1), SelfField(self=2, other="x"), SelfField.__match_args__)


@dataclass
class P2:
    x: int
    y: int


class SubP2(P2):
    pass


print(P2(1, 2) == SubP2(1, 2), SubP2(1, 2) == SubP2(1, 2), P2(1, 2) != SubP2(1, 2), repr(SubP2(1, 2)))


@dataclass(order=True)
class O1:
    x: int


@dataclass(order=True)
class O2:
    x: int


show("lt other", lambda: O1(1) < O2(2))
show("ge other", lambda: O1(1) >= 5)
print(O1(1).__lt__(O2(2)), O1(2).__eq__(O1(2)), O1(1).__eq__(3))
print(O1.__lt__.__qualname__, O1.__ge__.__name__, O1.__hash__)


@dataclass(order=True)
class Empty:
    pass


print(Empty(), Empty() == Empty(), Empty() <= Empty(), Empty() < Empty(), Empty.__match_args__, Empty.__doc__)


# An own __eq__ is kept; __hash__ then follows the class statement.
@dataclass
class OwnEq:
    a: int

    def __eq__(self, other):
        return True


@dataclass(frozen=True)
class OwnEqFrozen:
    a: int

    def __eq__(self, other):
        return True


@dataclass
class HashNone:
    a: int
    __hash__ = None


@dataclass(unsafe_hash=True)
class HashPick:
    a: int
    b: int = field(compare=False)
    c: int = field(hash=True, compare=False, default=0)
    d: int = field(hash=False, default=0)


print(OwnEq(1) == 2, OwnEq.__hash__, hash(OwnEqFrozen(1)) == hash((1,)), HashNone.__hash__)
print(hash(HashPick(1, 2, 3, 4)) == hash((1, 3)), HashPick.__hash__.__qualname__)


# Frozen classes and their subclasses.
@dataclass(frozen=True)
class Fz:
    x: int


class FzSub(Fz):
    pass


@dataclass(frozen=True)
class FzChild(Fz):
    y: int = 0


fs = FzSub(1)
fs.extra = 2
print(fs.extra)
show("frozen sub", lambda: setattr(fs, "x", 3))
show("frozen sub", lambda: delattr(fs, "extra"))
show("frozen child", lambda: setattr(FzChild(1), "y", 3))
show("frozen child", lambda: setattr(FzChild(1), "z", 3))
show("frozen", lambda: delattr(Fz(1), "nope"))
print(FzChild(1, 2), FzChild.__setattr__.__qualname__, hash(FzChild(1, 2)) == hash((1, 2)))
print(replace(FzChild(1, 2), y=5), repr(dataclasses.FrozenInstanceError("m")))


def frozen_delattr():
    @dataclass(frozen=True)
    class C:
        x: int

        def __delattr__(self, name):
            pass


def bad_kw_field_classvar():
    @dataclass
    class C:
        x: ClassVar[int] = field(default_factory=int)


def initvar_factory():
    @dataclass
    class C:
        x: InitVar[list] = field(default_factory=list)


def mutable_set():
    @dataclass
    class C:
        x: set = set()


def mutable_dict_field():
    @dataclass
    class C:
        x: dict = field(default={})


def immutable_frozenset():
    @dataclass
    class C:
        x: frozenset = frozenset()
    return C()


def kw_only_then_default():
    @dataclass
    class C:
        a: int = 1
        _: KW_ONLY
        b: int
    return C(b=2)


def kw_only_twice_strings():
    @dataclass
    class C:
        a: "KW_ONLY"
        b: "dataclasses.KW_ONLY"


for fn in (frozen_delattr, bad_kw_field_classvar, initvar_factory, mutable_set,
           mutable_dict_field, immutable_frozenset, kw_only_then_default,
           kw_only_twice_strings):
    show(fn.__name__, fn)

show("field pos", lambda: field(1))
show("field kw", lambda: field(nope=1))
show("dataclass kw", lambda: dataclass(nope=1))
show("dataclass pos", lambda: dataclass(P2, True))
show("fields cls", lambda: [f.name for f in fields(SubP2)])
show("fields obj", lambda: fields(object()))


# The decorator's call forms.
class Late:
    a: int = 1


print(dataclass(Late) is Late, Late(), dataclass()(type("T", (), {"__annotations__": {"q": int}}))(5))


# Abstract methods are recounted after the methods are added.
class Shape(abc.ABC):
    @abc.abstractmethod
    def __repr__(self):
        ...


@dataclass
class Square(Shape):
    side: int


print(Square(2), Square.__abstractmethods__)


# kw_only fields go after the positional ones, whatever their order.
@dataclass
class KwBase:
    a: int
    b: int = field(kw_only=True, default=1)


@dataclass(kw_only=True)
class KwMid(KwBase):
    c: int


@dataclass
class KwLeaf(KwMid):
    d: int = 4


print(KwLeaf(1, c=3), KwLeaf(1, 5, c=3, b=0), KwLeaf.__match_args__, KwLeaf.__init__.__kwdefaults__)
print(KwLeaf.__doc__)
show("kw order", lambda: KwLeaf(1, 2, 3))


# InitVar forms.
@dataclass
class IV:
    a: int
    scale: InitVar[int]
    shift: InitVar = 0

    def __post_init__(self, scale, shift):
        self.a = self.a * scale + shift


print(IV(2, 3), IV(2, 3, 1), [f.name for f in fields(IV)], repr(InitVar), repr(InitVar[typing.List[int]]))
print(IV.__dataclass_fields__["shift"].type, InitVar[int].type, IV.__match_args__)
show("iv", lambda: IV(1))
show("replace iv", lambda: replace(IV(1, 1), a=5))
print(replace(IV(1, 1), a=5, scale=2))


@dataclass
class NoPost:
    a: InitVar[int] = 3


print(NoPost(), vars(NoPost(4)))


# __post_init__ inherited, and post-init without InitVars.
@dataclass
class PostBase:
    a: int

    def __post_init__(self):
        print("  post", type(self).__name__, self.a)


@dataclass
class PostChild(PostBase):
    b: int = 0


PostChild(5)


# String annotations through the typing module and through aliases.
import dataclasses as dc
from dataclasses import InitVar as IVar


@dataclass
class StrAnn:
    a: "typing.ClassVar[int]" = 1
    b: "ClassVar" = 2
    c: " dc.InitVar[int] " = 0
    d: "IVar[int]" = 0
    e: "List[int]" = None
    f: "typing .ClassVar" = 3

    def __post_init__(self, c, d):
        pass


print([f.name for f in fields(StrAnn)], sorted(StrAnn.__dataclass_fields__))


# slots.
@dataclass(slots=True)
class SlotBase:
    a: int
    b: int = field(default=2, init=False)


@dataclass(slots=True)
class SlotChild(SlotBase):
    c: int = 0


sc = SlotChild(1, 3)
print(sc, SlotBase.__slots__, SlotChild.__slots__, type(SlotBase.__dict__["a"]).__name__, sc.b)


@dataclass(slots=True)
class SlotsSuper:
    a: int

    def method(self):
        return super().__repr__()


show("slots super", lambda: SlotsSuper(1).method())


@dataclass(slots=True, weakref_slot=True)
class WeakOk:
    a: int


wo = WeakOk(1)
print(weakref.ref(wo)() is wo, "__weakref__" in WeakOk.__slots__)


@dataclass(slots=True)
class NoWeak:
    a: int


show("weakref", lambda: weakref.ref(NoWeak(1)))


class Meta(type):
    pass


@dataclass(slots=True)
class WithMeta(metaclass=Meta):
    a: int


print(type(WithMeta).__name__, WithMeta(1))


# asdict / astuple with factories, nested containers and copies.
@dataclass
class Leaf:
    v: object


tree = Leaf([Leaf({"k": Leaf((1, 2))}), {Leaf(0).v: [Leaf(3)]}])
print(asdict(tree), astuple(tree))
inner = [1]
print(asdict(Leaf(inner))["v"] is inner, astuple(Leaf(inner))[0] is inner)


class Obj:
    def __init__(self):
        self.items = [1]

    def __deepcopy__(self, memo):
        print("  deepcopy", type(memo).__name__)
        return "copied"


print(asdict(Leaf(Obj())), astuple(Leaf(Obj())))
print(asdict(Leaf([1]), dict_factory=lambda kv: sorted(kv)))
show("asdict cls", lambda: asdict(Leaf))
show("astuple cls", lambda: astuple(Leaf))


class MyList(list):
    pass


print(type(asdict(Leaf(MyList([1])))["v"]).__name__)


# make_dataclass details.
M = dataclasses.make_dataclass("M", [("a", int), "b", ("c", "str", field(default="z"))], kw_only=True)
print(M(a=1, b=2), M.__annotations__, M.__match_args__, M.__qualname__)
show("make pos", lambda: dataclasses.make_dataclass("N", [("a",)]))
show("make kw", lambda: dataclasses.make_dataclass("N", ["a"], frozen=True)(1).__setattr__("a", 2))
N = dataclasses.make_dataclass("N", [], namespace={"x": 1}, eq=False, repr=False)
print(N.x, N.__eq__ is object.__eq__, N.__repr__ is object.__repr__, N.__dataclass_params__)


# The Field and params objects.
fl = field(default=1, metadata={"a": 1})
print(type(fl.metadata).__name__, fl.metadata["a"], repr(field().metadata), field().kw_only is dataclasses.MISSING)
show("metadata", lambda: fl.metadata.__setitem__("b", 2))
print(repr(dataclasses.MISSING)[:29] == "<dataclasses._MISSING_TYPE ob", dataclasses.__all__)
print(sorted(n for n in dir(fields(P2)[0]) if not n.startswith("__")))
print(sorted(n for n in dir(P2.__dataclass_params__) if not n.startswith("__")))


# The mutable-default check asks the default's __class__; the message
# shows its real type.
class Liar:
    @property
    def __class__(self):
        return list


def liar_default():
    @dataclass
    class C:
        x: object = Liar()


show("liar", liar_default)
