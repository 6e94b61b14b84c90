# Errors raised while making enumerations and looking members up: bad
# names, bad bases, _missing_ results, __new__/__init__ failures, the
# functional API's argument forms.
import enum
import warnings
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto


def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!", type(e).__name__, e)
        if e.__cause__ is not None:
            print("   cause:", type(e.__cause__).__name__, e.__cause__)
        if e.__context__ is not None and not e.__suppress_context__:
            print("   context:", type(e.__context__).__name__, e.__context__)


def make(name, body, bases=(Enum,), **kw):
    def run():
        ns = type(Enum).__prepare__(name, bases, **kw)
        for k, v in body:
            ns[k] = v
        return type(Enum)(name, bases, ns, **kw)
    return run


show("empty name", make("E", [("", 1)]))
show("mro", make("E", [("mro", 1), ("ok", 2)]))
show("sunder", make("E", [("_x_", 1)]))
show("dup", make("E", [("A", 1), ("A", 2)]))
show("dup method", make("E", [("f", len), ("f", 1)]))
show("ignore late", make("E", [("A", 1), ("_ignore_", ["A"])]))
show("ignore str", make("E", [("_ignore_", "x, y"), ("x", 1), ("y", 2), ("z", 3)]))
show("gnv late", make("E", [("A", auto()), ("_generate_next_value_", lambda *a: 5)]))
show("dunder order", make("E", [("__order__", "B A"), ("A", 1), ("B", 2)]))
show("order list", make("E", [("_order_", ["A", "B"]), ("A", 1), ("B", 2)]))
show("bad base", lambda: type(Enum)("E", (int,), {}))
try:
    type(Enum)("E", (int, str, Enum), type(Enum).__prepare__("E", (int, str, Enum)))
except TypeError as e:
    # The message shows a set of types, whose order follows their
    # addresses: compare its parts.
    head, _, rest = str(e).partition(": ")
    print("two types !", head, sorted(rest.strip("{}").split(", ")))
show("enum first", lambda: type("E", (Enum, int), {}))


class Hello(Enum):
    A = 1


show("extend", lambda: type("E", (Hello,), {}))
show("extend fn", lambda: Hello("E", "X Y"))
show("Enum()", lambda: Enum())
show("Enum(1)", lambda: Enum(1))
show("Enum kw", lambda: Enum("E", "A", bogus=1))
show("names None", lambda: list(Enum("E", None)))
show("names empty", lambda: list(Enum("E", [])))
show("names ints", lambda: Enum("E", [1, 2]))
show("names tuple pairs", lambda: list(Enum("E", (("A", 3), ("B", 4)))))
show("names mixed", lambda: list(Enum("E", [("A", 3), "B"])))
show("start", lambda: [m.value for m in Enum("E", "A B C", start=0)])
show("flag start", lambda: [m.value for m in Flag("E", "A B C")])
show("strenum names", lambda: [m.value for m in StrEnum("E", "Ab cD")])
show("intenum str", lambda: IntEnum("E", {"A": "1"}).A)
show("intenum float", lambda: IntEnum("E", {"A": 1.5}).A)
show("intenum bad", lambda: IntEnum("E", {"A": "x"}))


class Weird(Enum):
    A = 1
    B = 2

    @classmethod
    def _missing_(cls, value):
        if value == "str":
            return "not a member"
        if value == "raise":
            raise KeyError("boom")
        if value == "value":
            raise ValueError("own message")
        if value == "other":
            return Hello.A
        return None


for v in ("str", "raise", "value", "other", 3, [1]):
    show("missing %r" % (v,), lambda: Weird(v))

show("unhashable lookup", lambda: Weird([1, 2]))
show("by name missing", lambda: Weird["C"])
show("by name int", lambda: Weird[1])
show("getattr dunder", lambda: Weird.__foo__)
show("getattr", lambda: Weird.C)
show("member attr", lambda: Weird.A.C)
show("del member", lambda: delattr(Weird, "A"))
show("del other", lambda: delattr(Weird, "nothing"))
show("set member", lambda: setattr(Weird, "A", 3))
show("set new", lambda: (setattr(Weird, "other_attr", 3), Weird.other_attr)[1])
show("set name", lambda: setattr(Weird.A, "name", "z"))
show("del value", lambda: delattr(Weird.A, "value"))
show("set _value_", lambda: setattr(Weird.B, "_value_", 2))


