# list.sort and sorted: stability, key, reverse, mixed types, mutation
# during the sort and argument errors.
def safe(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

data = [(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e'), (2, 'f'), (3, 'g')]
print(sorted(data, key=lambda p: p[0]))
print(sorted(data, key=lambda p: p[0], reverse=True))
print(sorted(data, reverse=True))
print(sorted('hello world'), sorted('hello', reverse=1), sorted({3: 1, 1: 2}), sorted(range(5), key=lambda x: x % 2))
print(sorted([3, 1.5, True, 2**70, -1, 0.0, False]), sorted([[2], [1, 2], [1]]), sorted([(1, 'b'), (1, 'a')]))
words = 'The quick brown fox Jumps over the lazy dog'.split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
for src in ['sorted([1, "a"])', 'sorted([None, None])', 'sorted([None])', 'sorted([1, None, 2])', 'sorted([1j, 2j])',
            'sorted([{1}, {2}])', 'sorted([{1}, {1, 2}, set()])', 'sorted(5)', 'sorted()', 'sorted([], [])', 'sorted([], key=None)',
            'sorted([2, 1], key=None, reverse=False)', 'sorted([1], cmp=1)', 'sorted([3, 1], key=lambda x, y: 0)',
            'sorted([3, 1], key=5)', 'sorted([3, 1], reverse=1.5)', 'sorted([3, 1], reverse=None)', 'sorted(iterable=[1])',
            'sorted([float("nan"), 1, 0])', 'sorted([3, float("nan"), 1, 0, 2])', 'sorted([0.0, -0.0, 0, False])',
            '[3, 1].sort(None)', '[3, 1, 2].sort(reverse=True)', 'sorted([1, 2], key=lambda x: 1 / 0)', 'sorted("ba", key=ord)',
            'sorted([b"b", b"a", bytearray(b"c")])', 'sorted([(1, 2), (1, "a")])', 'sorted([[1, 2], [1, "a"]])']:
    print(src, safe(lambda: eval(src)))

print('-- mutation during sort')
a = [3, 1, 2]
def key(x):
    a.append(0)
    return x
print(safe(lambda: a.sort(key=key)), a)
a = [3, 1, 2]
def key2(x):
    a.clear()
    return x
print(safe(lambda: a.sort(key=key2)), a)
a = [5, 4, 3, 2, 1]
class Spy:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        seen.append(len(a))
        return self.v < o.v
    def __repr__(self): return 'S%d' % self.v
seen = []
a = [Spy(i) for i in [3, 1, 2]]
a.sort()
print(a, seen)
class Mut:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        b.append(1)
        return self.v < o.v
    def __repr__(self): return 'M%d' % self.v
b = [Mut(2), Mut(1)]
print(safe(lambda: b.sort()), len(b))
class Raise:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 2 or o.v == 2:
            raise RuntimeError('cmp %d %d' % (self.v, o.v))
        return self.v < o.v
    def __repr__(self): return 'R%d' % self.v
c = [Raise(i) for i in [5, 3, 1, 2, 4]]
print(safe(lambda: c.sort()), c)
class BadLt:
    def __lt__(self, o): return NotImplemented
print(safe(lambda: sorted([BadLt(), BadLt()])))
class LtReturnsStr:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return 'yes' if self.v < o.v else ''
    def __repr__(self): return 'L%d' % self.v
print(sorted([LtReturnsStr(2), LtReturnsStr(1), LtReturnsStr(3)]))
class GtOnly:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return 'G%d' % self.v
print(sorted([GtOnly(2), GtOnly(1)]), min(GtOnly(2), GtOnly(1)), max([GtOnly(2), GtOnly(3)]))
big = list(range(1000, 0, -1))
big.sort()
print(big[:5], big[-5:], sorted(big, reverse=True)[:3])
print(sorted([(i * 7919) % 101 for i in range(101)]) == list(range(101)))
