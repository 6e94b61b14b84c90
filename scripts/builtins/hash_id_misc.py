# hash() consistent with == across int, float, complex, bool, Fraction,
# Decimal, tuple and frozenset (with CPython's exact values, including
# -1 -> -2 and inf/nan); id(); print's sep/end/file/flush corners;
# iter(callable, sentinel); sorted/min/max with key and default errors.
import sys
from decimal import Decimal
from fractions import Fraction

def s(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

print('== hash')
groups = [(1, 1.0, True, Fraction(1), Decimal(1), 1 + 0j, Decimal('1.000')),
          (0, 0.0, -0.0, False, Fraction(0), Decimal(0), Decimal('-0'), 0j, complex(-0.0, -0.0)),
          (-1, -1.0, Fraction(-1), Decimal(-1), -1 + 0j),
          (-2, -2.0, Fraction(-2), Decimal(-2)),
          (2**61 - 1, float(2**61 - 1) if float(2**61 - 1) == 2**61 - 1 else 0, Fraction(2**61 - 1), Decimal(2**61 - 1)),
          (2**61, Fraction(2**61), Decimal(2**61), float(2**61)),
          (2**100, float(2**100), Fraction(2**100), Decimal(2**100)),
          (0.5, Fraction(1, 2), Decimal('0.5'), 0.5 + 0j),
          (1.5, Fraction(3, 2), Decimal('1.5')),
          (-0.25, Fraction(-1, 4), Decimal('-0.25')),
          (float('inf'), Decimal('Infinity'), complex(float('inf'), 0)),
          (float('-inf'), Decimal('-Infinity')),
          (Fraction(1, 3),), (Fraction(-1, 3),), (Fraction(1, 2**61 - 1),), (Decimal('0.1'), ), (0.1,), (1e-300,), (5e-324,),
          (1j,), (1 + 2j,), (-1j,), (complex(0, -1),),
          ((), ), ((1, 2),), ((1.0, 2.0),), ((1, (2, 3)),), ((-1,),), ((-2,),), ((0,),),
          (frozenset(),), (frozenset({1, 2}), frozenset({2.0, 1.0})), (frozenset({-1}),), (frozenset({(1, 2)}),),
          ('',), (b'',)]
for g in groups:
    hs = [hash(x) for x in g]
    eq = all(a == b for a in g for b in g)
    print(repr(g[0]), hs[0], eq, len(set(hs)) == 1)
print(hash(-1), hash(-1.0), hash(-2), hash(2**64), hash(-2**64), hash(2**61 - 2), hash(-(2**61 - 1)), hash(sys.hash_info.modulus), hash(-sys.hash_info.modulus))
nan = float('nan')
# A nan hashes by its identity: the same object hashes equal, two nans
# (almost surely) not; the values themselves vary by run.
dnan = Decimal('nan')
print(hash(nan) == hash(nan), hash(float('nan')) != hash(nan) or 'same', hash(dnan) == hash(dnan), hash(complex(nan, 0)) == hash(complex(nan, 0)))
print(s(lambda: hash(Decimal('snan'))), s(lambda: hash(Decimal('-snan'))))
print(s(lambda: hash([])), s(lambda: hash({})), s(lambda: hash(set())), s(lambda: hash((1, []))), s(lambda: hash(frozenset([1])) == hash(frozenset([1]))), s(lambda: hash(slice(1))))
class H:
    def __init__(self, v): self.v = v
    def __hash__(self): return self.v
for v in [5, -1, 2**64, -2**64, True, 2**61 - 1]:
    print(v, s(lambda: hash(H(v))))
print(s(lambda: hash(H(1.5))), s(lambda: hash(H('x'))), s(lambda: hash(H(None))))
class HI(int):
    pass
print(hash(HI(-1)), hash(HI(7)), s(lambda: hash(type('E', (), {'__eq__': lambda a, b: True})())))
d = {1: 'int'}
d[1.0] = 'float'
d[True] = 'bool'
d[Fraction(1)] = 'frac'
d[Decimal(1)] = 'dec'
print(d, {0.5: 'a', Fraction(1, 2): 'b'}, len({0, 0.0, -0.0, False, 0j}), {(1, 2): 'x', (1.0, 2.0): 'y'})

print('== id')
a = []
b = a
print(id(a) == id(b), id(a) == id([]) and False, type(id(a)).__name__, id(a) > 0, id(None) == id(None), s(lambda: id()), s(lambda: id(1, 2)))
objs = [object() for _ in range(50)]
print(len({id(o) for o in objs}))

print('== print')
print('a', 'b', sep=None, end=None)
print('a', 'b', sep='', end='')
print()
print(sep='x', end='E\n')
print(1, 2, sep='\n', end='\n\n')
print('to stdout', file=sys.stdout, flush=False)
print(s(lambda: print(1, sep=b'x')), s(lambda: print(end=1)), s(lambda: print(file=1)), s(lambda: print(flush=None)))
class FlushRaises:
    def write(self, x): return len(x)
    def flush(self): raise OSError('flush failed')
class WriteRaises:
    def write(self, x): raise ValueError('write failed')
print(s(lambda: print('x', file=FlushRaises())), s(lambda: print('x', file=FlushRaises(), flush=True)), s(lambda: print('x', file=WriteRaises())))
class Sep(str):
    pass
class SepStr(str):
    def __str__(self): return '<SepStr.__str__>'
print('p', 'q', sep=Sep('-'), end=Sep('!\n'))
print('p', 'q', sep=SepStr('-'), end=SepStr('!\n'))
print()
w = []
class Writer:
    def write(self, x): w.append((type(x).__name__, x))
print('a', 'b', sep=Sep('-'), end=SepStr('.'), file=Writer())
print(w)
print(s(lambda: print(*range(3), sep=', ', end='.\n', file=sys.stdout, flush=True, extra=1)))
saved = sys.stdout
sys.stdout = None
print('dropped')
sys.stdout = saved
del sys.stdout
r = s(lambda: print('lost'))
sys.stdout = saved
print(r)

print('== iter(callable, sentinel)')
n = iter([1, 2, 3, 0, 4]).__next__
it = iter(n, 0)
print(type(it).__name__, list(it), list(it))
count = 0
def counter():
    global count
    count += 1
    return count
print(list(iter(counter, 4)), count)
def raising():
    raise StopIteration
print(list(iter(raising, 1)))
class Eq:
    def __eq__(self, o):
        print('eq called', o)
        return o == 2
print(list(iter(iter([1, 2, 3]).__next__, Eq())))
print(s(lambda: iter(5, 1)), s(lambda: iter(len, 1, 2)), s(lambda: iter()), s(lambda: next(iter(lambda: 1 / 0, 1))), s(lambda: iter(n, sentinel=0)))
it2 = iter(iter('ab').__next__, 'z')
print(next(it2), next(it2), s(lambda: next(it2)), s(lambda: next(it2)))

print('== sorted / min / max')
data = [3, -1, 2, -5]
print(sorted(data, key=abs), sorted(data, key=abs, reverse=True), sorted(data, key=None), sorted([], key=abs))
print(min(data, key=abs), max(data, key=abs), min([], default='d'), max([], default=None), min([1], default=0), min(1, 2, key=None))
print(min('abc'), max('abc', key=ord), max([(1, 'b'), (1, 'a')]), min([[2], [1, 2]], key=len), max(3, 1, 4, key=lambda x: -x))
for f in [lambda: sorted(), lambda: sorted(1), lambda: sorted([1, 'a']), lambda: sorted([1], abs), lambda: sorted([1], key=1),
          lambda: sorted([1], reverse='x'), lambda: sorted([1], cmp=None), lambda: min(), lambda: min([]), lambda: max([]),
          lambda: min(1), lambda: min(1, 2, default=0), lambda: max(1, 2, key=1), lambda: min([1, 'a']), lambda: max([], key=abs),
          lambda: min([1], foo=1), lambda: max(iter([]), default=5), lambda: min([[], 1]), lambda: max(1, 2, 3, key=lambda x: 1 / 0),
          lambda: min([1, 2], key=lambda x: None), lambda: sorted([2, 1], key=lambda x: 1 / 0), lambda: sorted([3, 1, 2], reverse=2)]:
    print(s(f))
class Stable:
    def __init__(self, k, tag): self.k, self.tag = k, tag
    def __repr__(self): return self.tag
items = [Stable(1, 'a'), Stable(0, 'b'), Stable(1, 'c'), Stable(0, 'd')]
print(sorted(items, key=lambda o: o.k), sorted(items, key=lambda o: o.k, reverse=True), min(items, key=lambda o: o.k), max(items, key=lambda o: o.k))
