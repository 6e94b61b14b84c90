# repr, str, format and dir of every kind of enumeration and of their
# classes, including mixed-in data types and user overrides.
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, ReprEnum, auto


class Color(Enum):
    RED = 1
    GREEN = "g"
    BLUE = (1, 2)


class Num(IntEnum):
    ONE = 1
    TWO = 2


class Word(StrEnum):
    A = "alpha"
    B = auto()


class Perm(Flag):
    R = 4
    W = 2
    X = 1


class IP(IntFlag):
    R = 4
    W = 2
    X = 1


class F(float, Enum):
    HALF = 0.5


class FR(float, ReprEnum):
    HALF = 0.5


class Custom(Enum):
    A = 1

    def __repr__(self):
        return "custom-repr"

    def __str__(self):
        return "custom-str"


class Fmt(Enum):
    A = 1

    def __format__(self, spec):
        return "fmt(%s)" % spec


class Hexy(int, Enum):
    A = 10
    _numeric_repr_ = hex


class Hexf(IntFlag):
    A = 1
    B = 2
    _numeric_repr_ = hex


for cls in (Color, Num, Word, Perm, IP, F, FR, Custom, Fmt, Hexy, Hexf):
    print(cls.__name__, repr(cls), str(cls))
    for m in cls:
        print("  ", repr(m), str(m), format(m), "[%s]" % m, f"{m!r:>5}", f"<{m:>10}>")

print(repr(Perm.R | Perm.X), str(Perm.R | Perm.X), format(Perm.R | Perm.X))
print(repr(Perm(0)), str(Perm(0)), repr(IP(0)), str(IP(0)), format(IP(0)))
print(repr(IP(9)), str(IP(9)), format(IP(9)), repr(IP(8)), str(IP(8)))
print(repr(~IP.X), repr(~Perm.X), repr(~(Perm.R | Perm.W | Perm.X)), repr(~IP(0)))
print(repr(Hexf.A | Hexf.B), repr(Hexf(5)), repr(Hexf(4)))
for spec_obj, spec in ((Num.ONE, "x"), (Num.TWO, "5d"), (F.HALF, ".3f"), (Word.A, "^9"), (FR.HALF, ".2f"), (IP.R | IP.W, "03d"), (Perm.R, "d")):
    try:
        print(repr(format(spec_obj, spec)))
    except Exception as e:
        print(type(e).__name__, e)
print(format(Color.RED, ""), format(Color.RED, "^12"))
print(Word.A.upper(), Word.A + "!", str.__str__(Word.A), Word("alpha") is Word.A)


class ClsWithDoc(Enum):
    """My doc."""
    X = 1


print(ClsWithDoc.__doc__, ClsWithDoc.X.__doc__)
print(Enum.__doc__ is not None, Color.__doc__)

for obj in (Color, Color.RED, Num, Num.ONE, Perm, Perm.R, Word.A, IP.R):
    names = dir(obj)
    print(type(obj).__name__, len(names) > 0, [n for n in names if not n.startswith("__") or n in
          ("__members__", "__class__", "__doc__", "__module__", "__len__", "__iter__",
           "__contains__", "__getitem__", "__name__", "__qualname__", "__new__", "__init_subclass__")][:40])


class WithMethods(Enum):
    A = 1
    B = 2

    def action(self):
        return 1

    @property
    def prop(self):
        return 2

    @classmethod
    def cm(cls):
        return 3

    @staticmethod
    def sm():
        return 4


print(dir(WithMethods))
print(dir(WithMethods.A))
WithMethods.A.extra = 5
print(dir(WithMethods.A))


class WithNew(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
    A = 1, "one"
    B = 2, "two"


print(dir(WithNew), WithNew.A.label, WithNew(2), repr(WithNew.B))


class WithSub(Enum):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)


print("__init_subclass__" in dir(WithSub))
print(enum.EnumMeta is enum.EnumType, type(Color) is enum.EnumType, repr(enum.EnumType))
print(sorted(enum.__all__))
