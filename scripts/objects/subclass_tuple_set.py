# Subclasses of tuple, set, frozenset and object.


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    def __repr__(self):
        return f"Point({self[0]}, {self[1]})"


p = Point(1, 2)
print(p, p.x, len(p), p[1], type(p).__name__, p == (1, 2), hash(p) == hash((1, 2)), tuple(p), list(p))
print(type(p + (3,)).__name__, type(p[:1]).__name__, type(p * 2).__name__, p.count(1), p.index(2))
a, b = p
print(a, b, {p: "point"}[(1, 2)], sorted([Point(2, 1), Point(1, 5)]))
show(lambda: Point(1))
show(lambda: setattr(p, "z", 3))


class Named(tuple):
    __slots__ = ()


n = Named([1, 2])
show(lambda: setattr(n, "z", 1))
print(n, type(n).__name__)


class MySet(set):
    def __repr__(self):
        return "MySet(" + ", ".join(sorted(map(str, self))) + ")"


ms = MySet([3, 1, 2])
ms.add(4)
print(ms, len(ms), 3 in ms, type(ms).__name__)
for r in [ms | {9}, ms & {1, 2}, ms - {1}, ms ^ {1, 10}, ms.copy(), ms.union([7]), ms.intersection([1]), {9} | ms]:
    print(type(r).__name__, sorted(r))
ms |= {5}
print(type(ms).__name__, ms)
print(ms == {1, 2, 3, 4, 5}, ms <= {1, 2, 3, 4, 5, 6}, set(ms) == ms)
show(lambda: hash(ms))


class MyFrozen(frozenset):
    pass


mf = MyFrozen([1, 2])
print(type(mf).__name__, sorted(mf), hash(mf) == hash(frozenset([1, 2])), type(mf | {3}).__name__, type(mf.copy()).__name__, mf.copy() is mf)
print(frozenset(mf) is mf, type(frozenset(mf)).__name__, {mf: 1}[frozenset([1, 2])])


class Empty:
    pass


class Obj(object):
    pass


print(Obj.__mro__, Obj.__bases__, type(Obj()).__name__, isinstance(Obj(), object))
o1, o2 = Obj(), Obj()
print(o1 == o2, o1 != o2, o1 == o1, (o1 < o2) if False else "no order")
show(lambda: o1 < o2)


class MyRange:
    pass


show(lambda: type("R", (range,), {}))
show(lambda: type("N", (type(None),), {}))
show(lambda: type("F", (type(lambda: 0),), {}))
show(lambda: type("S", (slice,), {}))
show(lambda: type("Bo", (bool,), {}))
show(lambda: type("M", (type(print),), {}))
print([c.__name__ for c in type("OK", (dict, object), {}).__mro__])
