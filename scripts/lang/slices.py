# Subscripts, slices and extended slices: reading, assigning, deleting,
# with negative and omitted bounds, steps, slice objects and __getitem__
# receiving what the subscript syntax builds.

s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7], s[::2], s[1::3], s[::-1], s[8:2:-2])
print(s[-100:100], s[5:2], s[::-3], s[-1:-4:-1], s[3:3], 'hello'[1:-1], (1, 2, 3)[::2])
print('abcdef'[::-2], b'bytes'[1:3], range(10)[2:8:3], s[slice(2, 4)], s[slice(None, None, -4)])
t = s[:]
t[2:5] = ['a', 'b']
print(t)
t[::3] = 'XYZ'
print(t)
t[1:1] = [100, 101]
print(t)
del t[::2]
print(t)
del t[1:3]
print(t)
t[:] = []
print(t)
class Show:
    def __getitem__(self, k):
        return k
    def __setitem__(self, k, v):
        print('set', k, v)
    def __delitem__(self, k):
        print('del', k)
o = Show()
print(o[1], o[1:2], o[1:2:3], o[:], o[::], o[:, 1], o[1, 2], o[...], o[1:2, ::3, ...])
print(o[()], o[(1,)], o[1,], o['a':'b'], o[:-1], o[None:None])
o[1:2] = 'v'
o[::, 0] = 'w'
del o[5:]
del o[1, 2:3]
print(slice(1, 2, 3).indices(10), slice(None).indices(5), slice(-1, None, -1).indices(4))
sl = slice(1, 10, 2)
print(sl.start, sl.stop, sl.step, sl == slice(1, 10, 2), repr(slice(None)))
m = [[1, 2], [3, 4]]
m[1][0] = 'x'
print(m, m[-1][-1], m[0][:1])
d = {'a': {'b': [1, 2, 3]}}
d['a']['b'][1:] = [9]
print(d)
for expr in ["s[10]", "s[-11]", "s['a']", "s[1.0]", "s[::0]", "'abc'[5]", "(1,)[2]",
             "s[1:2:0]", "t2[0] = 1", "b'x'[0:1:0]", "{}[[]]", "5[0]", "None[0]",
             "s[{}:]", "range(3)[5]", "s.__getitem__()", "'x'[None]"]:
    try:
        print(expr, '->', eval(expr) if '=' not in expr else exec(expr, {'t2': (1,)}))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
a = [1, 2, 3]
try:
    a[::2] = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e)
class Idx:
    def __index__(self):
        return 1
print(s[Idx()], s[Idx():Idx() + 3] if False else s[Idx():], 'abc'[Idx()])
