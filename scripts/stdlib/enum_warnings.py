# Where enum's DeprecationWarnings point (the class body line, the "in"
# expression), and StrEnum's checks of str() arguments.
import enum, warnings
warnings.simplefilter("always")
class E(enum.Enum):
    A = "x"
    B = enum.auto()
class F(enum.Enum):
    A = 1
    class Inner:
        pass
try:
    1 in E
except TypeError as e:
    print(e)
G = enum.Enum("G", "A B", module=None)
print(G.__module__)
class H(enum.IntEnum):
    A = 1
    B = 2
print(enum.IntEnum("X", [("A", 1)]).__module__)
class S(enum.StrEnum):
    A = b"x", "ascii"
print(repr(S.A))
try:
    class S2(enum.StrEnum):
        A = b"x", 1
except TypeError as e: print(e)
try:
    class S3(enum.StrEnum):
        A = "x", "ascii", 5
except TypeError as e: print(e)