class BadInit(Enum):
    A = 1


def bad_init():
    class E(Enum):
        def __init__(self, v):
            raise RuntimeError("init failed %r" % (v,))
        A = 1


def bad_new():
    class E(Enum):
        def __new__(cls, v):
            raise KeyError(v)
        A = 1


def no_value_new():
    class E(int, Enum):
        def __new__(cls, v):
            return int.__new__(cls, v)
        A = "x"
    return E.A, E.A.value


def new_sets_value():
    class E(int, Enum):
        def __new__(cls, v, label):
            m = int.__new__(cls, v)
            m._value_ = v
            m.label = label
            return m
        A = 1, "one"
        B = 2, "two"
    return list(E), E(2).label, E.A + 1


def bad_mixin_value():
    class E(int, Enum):
        A = "x"


def tuple_args():
    class E(Enum):
        def __init__(self, a, b):
            self.total = a + b
        A = 1, 2
        B = (3, 4)
    return E.A.value, E.A.total, E.B.total, E((3, 4))


def auto_in_tuple():
    class E(Enum):
        A = auto(), "a"
        B = auto(), "b"
        C = 5, auto()
    return [m.value for m in E]


def auto_explicit():
    class E(Enum):
        A = auto(7)
        B = auto()
    return [m.value for m in E], repr(auto())


def auto_strings():
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        class E(Enum):
            A = "x"
            B = auto()
    return [m.value for m in E], [str(x.message) for x in w]


def auto_unsorted():
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        class E(Enum):
            A = 5
            B = 2
            C = auto()
    return [m.value for m in E], [(x.category.__name__, str(x.message)) for x in w]


def flag_auto_bad():
    class E(Flag):
        A = "x"
        B = auto()


def gnv_static():
    class E(Enum):
        @staticmethod
        def _generate_next_value_(name, start, count, last):
            return name * 2
        A = auto()
    return E.A.value


def internal_class():
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        class E(Enum):
            A = 1
            class Inner:
                pass
    return list(E), [(x.category.__name__, str(x.message)) for x in w]


for f in (bad_init, bad_new, no_value_new, new_sets_value, bad_mixin_value, tuple_args,
          auto_in_tuple, auto_explicit, auto_strings, auto_unsorted, flag_auto_bad, gnv_static,
          internal_class):
    show(f.__name__, f)

show("contains str", lambda: "A" in Weird)
show("contains member", lambda: Hello.A in Weird)
show("unique", lambda: enum.unique(Enum("E", [("A", 1), ("B", 1), ("C", 2), ("D", 2)])))
show("verify class", lambda: enum.verify(enum.UNIQUE)(Enum("E", [("A", 1), ("B", 1)])))
show("verify unique ok", lambda: enum.verify(enum.UNIQUE)(Flag("E", [("A", 1), ("B", 2)])))
show("continuous long", lambda: enum.verify(enum.CONTINUOUS)(Enum("E", [("A", 1), ("B", 300)])))
show("continuous flag", lambda: enum.verify(enum.CONTINUOUS)(Flag("E", [("A", 1), ("B", 32)])))
show("named flags 2", lambda: enum.verify(enum.NAMED_FLAGS)(
    Flag("E", [("A", 1), ("AB", 3), ("AC", 5), ("ABCD", 15)], boundary=enum.KEEP)))
show("named flags ok", lambda: list(enum.verify(enum.NAMED_FLAGS)(
    Flag("E", [("A", 1), ("B", 2), ("AB", 3)]))))
show("verify none", lambda: enum.verify()(Hello))


def value_not_set():
    class E(int, Enum):
        def __new__(cls, v, w):
            return int.__new__(cls, v)
        A = 1, "y"


try:
    value_not_set()
except TypeError as e:
    print("value_not_set", e, "|", type(e.__cause__).__name__, e.__cause__, "|", e.__suppress_context__,
          e.__context__ is e.__cause__)
