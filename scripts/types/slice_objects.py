# slice objects: construction, reprs, attributes, indices() for every
# kind of bound, comparison and hashing, and slicing with __index__
# objects and huge bounds.
def safe(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __repr__(self): return 'Idx(%d)' % self.v

for src in ['slice(5)', 'slice(1, 5)', 'slice(1, 5, 2)', 'slice(None)', 'slice(None, None, None)', 'slice("a", [1], 2.5)',
            'slice()', 'slice(1, 2, 3, 4)', 'slice(stop=3)', 'slice(Idx(3))', 'slice(1).start', 'slice(1).stop',
            'slice(1, 2, 3).step', 'slice(1, 2) == slice(1, 2)', 'slice(1, 2) == slice(1, 2, None)', 'slice(1, 2) < slice(1, 3)',
            'slice(1, 2) <= slice(1, 2)', 'slice(1, 2) > slice(0, 5)', 'slice(1, "a") < slice(1, 2)', 'slice(1) == 1',
            'hash(slice(1))', '{slice(1): 2}', 'type(slice(1)).__name__', 'slice(1).__reduce__()', 'slice.__name__']:
    print(src, '->', safe(lambda: eval(src)))

print('-- indices')
sls = [slice(None), slice(2), slice(-2), slice(1, 4), slice(4, 1), slice(None, None, -1), slice(None, None, 2),
       slice(None, None, -2), slice(-100, 100), slice(100, -100, -1), slice(-3, None, -1), slice(2**100, -2**100, -1),
       slice(-2**100, 2**100), slice(None, None, 2**100), slice(None, None, -2**100), slice(Idx(1), Idx(-1)),
       slice(1.0, 2), slice(None, None, 0), slice("a"), slice(None, None, Idx(2))]
for s in sls:
    print(s, [safe(lambda: s.indices(n)) for n in [0, 1, 5, 10]])
for src in ['slice(1).indices(-1)', 'slice(1).indices(2**100)', 'slice(1).indices(1.5)', 'slice(1).indices()',
            'slice(1).indices(Idx(4))', 'slice(-5, None).indices(2**70)', 'slice(None, None, -1).indices(2**64)']:
    print(src, '->', safe(lambda: eval(src)))

print('-- slicing sequences')
seqs = [list(range(10)), tuple(range(10)), 'abcdefghij', b'abcdefghij', range(10)]
for s in sls + [slice(1, 9, 3), slice(8, 0, -3), slice(-1, -11, -1)]:
    print(s, [safe(lambda: q[s]) for q in seqs])
l = list(range(10))
print(l[Idx(2):Idx(5)], l[Idx(-3):], l[:Idx(2**70)], safe(lambda: l[2**100]), safe(lambda: l[Idx(2**100)]),
      safe(lambda: l[1.5]), safe(lambda: l['a':]), safe(lambda: l[:: 'x']))
print(safe(lambda: 'abc'[2**100]), safe(lambda: (1,)[-2**100]), safe(lambda: b'a'[2**63]), safe(lambda: 'abc'[None]))
