# IntEnum, StrEnum, Flag, IntFlag: arithmetic, str and format, bitwise
# combinations, boundaries, iteration of flags, verify.
import enum
from enum import (Enum, IntEnum, StrEnum, Flag, IntFlag, auto, verify,
                  UNIQUE, CONTINUOUS, NAMED_FLAGS, STRICT, CONFORM, EJECT, KEEP)


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Num(IntEnum):
    ONE = 1
    TWO = 2
    THREE = auto()


print(Num.ONE, repr(Num.TWO), str(Num.THREE), format(Num.ONE), f"{Num.TWO:03d}", "%d %s" % (Num.TWO, Num.TWO))
print(Num.ONE + Num.TWO, Num.TWO * 3, Num.THREE == 3, Num.ONE < Num.TWO, sorted([Num.THREE, Num.ONE]),
      isinstance(Num.ONE, int), int(Num.TWO), [10, 20, 30][Num.ONE], hash(Num.ONE) == hash(1))
print(Num(2), Num["THREE"], list(Num), {1: "x"}[Num.ONE], Num.ONE.real, Num.TWO.bit_length())
show("Num", lambda: Num(4))
show("Num", lambda: Num("1"))
show("IntEnum", lambda: IntEnum("Bad", {"A": "x"}))


class Word(StrEnum):
    FOO = auto()
    BAR = "bar"
    BAZ = "Baz"


print(Word.FOO, repr(Word.FOO), str(Word.BAR), f"{Word.BAZ:>5}", Word.FOO + "!", Word.FOO == "foo",
      Word("bar"), Word.BAZ.lower(), list(Word))
show("StrEnum", lambda: StrEnum("Bad", {"A": 1}))
show("StrEnum", lambda: StrEnum("Bad", {"A": ("a", 1)}))
show("StrEnum", lambda: StrEnum("Bad", {"A": ("a", "b", "c", "d")}))


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
    NONE = 0


print(Perm, repr(Perm), list(Perm), len(Perm), Perm.__members__)
rw = Perm.R | Perm.W
print(rw, repr(rw), str(rw), rw.name, rw.value, bool(rw), bool(Perm.NONE), Perm.R in rw, Perm.X in rw)
print(list(rw), len(rw), ~Perm.R, repr(~Perm.R), ~Perm.RWX, Perm.RWX, Perm(0), repr(Perm(0)), Perm(6) is rw)
print(rw & Perm.W, rw ^ Perm.R, rw | Perm.X, Perm.R | Perm.W | Perm.X is Perm.RWX, Perm(7))
print(format(rw), f"{Perm.R}", rw == Perm(6), hash(rw) == hash(rw.name))
show("Perm", lambda: Perm(8))
show("Perm", lambda: Perm(-1))
show("Perm", lambda: Perm("R"))
show("Perm |", lambda: Perm.R | 1)
show("Perm in", lambda: 1 in Perm.R)


class Auto(Flag):
    A = auto()
    B = auto()
    C = auto()
    AB = A | B


print([(m.name, m.value) for m in Auto], Auto.AB, list(Auto.AB), Auto.A | Auto.C, Auto(3) is Auto.AB)


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 4


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 4


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 4


print(Conform(7), repr(Eject(7)), type(Eject(7)).__name__, Eject(5), Keep(7), repr(Keep(7)), Keep(2))
print(enum.FlagBoundary, list(enum.FlagBoundary), STRICT, repr(CONFORM), Perm._boundary_,
      IntFlag._boundary_)


class IP(IntFlag):
    R = 4
    W = 2
    X = 1


print(IP.R | IP.W, repr(IP.R | IP.W), IP.R | 8, repr(IP.R | 8), IP(7), repr(IP(15)), ~IP.R, repr(~IP.R))
print(IP.R + 1, IP.R == 4, isinstance(IP.R, int), IP.W & 3, 3 & IP.W, repr(3 | IP.X), f"{IP.R | IP.W}",
      str(IP.R), list(IP(7)), IP(0), repr(IP(0)), IP(-1), repr(IP(-1)))


class Misordered(Flag):
    B = 2
    A = 1
    C = 4


print(list(Misordered), list(Misordered(7)))
print(enum.show_flag_values(13), [enum.bin(n) for n in (0, 5, -5)], enum.bin(3, 8), enum.bin(-3, 8))

# verify and unique.
show("verify", lambda: verify(UNIQUE)(Enum("V", {"A": 1, "B": 1, "C": 1})))
show("verify", lambda: verify(CONTINUOUS)(Enum("V", {"A": 1, "B": 3, "C": 6})))
show("verify", lambda: verify(CONTINUOUS)(Flag("V", {"A": 1, "B": 8})))
show("verify", lambda: list(verify(UNIQUE, CONTINUOUS)(Enum("V", {"A": 1, "B": 2}))))
show("verify", lambda: verify(NAMED_FLAGS)(Flag("V", {"A": 1, "B": 2, "C": 7}, boundary=KEEP)))
show("verify", lambda: verify(NAMED_FLAGS)(Flag("V", {"A": 1, "B": 2, "C": 5, "D": 9}, boundary=KEEP)))
show("verify", lambda: verify(UNIQUE)(int))
print(list(enum.EnumCheck), enum.UNIQUE, repr(enum.CONTINUOUS))


# Data type rules.
show("mixins", lambda: type(Enum)("Bad", (Enum, int), {}))
show("ReprEnum", lambda: enum.ReprEnum("Bad", "A"))


class Pt(tuple, Enum):
    ORIGIN = (0, 0)
    ONE = (1, 1)


print(Pt.ORIGIN, repr(Pt.ONE), Pt.ONE[0], Pt((1, 1)))


@enum.global_enum
class Glob(Enum):
    GA = 1
    GB = 2


print(repr(Glob.GA), str(Glob.GB), GA is Glob.GA)
