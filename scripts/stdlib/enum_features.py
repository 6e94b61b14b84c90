# Enum features beyond lookups: pickling and copying, member() and
# nonmember(), enum.property and members named like attributes, _ignore_,
# __init_subclass__ keywords, mixins, unhashable values, global_enum,
# the functional API's module and qualname.
import copy
import enum
import pickle
from dataclasses import dataclass
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto


def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)


class Color(Enum):
    RED = 1
    GREEN = 2


class Num(IntEnum):
    ONE = 1


class Perm(Flag):
    R = 4
    W = 2


class IP(IntFlag):
    R = 4
    W = 2


class Word(StrEnum):
    A = "a"


Animal = Enum("Animal", "CAT DOG")

for m in (Color.RED, Num.ONE, Perm.R, Perm.R | Perm.W, Perm(0), IP.R | IP.W, IP(9), Word.A, Animal.DOG):
    for proto in (0, 2, pickle.HIGHEST_PROTOCOL):
        back = pickle.loads(pickle.dumps(m, proto))
        print(repr(m), proto, repr(back), back is m or back == m, type(back).__name__)
    print("  reduce", m.__reduce_ex__(2), copy.copy(m) is m, copy.deepcopy(m) is m)
print(pickle.loads(pickle.dumps(Color)) is Color, pickle.loads(pickle.dumps([Color.RED, Color.RED]))[1] is Color.RED)
print(enum.pickle_by_enum_name(Color.GREEN, 2), enum.pickle_by_global_name(Color.GREEN, 2))


class ByName(Enum):
    X = 1
    Y = 2
    __reduce_ex__ = enum.pickle_by_enum_name


print(ByName.X.__reduce_ex__(2), pickle.loads(pickle.dumps(ByName.Y)) is ByName.Y)


class Members(Enum):
    A = 1
    f = enum.member(lambda x: x)
    LIMIT = enum.nonmember(100)
    lst = enum.nonmember([1, 2])

    def method(self):
        return self.value


print([m.name for m in Members], Members.LIMIT, Members.lst, Members.f.value(3), Members.A.method(), Members.A.LIMIT)
print(type(enum.member(1)).__name__, type(enum.nonmember(2)).__name__, enum.member(3).value, enum.nonmember(4).value)


class Named(Enum):
    name = 1
    value = 2
    other = 3


print(list(Named), Named.name, Named.value, Named.name.name, Named.value.value, Named.other.name,
      Named["name"], Named(2))


class Props(Enum):
    A = 1
    B = 2

    @enum.property
    def doubled(self):
        return self.value * 2

    @enum.property
    def settable(self):
        return self.__dict__.get("_s", 0)

    @settable.setter
    def settable(self, v):
        self.__dict__["_s"] = v


print(Props.A.doubled, Props.B.doubled, Props.A.settable)
Props.A.settable = 9
print(Props.A.settable, Props.B.settable)
show("doubled on class", lambda: Props.doubled)
show("set doubled", lambda: setattr(Props.A, "doubled", 3))
show("del doubled", lambda: delattr(Props.A, "doubled"))
print(type(Props.__dict__["doubled"]).__name__, isinstance(Props.__dict__["doubled"], enum.property))


class Ignored(Enum):
    _ignore_ = ["helper", "i"]
    helper = {}
    for i in range(3):
        helper["V%d" % i] = i
    vars().update(helper)


print(list(Ignored), hasattr(Ignored, "helper"), hasattr(Ignored, "i"), "_ignore_" in Ignored.__dict__)


class Registry(Enum):
    registered = enum.nonmember([])

    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Registry.registered.append((cls.__name__, tag, len(cls.__members__)))


print(Registry.registered)


class Sub(Registry, tag="t"):
    P = 1


print(list(Sub), Registry.registered)


@dataclass(frozen=True)
class Point:
    x: int
    y: int


class Corner(Point, Enum):
    ORIGIN = 0, 0
    UNIT = 1, 1


print(Corner.ORIGIN, repr(Corner.UNIT), Corner.UNIT.x, Corner.UNIT.value, Corner((1, 1)) if False else None)
show("corner lookup", lambda: Corner(Point(1, 1)))


class Unhash(Enum):
    L = [1, 2]
    D = {"a": 1}
    T = 3


print(list(Unhash), Unhash([1, 2]), Unhash({"a": 1}), Unhash(3), Unhash._unhashable_values_,
      list(Unhash._value2member_map_))
show("unhash miss", lambda: Unhash([3]))


class Aliased(Enum):
    A = 1
    B = 2
    C = 1
    D = 2


