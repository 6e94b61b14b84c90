# pprint of the library's containers: dataclasses, namedtuples, the
# collections types, SimpleNamespace and mappingproxy.
import collections
import dataclasses
import pprint
import types


@dataclasses.dataclass
class Point:
    x: int
    y: int
    label: str = "a point with a rather long label to force wrapping"
    hidden: list = dataclasses.field(default_factory=list, repr=False)


@dataclasses.dataclass
class Shape:
    name: str
    points: list


@dataclasses.dataclass(repr=False)
class NoRepr:
    value: int

    def __repr__(self):
        return "NoRepr(hand-written repr)"


shape = Shape("triangle", [Point(0, 0), Point(1, 0), Point(0, 1, "short")])
pprint.pprint(shape)
pprint.pprint(Point(1, 2), width=30)
pprint.pprint([NoRepr(1)] * 3, width=20)
rec = Shape("self", [])
rec.points.append(rec)
text = pprint.pformat(rec, width=10)
print(text[:text.index("id=")], pprint.isrecursive(rec))

Pair = collections.namedtuple("Pair", "first second")
pprint.pprint([Pair(1, "x" * 40), Pair(2, "y" * 40)])
pprint.pprint(Pair(list(range(20)), list(range(20))), width=40)

od = collections.OrderedDict((str(i), i * i) for i in range(12))
pprint.pprint(od, width=40)
pprint.pprint(collections.OrderedDict())
dd = collections.defaultdict(list, {"a": list(range(15)), "b": [1]})
pprint.pprint(dd, width=40)
pprint.pprint(collections.defaultdict(int))
c = collections.Counter("abracadabra" * 3)
pprint.pprint(c, width=30)
pprint.pprint(collections.Counter())
cm = collections.ChainMap({"a": 1, "b": list(range(12))}, {"c": 3})
pprint.pprint(cm, width=30)
pprint.pprint(collections.ChainMap())
dq = collections.deque(range(25))
pprint.pprint(dq, width=30)
pprint.pprint(collections.deque(range(25), maxlen=30), width=30)
pprint.pprint(collections.deque())
pprint.pprint(collections.UserDict({"k": list(range(20))}), width=30)
pprint.pprint(collections.UserList(range(30)), width=30)
pprint.pprint(collections.UserString("word " * 20), width=30)
ns = types.SimpleNamespace(alpha=list(range(10)), beta="text " * 10, gamma={"x": 1})
pprint.pprint(ns, width=40)


class MyNS(types.SimpleNamespace):
    pass


pprint.pprint(MyNS(a=list(range(20))), width=30)
mp = types.MappingProxyType({"key": list(range(20)), "other": 1})
pprint.pprint(mp, width=30)
pprint.pprint({3, 1, 2})
pprint.pprint(frozenset(range(20)), width=30)
pprint.pprint(set(range(30)), width=30)


class MySet(set):
    pass


pprint.pprint(MySet(range(30)), width=30)
pprint.pprint([{"mixed", 1}] if False else [{1, 2.5, 3}])
