# Objects through the reduce protocol: instances, state, slots, custom
# __reduce__, copyreg, exceptions, and what cannot be pickled.
import pickle, copyreg
from collections import namedtuple, OrderedDict

class A:
    def __init__(self): self.x = [1, 2]; self.y = 'z'
    def __repr__(self): return 'A(%r, %r)' % (self.x, self.y)

class S:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1

class G:
    def __init__(self, v): self.v = v
    def __getstate__(self): return {'v': self.v * 2}
    def __setstate__(self, st): self.v = ('restored', st['v'])

class R:
    def __init__(self, a, b): self.a, self.b = a, b
    def __reduce__(self): return (R, (self.b, self.a))

class NA:
    def __init__(self, x): self.x = x
    def __getnewargs__(self): return (self.x,)
    def __new__(cls, x=None):
        o = object.__new__(cls); o.made = x; return o

class KW:
    def __new__(cls, *, k): o = object.__new__(cls); o.k = k; return o
    def __getnewargs_ex__(self): return ((), {'k': self.k})

P = namedtuple('P', 'x y')

class MyList(list): pass
class MyDict(dict): pass

for p in range(6):
    print('protocol', p)
    a = pickle.loads(pickle.dumps(A(), p)); print(type(a).__name__, a)
    try:
        s = pickle.loads(pickle.dumps(S(), p)); print(s.a, hasattr(s, 'b'))
    except TypeError as e:
        print('TypeError', e)
    g = pickle.loads(pickle.dumps(G(3), p)); print(g.v)
    r = pickle.loads(pickle.dumps(R(1, 2), p)); print(r.a, r.b)
    n = pickle.loads(pickle.dumps(NA(5), p)); print(n.made, n.x)
    k = pickle.loads(pickle.dumps(KW(k=7), p)); print(k.k)
    print(pickle.loads(pickle.dumps(P(1, 2), p)))
    print(pickle.loads(pickle.dumps(OrderedDict(a=1, b=2), p)))
    ml = MyList([1, 2]); ml.tag = 't'
    ml2 = pickle.loads(pickle.dumps(ml, p)); print(type(ml2).__name__, ml2, ml2.tag)
    md = pickle.loads(pickle.dumps(MyDict(a=1), p)); print(type(md).__name__, md)
    e = pickle.loads(pickle.dumps(ValueError('bad', 2), p)); print(type(e).__name__, e.args)
    e = pickle.loads(pickle.dumps(KeyError('k'), p)); print(repr(e))
    print(pickle.loads(pickle.dumps([complex(1, 2), range(1, 10, 3), slice(1, 2)], p)))
    print(pickle.loads(pickle.dumps([int, str, A, P, pickle.dumps, len, type(None), Ellipsis, NotImplemented, ...], p)))
    for o in (R(1, 2), A()):
        if p <= 3:
            print(pickle.dumps(o, p))

class C:
    pass
def cred(c): return (C, (), {'via': 'copyreg'})
copyreg.pickle(C, cred)
print(pickle.loads(pickle.dumps(C())).__dict__)

def f():
    def g(): pass
    class L: pass
    return g, L
for o in [lambda: 0, f()[0], f()[1], f()[1](), (x for x in [])]:
    try:
        pickle.dumps(o)
        print('pickled', type(o).__name__)
    except Exception as e:
        print(type(e).__module__, type(e).__name__, str(e).split(' at 0x')[0])

class BadReduce:
    def __init__(self, r): self.r = r
    def __reduce__(self): return self.r
for r in [42, (), (len,), (1, ()), (len, 1), (len, (), None, 5), (len, ()) * 4]:
    try:
        pickle.dumps(BadReduce(r))
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)

l = []; l.append(l)
d = {}; d['me'] = d
for p in range(6):
    l2 = pickle.loads(pickle.dumps(l, p)); d2 = pickle.loads(pickle.dumps(d, p))
    print(l2[0] is l2, d2['me'] is d2)
deep = []
for i in range(5000):
    deep = [deep]
try:
    pickle.dumps(deep)
except RecursionError as e:
    print('RecursionError', e)