print(list(Aliased), list(Aliased.__members__.items()), Aliased.C is Aliased.A, Aliased.C.name,
      Aliased._member_names_, list(reversed(Aliased)))
show("members proxy set", lambda: Aliased.__members__.__setitem__("E", 1))
print(type(Aliased.__members__).__name__, len(Aliased.__members__), "C" in Aliased.__members__)


def glob():
    ns = {"__name__": "__main__"}
    exec("import enum\n@enum.global_enum\nclass G(enum.IntEnum):\n    GA = 1\n    GB = 2\n"
         "@enum.global_enum\nclass GF(enum.IntFlag):\n    FA = 1\n    FB = 2\n"
         "@enum.global_enum\nclass GS(enum.Enum):\n    SA = 1\n", ns)
    globals().update(ns)
    return globals()


g = glob()
print(repr(g["GA"]), str(g["GA"]), repr(g["FA"] | g["FB"]), repr(g["GF"](5)), repr(g["GF"](0)), str(g["FA"]),
      repr(g["SA"]), str(g["SA"]), format(g["SA"]))
print(enum.global_str(Color.RED), enum.global_enum_repr(Color.RED), enum.global_flag_repr(IP(9)),
      enum.global_flag_repr(IP.R), enum.global_str(Perm(0)))
show("global_flag_repr Flag", lambda: enum.global_flag_repr(Perm.R | Perm.W))


class Shape(Enum):
    SQUARE = 2


S2 = Enum("S2", "A B", module="mymod", qualname="Outer.S2")
print(S2.__module__, S2.__qualname__, S2.__name__, S2.A.__reduce_ex__(2)[0] is S2)
S3 = Enum("S3", [("X", 10)], type=float)
print(repr(S3.X), S3.X + 1, S3._member_type_)
S4 = IntFlag("S4", "A B C", boundary=enum.STRICT)
print(list(S4), S4._boundary_)
show("S4(8)", lambda: S4(8))
S5 = Enum("S5", {"A": 1, "B": 2}.items())
print(list(S5))


class Meta(enum.EnumMeta):
    pass


class WithMeta(Enum, metaclass=Meta):
    Q = 1


print(type(WithMeta).__name__, list(WithMeta), WithMeta(1))


class Based(Enum):
    def describe(self):
        return "%s=%s" % (self.name, self.value)


class Derived(Based):
    K = auto()
    L = auto()


print([d.describe() for d in Derived], issubclass(Derived, Based), isinstance(Derived.K, Based))
print(Color.RED.__class__, Color.RED.__objclass__ if hasattr(Color.RED, "__objclass__") else None)
print(Color.RED._sort_order_, Color.GREEN._sort_order_, Color._member_type_, Num._member_type_,
      Color._new_member_ is object.__new__, Num._use_args_, Color._use_args_, Color._value_repr_, Num._value_repr_)
print(hash(Color.RED) == hash("RED"), hash(Num.ONE) == hash(1), {Num.ONE: 1}[1], Color.RED != Color.GREEN)
print(Color.RED.__eq__(1), Color.RED.__ne__(Color.RED), Color.RED < Color.RED if False else None)
print(Enum.__members__ if False else None, dict(Enum.__members__), list(Enum), len(Flag))
print(bool(Enum), bool(Color), bool(Color.RED), bool(Perm(0)), bool(Num.ONE))
print(Color.__len__(), Color.__contains__(Color.RED), Color.__getitem__("RED"), Color.__iter__ is not None)

# _convert_ turns a module's constants into an enumeration kept in the module.
K_B = 2
K_A = 1
K_C = 1
Consts = IntEnum._convert_("Consts", __name__, lambda n: n.startswith("K_"))
print(repr(Consts), list(Consts), repr(K_A), Consts.K_C is Consts.K_A, Consts.__module__, Consts._boundary_ if hasattr(Consts, "_boundary_") else None)
KF_X = 4
KF_Y = 1
FConsts = IntFlag._convert_("FConsts", __name__, lambda n: n.startswith("KF_"), as_global=True)
print(repr(FConsts), list(FConsts), repr(KF_X | KF_Y), str(KF_X), FConsts._boundary_)

# An enumeration made where the module is unknown cannot be pickled.
unknown_ns = {}
exec("import enum\nE = enum.Enum('E', 'A B')\n", unknown_ns)
Unknown = unknown_ns["E"]
print(Unknown.__module__, list(Unknown))
show("reduce unknown", lambda: Unknown.A.__reduce_ex__(2))
show("pickle unknown", lambda: pickle.dumps(Unknown.A))
