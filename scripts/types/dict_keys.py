# dict keys: hash collisions, __eq__ calls and their order, mutation
# from __eq__, equality of dicts, subclasses with __missing__.
def safe(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

log = []
class Key:
    def __init__(self, name, h):
        self.name, self.h = name, h
    def __hash__(self):
        log.append('hash ' + self.name)
        return self.h
    def __eq__(self, other):
        log.append('eq %s %s' % (self.name, getattr(other, 'name', other)))
        return isinstance(other, Key) and self.name == other.name
    def __repr__(self):
        return self.name

a1, a2, b = Key('a', 1), Key('a', 1), Key('b', 1)
d = {a1: 1, b: 2}
print(log); log.clear()
print(d[a2], log); log.clear()
print(b in d, log); log.clear()
print(Key('c', 1) in d, log); log.clear()
print(Key('c', 2) in d, log); log.clear()
d[a2] = 3
print(d, log); log.clear()
print(list(d.keys())[0] is a1)
del d[Key('b', 1)]
print(d, log); log.clear()
print({Key('x', 5): 1} == {Key('x', 5): 1}, log); log.clear()
print(safe(lambda: {1: 2} == {1: 2, 3: 4}), {1: 2} == {1: 3}, {1: [1]} == {1: [1]}, {1: float('nan')} == {1: float('nan')})
n = float('nan')
print({1: n} == {1: n}, {n: 1} == {n: 1}, {n: 1}.get(n), {n: 1}.get(float('nan')))
print(hash(-1) == hash(-2), {-1: 'a', -2: 'b'}, {2**61 - 1: 'a', 0: 'b'}, len({2**61 - 1: 1, 0: 2}))

class MutatingEq:
    def __init__(self, d): self.d = d
    def __hash__(self): return 7
    def __eq__(self, o):
        self.d.clear()
        return False
    def __repr__(self): return 'M'
d = {}
m1 = MutatingEq(d)
d[m1] = 1
print(safe(lambda: d[MutatingEq(d)]), d)
class RaisingEq:
    def __hash__(self): return 7
    def __eq__(self, o): raise ValueError('eq!')
d = {RaisingEq(): 1}
print(safe(lambda: d[RaisingEq()]), safe(lambda: RaisingEq() in d), safe(lambda: d.get(RaisingEq())))
class RaisingHash:
    def __hash__(self): raise KeyError('hash!')
print(safe(lambda: {RaisingHash(): 1}), safe(lambda: {}.get(RaisingHash())), safe(lambda: RaisingHash() in {}))
class BigHash:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
    def __repr__(self): return 'B%d' % (self.h % 1000)
print({BigHash(2**70): 1, BigHash(-2**70): 2, BigHash(-1): 3})

print('-- missing')
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter(a=1)
print(c['a'], c['zz'], c.get('zz'), 'zz' in c, c, safe(lambda: c.pop('zz')))
class Auto(dict):
    def __missing__(self, key):
        self[key] = v = Auto()
        return v
a = Auto()
a['x']['y']['z'] = 1
print(a)
class BadMissing(dict):
    __missing__ = 5
print(safe(lambda: BadMissing()['k']))
class RaiseMissing(dict):
    def __missing__(self, key):
        raise LookupError('no ' + str(key))
print(safe(lambda: RaiseMissing()['k']))
class NotDict:
    def __missing__(self, key): return 1
print(safe(lambda: NotDict()['k']))

print('-- subclasses')
class MyDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
    def __getitem__(self, k):
        return super().__getitem__(k) + 1
m = MyDict(a=1)
m['b'] = 2
m.update(c=3)
m.setdefault('d', 4)
print(m, m['b'], m.get('b'), dict(m), list(m.items()), {**m}, m.copy(), type(m.copy()).__name__, type(m | {}).__name__)
print(MyDict.fromkeys('ab', 1), type(MyDict.fromkeys('ab', 0)).__name__, m == dict(m), repr(MyDict()))
class KeysOnly:
    def keys(self): return ['x', 'y']
    def __getitem__(self, k): return k.upper()
print(dict(KeysOnly()), {**KeysOnly()}, safe(lambda: {}.update(KeysOnly())))
d = {}
d.update(KeysOnly())
print(d)
class BadKeys:
    def keys(self): return 5
print(safe(lambda: dict(BadKeys())))
class OrderedView(dict):
    def keys(self): return ['b', 'a']
print(dict(OrderedView(a=1, b=2)), {**OrderedView(a=1, b=2)})
