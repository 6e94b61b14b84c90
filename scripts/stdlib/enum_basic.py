# Enum: members, lookup by value and name, aliases, iteration order,
# reprs, str and format, auto, the functional API, errors.
import enum
import types
from enum import Enum, auto, unique


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return "%s is %d" % (self.name, self.value)

    @classmethod
    def favourite(cls):
        return cls.GREEN


print(Color, repr(Color), type(Color), type(Color.RED), isinstance(Color.RED, Color))
print(Color.RED, repr(Color.RED), str(Color.GREEN), format(Color.BLUE), f"[{Color.RED:>12}]",
      "%s %r" % (Color.RED, Color.RED))
print(list(Color), len(Color), list(reversed(Color)))
print(Color.__members__)
print(str(types.MappingProxyType({"a": 1})), repr(types.MappingProxyType({"a": 1})))
print(list(Color.__members__.items()))
print(Color(1), Color(3), Color["GREEN"], Color.CRIMSON, Color.CRIMSON is Color.RED,
      Color(Color.BLUE))
print(Color.RED.name, Color.RED.value, Color.RED._name_, Color.RED._value_,
      Color.RED.describe(), Color.favourite())
print(Color._member_names_, list(Color._value2member_map_.items()))
print(Color.RED == Color.RED, Color.RED == Color.GREEN, Color.RED == 1, Color.RED != 1,
      Color.RED is Color(1))
print(hash(Color.RED) == hash("RED"), {Color.RED: "r"}[Color.CRIMSON])
print(Color.RED in Color, Color.RED.__class__ is Color, bool(Color.RED), bool(Color))
show("lookup", lambda: Color(7))
show("lookup", lambda: Color("RED"))
show("lookup", lambda: Color["PURPLE"])
show("getattr", lambda: Color.PURPLE)
show("contains", lambda: 1 in Color)
show("order", lambda: Color.RED < Color.GREEN)
show("reassign", lambda: setattr(Color, "RED", 5))
show("delete", lambda: delattr(Color, "RED"))
show("set value", lambda: setattr(Color.RED, "value", 5))
show("set name", lambda: setattr(Color.RED, "name", "x"))
show("extend", lambda: type("More", (Color,), {}))
show("instantiate", lambda: Enum(1))
print(sorted(Color, key=lambda c: c.value), max(Color, key=lambda c: c.value))
print(dir(Color))
print(dir(Color.RED))

# auto, _generate_next_value_, _missing_, _ignore_, _order_.
class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()


print(list(Auto), repr(auto()), repr(auto(5)))


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return "%s-%d-%d-%r" % (name, start, count, last_values)
    X = auto()
    Y = auto()


print([m.value for m in Named])


def late():
    class Late(Enum):
        A = auto()
        def _generate_next_value_(name, start, count, last_values):
            return name
    return Late


show("late gnv", late)


class Lenient(Enum):
    ONE = 1
    TWO = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        if value == 99:
            return 5


print(Lenient("one"), Lenient("two"))
show("missing", lambda: Lenient(3))
show("missing", lambda: Lenient(99))
show("missing", lambda: Lenient("three"))


class Ignored(Enum):
    _ignore_ = "tmp i"
    tmp = 1
    for i in range(3):
        pass
    A = 1


print(list(Ignored), hasattr(Ignored, "tmp"))
show("_order_", lambda: Enum("Bad", {"_order_": "B A", "A": 1, "B": 2}))


def bad_order():
    class Ordered(Enum):
        _order_ = "A C B"
        A = 1
        B = 2
        C = 3


def good_order():
    class Ordered(Enum):
        _order_ = "A, B"
        A = 1
        B = 2
    return list(Ordered)


show("_order_", bad_order)
show("_order_", good_order)


def reused():
    class R(Enum):
        A = 1
        A = 2


def reused_method():
    class R(Enum):
        A = 1
        def A(self):
            pass


def sunder():
    class R(Enum):
        _bogus_ = 1


def mro_name():
    class R(Enum):
        mro = 1


show("reuse", reused)
show("reuse", reused_method)
show("sunder", sunder)
show("mro", mro_name)


# Members with attributes, methods, nonmember/member and private names.
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH, Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 3),
      Planet((3.303e+23, 2.4397e6)))


class Misc(Enum):
    A = 1
    LIMIT = enum.nonmember(10)
    f = enum.member(len)
    _Misc__secret = 5

    def method(self):
        return "method"


print(list(Misc), Misc.LIMIT, Misc.f, Misc._Misc__secret, Misc.A.method())


# unique, aliases.
show("unique", lambda: unique(Color))


@unique
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine))


# The functional API.
Animal = Enum("Animal", "ANT BEE CAT")
print(Animal, list(Animal), Animal.__module__, Animal.__qualname__)
print(list(Enum("A2", "X,Y, Z", start=10)))
print(list(Enum("A3", ["P", "Q"])))
print(list(Enum("A4", [("P", "p"), ("Q", "q")])))
print(list(Enum("A5", {"P": 5, "Q": 6})))
Shape = Enum("Shape", "SQUARE CIRCLE", module="geometry", qualname="ns.Shape")
print(Shape.__module__, Shape.__qualname__, Shape.SQUARE)
print(list(Enum("Mixed", "A B", type=int)), Enum("Mixed", "A B", type=int).A + 1)


# Mixed-in data types.
class Strs(str, Enum):
    A = "a"
    B = "b"


print(Strs.A, repr(Strs.A), Strs.A == "a", Strs.A.upper(), f"{Strs.B}", Strs("b"), isinstance(Strs.A, str))


class Floats(float, Enum):
    PI = 3.14
    E = 2.72


print(Floats.PI, repr(Floats.PI), Floats.PI * 2, round(Floats.E), f"{Floats.E}")


# Subclassing an enum without members; __init_subclass__; copy.
class Base(Enum):
    def shout(self):
        return self.name.upper() + "!"


class Child(Base):
    a = 1


print(Child.a.shout(), list(Child), Child.__mro__)
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.RED])[0] is Color.RED,
      Color.RED.__reduce_ex__(2))
show("no members", lambda: Base(1))


# dir() of a class asks its metaclass's __dir__ (as for Enum classes).
class Meta(type):
    def __dir__(cls):
        return ["zeta", "alpha"]


class WithMeta(metaclass=Meta):
    x = 1


print(dir(WithMeta), "x" in dir(type("Plain", (), {"x": 1})))
