# json.dumps: every option, the kinds of values and keys, and the errors.
import json
from collections import OrderedDict, namedtuple
from enum import Enum, IntEnum


def show(*args, **kw):
    try:
        print(repr(json.dumps(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


show(None)
show(True)
show(False)
show(0)
show(-12345678901234567890123)
show(1.5)
show(0.1 + 0.2)
show(1e100)
show(-0.0)
show(1e-7)
show(float('nan'))
show(float('inf'))
show(float('-inf'))
show(float('nan'), allow_nan=False)
show(float('inf'), allow_nan=False)
show([float('-inf')], allow_nan=False)
show("plain")
show("quote\" back\\ slash/ \b\f\n\r\t \x00\x1f\x7f")
show("caf\u00e9 \u20ac \U0001f600 \ud800")
show("caf\u00e9 \u20ac \U0001f600 \ud800", ensure_ascii=False)
show([])
show(())
show({})
show([1, [2, [3, []]], {}])
show((1, "two", 3.0))
show({"a": 1, "b": [1, 2], "c": {"d": None}})
show({3: "int", 2.5: "float", True: "t", False: "f", None: "n"})
show({float('nan'): 1, float('inf'): 2})
show({float('nan'): 1}, allow_nan=False)
show({(1, 2): 3})
show({(1, 2): 3, "x": 4}, skipkeys=True)
show({b"k": 1, "y": 2, object(): 3}, skipkeys=True)
show({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True)
show({"b": 1, 2: 2}, sort_keys=True)
show({1: 1, "b": 2}, sort_keys=True)
show({"a": [1, 2, {"b": []}], "c": {}}, indent=2)
show({"a": [1, 2, {"b": []}], "c": {}}, indent=0)
show({"a": [1, 2], "c": {"d": 1}}, indent="\t")
show({"a": [1, 2], "c": {"d": 1}}, indent="--")
show([1, [2]], indent=-1)
show({"a": [1, 2]}, separators=(",", ":"))
show({"a": [1, 2]}, indent=2, separators=(" ,", " = "))
show({"a": {1: 2}, "b": "x"}, indent=1, skipkeys=True)
show({(1,): 2}, indent=2, skipkeys=True)
show(set())
show({1, 2} and b"bytes")
show(object)
show(1j)
show({"a": {1, 2}})
show({1, 2}, default=sorted)
show({"when": 1j}, default=lambda o: [o.real, o.imag])
show(b"abc", default=lambda o: o.decode())
show(b"abc", default=lambda o: o)

Point = namedtuple("Point", "x y")
show(Point(1, 2))
show(OrderedDict([("z", 1), ("a", 2)]))
show(OrderedDict([("z", 1), ("a", 2)]), sort_keys=True)


class Color(Enum):
    RED = 1


class Level(IntEnum):
    LOW = 1
    HIGH = 2


class Kind(str, Enum):
    A = "alpha"


class F(float, Enum):
    HALF = 0.5


show(Level.HIGH)
show({Level.LOW: Level.HIGH})
show([Kind.A, F.HALF])
show({Kind.A: 1, F.HALF: 2})
show(Color.RED)


class MyDict(dict):
    pass


class MyList(list):
    pass


class MyStr(str):
    pass


class MyInt(int):
    def __repr__(self):
        return "MyInt!"


class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"


show(MyDict(a=MyList([MyStr("s"), MyInt(7), MyFloat(2.5)])))
show({MyInt(3): 1, MyFloat(1.5): 2, MyStr("k"): 3})

circ = []
circ.append(circ)
show(circ)
d = {}
d["self"] = d
show(d)
show({"a": d})
shared = [1]
show([shared, shared, {"x": shared}])


def selfish(o):
    return o


show(object(), default=selfish)
try:
    json.dumps(circ, check_circular=False)
except RecursionError as e:
    print("RecursionError", e)

show(2 ** 64)
show([1, 2], indent=2.0)
show({"a": 1}, separators=(",",))
