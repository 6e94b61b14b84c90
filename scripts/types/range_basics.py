# range: construction and its errors, len, indexing and slicing (with
# bounds beyond 64 bits too), membership, index and count for ints and
# other objects, equality, hashing, iteration both ways, reprs.
def safe(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class IntSub(int): pass

for src in ['range(5)', 'range(2, 5)', 'range(2, 10, 3)', 'range(10, 2, -3)', 'range(0)', 'range(-5)', 'range(5, 2)',
            'range(1, 2, 3, 4)', 'range()', 'range(1.0)', 'range("3")', 'range(1, 5, 0)', 'range(Idx(4))', 'range(stop=3)',
            'range(True)', 'range(IntSub(3))', 'range(None)', 'range(1, None)',
            'range(2**64)', 'range(-2**70, 2**70, 2**69)', 'range(2**63 - 10, 2**63)', 'range(0, 2**100, 7)',
            'range(10**30, 0, -10**29)', 'range(2**62)', 'range(-2**63, 0, 2**62)']:
    r = safe(lambda: eval(src))
    print(src, '->', r)

print('-- len, bool')
for src in ['len(range(10))', 'len(range(0, 10, 3))', 'len(range(10, 0, -3))', 'len(range(5, 5))', 'len(range(2**63 - 1))',
            'len(range(-1, 2**63 - 1))', 'len(range(2**64))', 'range(2**64).__len__()', 'len(range(2**100, 0))',
            'bool(range(0))', 'bool(range(2**100))', 'bool(range(2**100, 0))', 'len(range(-2**62, 2**62))',
            'len(range(-2**63, 2**63, 2**62))', 'len(range(0, 2**100, 2**98))']:
    print(src, '->', safe(lambda: eval(src)))

print('-- indexing')
r = range(3, 30, 4)
big = range(0, 2**100, 3)
for src in ['r[0]', 'r[-1]', 'r[6]', 'r[7]', 'r[-8]', 'r[2**100]', 'r[-2**100]', 'r[True]', 'r[Idx(2)]', 'r[1.0]', 'r["a"]',
            'r[None]', 'big[0]', 'big[-1]', 'big[2**90]', 'big[-2**90]', 'big[2**99]', 'big[Idx(5)]', 'big[1.5]',
            'range(2**64)[2**63]', 'range(-2**64, 0)[-1]']:
    print(src, '->', safe(lambda: eval(src)))

print('-- slicing')
for src in ['r[1:3]', 'r[::2]', 'r[::-1]', 'r[::-2]', 'r[5:1:-1]', 'r[1:9:3]', 'r[-100:100]', 'r[100:]', 'r[:-100]',
            'r[::0]', 'r[1.0:]', 'r["a":]', 'r[Idx(1):Idx(3)]', 'r[2**100:]', 'r[-2**100::-1]', 'r[::2**100]',
            'r[::-2**100]', 'range(10)[1:9:3]', 'range(10)[8:0:-3]', 'range(10)[3:2**100]', 'range(0)[::-1]',
            'big[::2**90]', 'big[-1:0:-2**98]', 'big[5:10]', 'big[-3:]', 'big[::-1][:3]', 'range(10**30, 0, -10**29)[-2:]',
            'range(2**64)[2**63:2**63+3]', 'list(range(2**64)[2**63:2**63+3])', 'range(5)[slice(None, None, None)]']:
    print(src, '->', safe(lambda: eval(src)))

print('-- contains, index, count')
for src in ['7 in r', '8 in r', '3 in r', '30 in r', '27 in r', '-1 in r', '7.0 in r', '8.0 in r', 'True in range(2)',
            'IntSub(7) in r', 'Idx(7) in r', '"a" in r', 'None in r', '2**100 in r', '3**40 in big', '3**40 + 1 in big',
            '2**100 in big', '2**63 in range(2**64)', '-2**63 in range(-2**64, 0, 2**63)',
            'r.index(7)', 'r.index(8)', 'r.index(7.0)', 'r.index(8.0)', 'r.index(IntSub(11))', 'r.index(True)',
            'range(2).index(True)', 'r.index("x")', 'r.index()', 'r.index(1, 2)', 'big.index(3**40)', 'big.index(2**100)',
            'range(2**64).index(2**64)', 'range(2**64).index(2**63)',
            'r.count(7)', 'r.count(8)', 'r.count(7.0)', 'r.count(IntSub(7))', 'r.count("x")', 'big.count(3**40)',
            'range(2**64).count(2**63)', 'range(2**64).count(-1)', 'r.count()']:
    print(src, '->', safe(lambda: eval(src)))

print('-- equality, hash')
pairs = [(range(0), range(5, 2)), (range(0, 3), range(3)), (range(0, 1, 5), range(0, 1)), (range(0, 10, 3), range(0, 11, 3)),
         (range(0, 10, 3), range(0, 12, 3)), (range(2**64), range(0, 2**64)), (range(2**64), range(2**64 + 1)),
         (range(2**100, 0), range(0)), (range(2**100, 2**100 + 1), range(2**100, 2**100 + 1, 7)), (range(5), [0, 1, 2, 3, 4])]
for a, b in pairs:
    print(a, b, a == b, a != b, hash(a) == hash(b) if a == b else '')
for src in ['range(3) < range(4)', 'range(3) <= range(3)', 'hash(range(0)) == hash(range(7, 2))', 'hash(range(1, 2)) == hash(range(1, 2, 5))', 'hash(range(0, 10, 2))',
            'hash(range(2**100))', 'hash(range(5, 2**70, 2**68))', '{range(3): 1}[range(0, 3)]', 'range(3) == (0, 1, 2)']:
    print(src, '->', safe(lambda: eval(src)))

print('-- iteration')
for src in ['list(range(5))', 'list(range(10, 0, -3))', 'list(reversed(range(10, 0, -3)))', 'list(reversed(range(0)))',
            'list(range(2**63 - 3, 2**63 + 3))', 'list(reversed(range(2**63 - 3, 2**63 + 3)))', 'list(range(-2**63, -2**63 + 3))',
            'list(range(2**62, 2**62 - 3, -1))', 'list(range(2**100, 2**100 + 7, 3))', 'list(reversed(range(2**100, 2**100 + 7, 3)))',
            'type(iter(range(5))).__name__', 'type(iter(range(2**64))).__name__', 'type(reversed(range(2**64))).__name__',
            'type(iter(range(2**62, 2**62 + 3))).__name__', 'type(iter(range(2**63 - 3, 2**63 + 3))).__name__',
            'iter(range(2**64)).__length_hint__()', 'iter(range(7)).__length_hint__()', 'sum(range(2**64, 2**64 + 5))',
            'next(iter(range(2**64, 0, -1)))', 'sorted(range(2**64, 2**64 + 3), reverse=True)', '[*range(2**70, 2**70 + 2)]',
            'tuple(range(3))', 'max(range(2**70, 2**70 + 10, 4))']:
    print(src, '->', safe(lambda: eval(src)))
it = iter(range(2**64, 2**64 + 3))
print(next(it), list(it), list(it))

print('-- attributes')
for x in [range(4), range(1, 4), range(1, 4, 2), range(2**64, 2**65, -3)]:
    print(repr(x), str(x), x.start, x.stop, x.step, x.__reduce__())
for src in ['range(4).start.__class__', 'type(range.start).__name__', 'type(slice.step).__name__', 'setattr(slice(1), "stop", 2)', 'delattr(range(3), "step")', 'setattr(range(4), "start", 1)', 'range(4).foo', 'type(range(4))',
            'range.__name__', 'isinstance(range(2**64), range)', 'type(range(2**64)) is range', 'class R(range): pass']:
    try:
        print(src, '->', repr(eval(src)))
    except SyntaxError:
        try:
            exec(src)
        except Exception as e:
            print(src, '->', type(e).__name__, e)
    except Exception as e:
        print(src, '->', type(e).__name__, e)
