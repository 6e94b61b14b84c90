# WeakSet's set operations, comparisons, in-place forms, pop/remove
# errors.
import weakref


class T:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f'T{self.n}'


a, b, c, d = T(1), T(2), T(3), T(4)
s = weakref.WeakSet([a, b, c])
t = weakref.WeakSet([b, c, d])


def names(ws):
    return sorted(x.n for x in ws)


print(len(s), a in s, d in s, 3 in s, names(s | t), names(s & t), names(s - t), names(s ^ t))
print(type(s | t).__name__, s.isdisjoint(t), s.isdisjoint([d]), s <= weakref.WeakSet([a, b, c, d]), s < s, s >= s, s > t)
print(s == weakref.WeakSet([c, b, a]), s == {a, b, c}, s != t, s.issubset([a, b, c]), s.issuperset([a]))
u = s.copy()
u -= t
print(names(u))
u |= [d]
print(names(u))
u &= [a]
print(names(u))
u ^= [a, b]
print(names(u))
u ^= u
print(len(u))
v = s.copy()
v -= v
print(len(v))
s.discard(T(9))
s.remove(a)
try:
    s.remove(a)
except KeyError as e:
    print('KeyError', type(e.args[0]).__name__)
print(names(s), names(s.difference([b])), names(s.symmetric_difference([b, d])), names(s.intersection([c, d])), names(s.union([a])))
e = weakref.WeakSet()
try:
    e.pop()
except KeyError as err:
    print('KeyError', err)
w = weakref.WeakSet()
w.update([a, b])
w.clear()
print(len(w), weakref.WeakSet[int])
try:
    weakref.WeakSet([1])
except TypeError as err:
    print('TypeError', err)
