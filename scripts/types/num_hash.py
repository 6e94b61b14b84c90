# Hashes of numbers: equal numbers hash equal across int, float, complex
# and bool, and CPython's exact values (modulo 2**61 - 1).
import sys
print(sys.hash_info)
M = sys.hash_info.modulus
ints = [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 2**62, -2**61 + 1, -(2**61 - 1), -2**61, 2**63 - 1, -2**63, 2**64,
        10**20, -10**20, 3**100, -(3**100), 2**1000, -(2**1000) + 1]
for i in ints:
    h = hash(i)
    print(i, h, h == hash(float(i)) if abs(i) < 2**1000 else '', h == hash(complex(i)) if abs(i) < 2**1000 else '')
floats = [0.0, -0.0, 0.5, -0.5, 1.5, 1e-300, 5e-324, 1e300, 1.7976931348623157e308, 2.0**61, 2.0**62, -2.0**64, 3.141592653589793,
          float('inf'), float('-inf'), 0.1, 1/3, 2.5e-5, 1e100]
for f in floats:
    print(repr(f), hash(f))
for c in [1j, -1j, 1 + 1j, 1.5 - 2.5j, complex(1e300, -1e-300), complex(float('inf'), 1), complex(0, float('-inf')), 1e300j]:
    print(repr(c), hash(c))
print(hash(True), hash(False), hash(None) == hash(None), hash(()) , hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash(((),)))
print(hash((1, 2.0, 3+0j)) == hash((1, 2, 3)), hash((True,)) == hash((1,)), hash((-1,)), hash((-2,)), hash((2**64,)))
print(hash(frozenset()), hash(frozenset([1])), hash(frozenset([1, 2, 3])), hash(frozenset(range(100))), hash(frozenset([frozenset([1])])))
print(hash(frozenset([-1, -2])), hash(frozenset([2**64, 1.5])), hash(frozenset([(1, 2), (3, 4)])))
print(hash(range(10)), hash(range(0, 10, 2)), hash(range(5, 0, -1)), hash(range(3, 3)) == hash(range(0)))
print(hash(range(1, 10, 20)) == hash(range(1, 2)), range(1, 10, 20) == range(1, 2), range(0) == range(5, 5, 3))
print(hash(slice(1, 2)) if sys.version_info >= (3, 12) else 'unhashable', hash(Ellipsis) == hash(...), hash(NotImplemented) == hash(NotImplemented))
for src in ['hash([])', 'hash({})', 'hash(set())', 'hash((1, []))', 'hash(slice(1))', 'hash(bytearray())',
            'hash(1, 2)', 'hash()', 'hash(obj=1)', 'hash(frozenset([[1]]))', 'hash(b"")', 'hash("")', 'hash(b"abc") == hash("abc")',
            'hash(memoryview(b"ab")) == hash(b"ab")', 'hash(range(2**100))']:
    try:
        print(src, eval(src))
    except Exception as e:
        print(src, type(e).__name__, e)
class H:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
for h in [0, -1, -2, 2**61 - 1, 2**61, 2**64, -2**64, True, 2**63 - 1, -2**63, 2**63]:
    print(h, hash(H(h)))
for h in [1.5, 'x', None]:
    try:
        print(hash(H(h)))
    except TypeError as e:
        print(type(e).__name__, e)
class IntH(int):
    pass
class IH:
    def __hash__(self): return IntH(7)
print(hash(IH()), hash(IntH(2**64)), hash(IntH(-1)))
# id and hash agree with ==
a = 10**30
b = 10**30
print(a == b, hash(a) == hash(b), a is b or True)
o = object()
print(id(o) == id(o), hash(o) == hash(o), isinstance(id(o), int))
