# Flag and IntFlag beyond the basics: aliases made of several bits,
# iteration order, negative values, every boundary, pseudo-members being
# remembered, operators with ints and other types, membership.
import enum
from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP


def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
    BLACK = 0
    PURPLE = RED | BLUE


print(list(Color), len(Color), list(Color.__members__))
print(Color._member_names_, Color._flag_mask_, Color._singles_mask_, Color._all_bits_)
for v in range(8):
    m = Color(v)
    print(v, repr(m), str(m), m.name, list(m), len(m), bool(m), m is Color(v))
print(repr(~Color.RED), repr(~Color.WHITE), repr(~Color.BLACK), repr(~Color.PURPLE))
print(Color.RED in Color.PURPLE, Color.PURPLE in Color.WHITE, Color.BLACK in Color.RED,
      Color.WHITE in Color.RED)
print(Color.RED | Color.GREEN is Color(3), (Color.WHITE & Color.PURPLE) is Color.PURPLE,
      Color.WHITE ^ Color.RED, Color.RED.__or__(1), Color.RED.__and__("x"))
show("neg", lambda: Color(-1))
show("neg2", lambda: Color(-8))
show("big", lambda: Color(9))
show("str", lambda: Color("RED"))
show("float", lambda: Color(1.0))
show("or int", lambda: Color.RED | 2)
show("ror int", lambda: 2 | Color.RED)
show("and other", lambda: Color.RED & IntFlag("O", "A").A)
show("in int", lambda: 1 in Color.RED)
show("class in", lambda: Color.RED in Color)
show("pseudo in", lambda: Color(3) in Color)


class Gap(Flag):
    A = 1
    C = 4
    AC = 5


for b in (STRICT, CONFORM, EJECT, KEEP):
    G = Flag("G" + b.name, [("A", 1), ("C", 4)], boundary=b)
    for v in (0, 2, 3, 5, 7, 8, 13, -1, -2):
        show("%s(%d)" % (G.__name__, v), lambda: G(v))
    show("%s ~A" % G.__name__, lambda: ~G.A)
    print(G._boundary_, repr(G._boundary_), G.A._boundary_ is b)


class IF(IntFlag):
    A = 1
    B = 2
    C = 8


for v in (0, 3, 4, 5, 12, 16, -1, -3, -16):
    m = IF(v)
    print(v, repr(m), str(m), int(m), list(m), m.name)
print(repr(IF.A | 4), repr(4 | IF.A), repr(IF.A & 5), repr(IF.A ^ IF.B ^ 16), repr(~IF.A), repr(~IF(4)))
print(IF.A + IF.B, IF.C - 1, IF.A * 2, type(IF.A + 1).__name__, type(IF.A | 1).__name__,
      IF.A | 1.5 if False else None)
show("IF or float", lambda: IF.A | 1.5)
show("IF or str", lambda: IF.A | "x")
show("IF str", lambda: IF("1"))
show("IF in int", lambda: 1 in IF.A)


class Big(IntFlag):
    HIGH = 1 << 70
    LOW = 1


print(repr(Big.HIGH | Big.LOW), repr(Big(3)), Big._all_bits_ == (1 << 71) - 1)


class Unordered(Flag):
    C = 4
    A = 1
    B = 2
    AB = 3


print(list(Unordered), list(Unordered(7)), Unordered(7), Unordered(3), list(Unordered.AB))
print(Unordered._iter_member_ == Unordered._iter_member_by_def_, Color._iter_member_ == Color._iter_member_by_value_)
print(enum.show_flag_values(0), enum.show_flag_values(Color.WHITE), enum.show_flag_values(2 ** 65 + 3))
show("show neg", lambda: enum.show_flag_values(-1))
for n, bits in ((0, None), (1, None), (10, None), (-10, None), (10, 8), (-10, 8), (255, 4), (-1, None), (-256, None)):
    print(n, bits, enum.bin(n, bits))


class Named(Flag):
    A = 1
    B = 2
    ALL = 3


print(repr(Named.ALL), repr(~Named.ALL), repr(Named(0)), Named.ALL is Named(3))


class Order(Flag):
    _order_ = "A B C"
    A = 1
    B = 2
    AB = 3
    C = 4


print(list(Order))


class Zero(Flag):
    NONE = 0


print(list(Zero), repr(Zero(0)), repr(~Zero.NONE), Zero._flag_mask_)
show("Zero(1)", lambda: Zero(1))


class Neg(IntFlag):
    A = 1
    MINUS = -1


print(list(Neg), repr(Neg.MINUS), repr(Neg(-1)), list(Neg.__members__))
print(repr(enum.KEEP), str(enum.STRICT), format(enum.EJECT), enum.FlagBoundary("conform"))
