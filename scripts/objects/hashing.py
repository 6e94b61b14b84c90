# __hash__ rules: __eq__ without __hash__ makes instances unhashable,
# inherited hashes, __hash__ = None, hash() results and errors.


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Plain:
    pass


class EqOnly:
    def __eq__(self, other):
        return True


class EqAndHash:
    def __eq__(self, other):
        return isinstance(other, EqAndHash)

    def __hash__(self):
        return 42


class Child(EqAndHash):
    pass


class ChildEq(EqAndHash):
    def __eq__(self, other):
        return False


class Unhash:
    __hash__ = None


print(type(hash(Plain())).__name__)
p = Plain()
print(hash(p) == hash(p), hash(p) == id(p) >> 4)
print(EqOnly.__hash__, Unhash.__hash__)
show(lambda: hash(EqOnly()))
show(lambda: hash(Unhash()))
show(lambda: {EqOnly()})
show(lambda: {EqOnly(): 1})
show(lambda: {}[EqOnly()])
show(lambda: EqOnly() in {1: 2})
show(lambda: EqOnly() in set())
print(hash(EqAndHash()), hash(Child()))
show(lambda: hash(ChildEq()))
print({EqAndHash(), EqAndHash()}.__len__())


class BadHash:
    def __hash__(self):
        return "nope"


class BigHash:
    def __hash__(self):
        return 2 ** 100


class NegOne:
    def __hash__(self):
        return -1


class BoolHash:
    def __hash__(self):
        return True


class IntSubHash:
    def __hash__(self):
        class I(int):
            pass
        return I(7)


show(lambda: hash(BadHash()))
print(hash(BigHash()), hash(NegOne()), hash(BoolHash()), hash(IntSubHash()))
print(hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(hash(1.0), hash(0.5), hash(-0.0), hash(float("inf")), hash(1e100))
print(hash(True), hash(None) == hash(None), hash(()) , hash((1, 2)), hash((1, (2, 3))))
print(hash(frozenset()), hash(frozenset({1, 2, 3})))
print(hash("") , hash(b""))
show(lambda: hash([]))
show(lambda: hash({}))
show(lambda: hash(set()))
show(lambda: hash(([],)))
show(lambda: hash(slice(1, 2)))
print(hash(range(3)) == hash(range(3)), hash(1 + 2j), hash(complex(0, 1)))


class ListSub(list):
    pass


class ListSubHash(list):
    def __hash__(self):
        return 5


show(lambda: hash(ListSub()))
print(hash(ListSubHash()))


class IntSub(int):
    pass


class IntSubEq(int):
    def __eq__(self, other):
        return False


print(hash(IntSub(5)))
show(lambda: hash(IntSubEq(5)))


class TupleSub(tuple):
    pass


print(hash(TupleSub((1, 2))) == hash((1, 2)))


class HashFromMeta(type):
    def __hash__(cls):
        return 99


class M(metaclass=HashFromMeta):
    pass


print(hash(M))


class EqInMeta(type):
    def __eq__(cls, other):
        return True


show(lambda: type(hash(type("Z", (), {}))).__name__)
show(lambda: hash(EqInMeta("Y", (), {})))
d = {}
d[EqAndHash()] = "first"
d[EqAndHash()] = "second"
print(d.__len__(), list(d.values()))
eo = EqOnly()
print(object.__hash__(eo) == object.__hash__(eo))
print(hasattr(EqOnly, "__hash__"), EqOnly.__dict__["__hash__"])


class ExplicitNone:
    def __eq__(self, other):
        return True

    __hash__ = object.__hash__


e = ExplicitNone()
print(hash(e) == object.__hash__(e))


class DataclassLike:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return self.x == other.x

    def __hash__(self):
        return hash((self.x,))


print(len({DataclassLike(1), DataclassLike(1), DataclassLike(2)}))
