# Slicing lists and tuples: get, set and del with every step, and errors.
def safe(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

base = list(range(7))
bounds = [None, 0, 1, 3, -1, -3, 7, 10, -10]
steps = [None, 1, 2, 3, -1, -2, -4]
for st in steps:
    for a in bounds:
        row = []
        for b in bounds:
            row.append(str(base[a:b:st]).replace(' ', ''))
        print(st, a, ' '.join(row))
t = tuple(base)
print(t[::2], t[::-1], t[1:-1], t[5:2], t[-100:100], t[:], t[:] is t, t[0:7] is t, t[::1] is t, t[0:10:1] is t)
s = 'abcdefg'
print(s[::2], s[::-1], s[1:-1], s[5:2], s[::-3])

print('-- set slices')
for src in ['a[1:3] = [9]', 'a[1:3] = []', 'a[:] = "xyz"', 'a[5:] = range(3)', 'a[:0] = [7, 8]', 'a[10:] = [1]', 'a[-10:2] = [0]',
            'a[3:1] = ["in"]', 'a[::2] = "abcd"', 'a[::2] = "abc"', 'a[::-2] = [1, 2, 3, 4]', 'a[1::3] = (5, 6)', 'a[::-1] = a',
            'a[:] = a', 'a[1:2] = a', 'a[::2] = []', 'a[5:1:-1] = "wxyz"', 'a[1:3] = 5', 'a[1:3] = None', 'a[::0] = []',
            'a[::2] = 5', 'a["x":] = []', 'a[1.0:] = []', 'a[:2**70] = [0]', 'a[-2**70:] = [0]', 'a[::2**70] = [9]',
            'a[1:5:1] = iter([1])', 'a[2:2] = (x * x for x in range(3))', 'a[0] = 99', 'a[-1] = 98', 'a[7] = 0', 'a[-8] = 0',
            'a["x"] = 0', 'a[2**70] = 0', 'a[True] = "t"', 'a[None] = 1']:
    a = list(base)
    try:
        exec(src)
        print(src, '->', a)
    except Exception as e:
        print(src, '->', type(e).__name__, e, a)

print('-- del slices')
for src in ['del a[1:3]', 'del a[::2]', 'del a[::-2]', 'del a[1::3]', 'del a[5:1:-1]', 'del a[:]', 'del a[10:]', 'del a[::0]',
            'del a[0]', 'del a[-1]', 'del a[7]', 'del a[-8]', 'del a["a"]', 'del a[::-1]', 'del a[-100:100:3]', 'del a[2**70:]',
            'del a[:2**70:2]', 'del a[1.5]']:
    a = list(base)
    try:
        exec(src)
        print(src, '->', a)
    except Exception as e:
        print(src, '->', type(e).__name__, e, a)

print('-- get errors')
for src in ['base[1.5]', 'base["a"]', 'base[None]', 'base[7]', 'base[-8]', 'base[2**70]', 'base[-2**70]', 'base[::0]',
            'base[1:2:"x"]', 'base[[1]:]', 'base[1, 2]', 't[7]', 't["x"]', 't[::0]', 't[2**100]', 's[7]', 's[1.0]',
            'base[slice(1, 4)]', 'base[slice(None)]', 'base[slice(-2**70, 2**70, 2**70)]', 'base[:-2**70:-1]',
            'base[2**63 - 1]', 'base[-2**63]', 'base[2**63]', '(1, 2)[False]', '[].pop()', '[][0]', '()[0]']:
    print(src, safe(lambda: eval(src)))
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print(base[Idx(1):Idx(5):Idx(2)], base[Idx(-1)], safe(lambda: base[Idx(1.5)]), t[Idx(2)], s[Idx(3)])
class BadIdx:
    def __index__(self): raise KeyError('boom')
print(safe(lambda: base[BadIdx()]), safe(lambda: base[BadIdx():]))
