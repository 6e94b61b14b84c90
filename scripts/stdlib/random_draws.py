# random: exact draws of every distribution and helper for fixed seeds, so
# a rewrite that changes the order or number of underlying draws shows up.
import random
import warnings

r = random.Random(2024)
for alpha, beta in [(0.3, 2.0), (1.0, 3.0), (2.5, 0.5), (9.0, 1.0), (1e-3, 1.0)]:
    print('gamma', alpha, beta, [r.gammavariate(alpha, beta) for _ in range(4)])
for a, b in [(0.5, 0.5), (2.0, 5.0), (1.0, 1.0), (0.01, 0.01)]:
    print('beta', a, b, [r.betavariate(a, b) for _ in range(4)])
for mu, kappa in [(0.0, 0.0), (1.0, 1e-7), (2.0, 0.5), (-1.0, 4.0), (3.0, 100.0)]:
    print('vonmises', mu, kappa, [r.vonmisesvariate(mu, kappa) for _ in range(4)])
print('normal', [r.normalvariate() for _ in range(3)], r.normalvariate(5, 2), r.normalvariate(mu=-1, sigma=0.1))
print('gauss', [r.gauss() for _ in range(3)], r.gauss(10, 3), r.gauss(sigma=2))
print('lognorm', [r.lognormvariate(0, 1) for _ in range(3)])
print('expo', [r.expovariate(l) for l in (0.5, 1, 4)])
print('pareto', [r.paretovariate(a) for a in (0.5, 1, 3)])
print('weibull', [r.weibullvariate(a, b) for a, b in ((1, 1), (2, 0.5), (0.5, 3))])
print('uniform', r.uniform(1, 2), r.uniform(5, -5), r.uniform(3, 3))
print('triangular', r.triangular(), r.triangular(0, 10), r.triangular(0, 10, 9), r.triangular(2, 2, 2), r.triangular(5, 1, 2), r.triangular(high=4, mode=0))
print('randrange', [r.randrange(10) for _ in range(5)], [r.randrange(-5, 5) for _ in range(5)],
      [r.randrange(100, 0, -7) for _ in range(5)], [r.randrange(0, 50, 3) for _ in range(5)], r.randrange(2 ** 100))
print('randint', [r.randint(-3, 3) for _ in range(8)], r.randint(7, 7))
print('randbytes', r.randbytes(0), r.randbytes(5), r.randbytes(9))
print('getrandbits', r.getrandbits(0), r.getrandbits(1), r.getrandbits(33), r.getrandbits(100))
xs = list(range(12))
r.shuffle(xs)
print('shuffle', xs)
ys = []
r.shuffle(ys)
print('shuffle empty', ys)
print('choice', r.choice('abc'), r.choice(range(10, 20)), r.choice((None,)))
print('sample', r.sample(range(10), 10), r.sample(range(10 ** 6), 6), r.sample('abcdefgh', 3), r.sample(range(100), 0))
print('sample big', r.sample(range(1000), 30))
print('sample counts', r.sample(['red', 'blue'], counts=[4, 2], k=5), r.sample('xyz', 4, counts=(1, 0, 3)))
print('choices', r.choices('abc', k=5), r.choices('abc', [1, 0, 5], k=5), r.choices('abc', cum_weights=[1, 1, 2], k=5), r.choices([7]), r.choices('ab', k=0))
print('choices weights', r.choices(range(4), weights=[0.1, 0.2, 0.3, 0.4], k=6))

# Seeding: every accepted seed type, both versions, and negative ints.
for s in [0, 1, -1, 2 ** 70, -(2 ** 70), 3.25, -0.0, 'hello', b'hello', bytearray(b'hello'), '', b'', 'h\xe9llo\u20ac', True]:
    r.seed(s)
    a = r.random()
    try:
        r.seed(s, version=1)
        b = r.random()
    except TypeError as e:
        b = 'TypeError: %s' % e
    print('seed', repr(s), a, b)
r.seed(None)
r.seed()
print('seed None ok', 0 <= r.random() < 1)
random.seed('module', version=2)
print('module', random.random(), random.randint(0, 99), random.choice('xyz'), random.gauss(), random.sample(range(20), 3))
for bad in [[1], {}, (1,), 1j, object()]:
    try:
        r.seed(bad)
    except TypeError as e:
        print('bad seed', type(bad).__name__, type(e).__name__, e)

# State round trips, including the old version-2 format with signed words.
r.seed(99)
r.gauss()
st = r.getstate()
print('state', st[0], st[2], st[1][-1], len(st[1]))
after = [r.random() for _ in range(3)], r.gauss()
r.setstate(st)
print('restored', ([r.random() for _ in range(3)], r.gauss()) == after)
words = tuple(w - 2 ** 32 if w >= 2 ** 31 else w for w in st[1][:-1]) + (st[1][-1],)
r2 = random.Random()
r2.setstate((2, words, None))
r.setstate((3, st[1], None))
print('version 2', r2.random() == r.random(), r2.getstate()[0])
for bad in [(2, ('x',) * 625, None), (4, st[1], None), (1, st[1], None), (3, (1, 2), None)]:
    try:
        r2.setstate(bad)
        print('accepted', bad[0])
    except Exception as e:
        print('bad state', type(e).__name__, e)

import pickle
p = pickle.loads(pickle.dumps(random.Random(5)))
print('pickle', type(p).__name__, p.random() == random.Random(5).random(), random.Random(5).__reduce__()[0:2])

# randrange's deprecated forms, with the warnings they give.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    r.seed(3)
    for args in [(5.0,), (2.0, 9.0), (0, 10, 2.0), (1.5,), (0, 2.5), (0, 10, 1.5), (True, 5), (0, 10, True)]:
        try:
            print('randrange', args, r.randrange(*args))
        except Exception as e:
            print('randrange', args, type(e).__name__, e)
    for w in caught:
        print('warned', w.category.__name__, w.message)
for args in [(0,), (-3,), (3, 3), (5, 1, 1), (0, 10, -1), (10, 0, 1), (1, 2, 0), ('1',), (1, '5'), (1, 5, '1'), (None,), (3, None, 2)]:
    try:
        print('randrange', args, r.randrange(*args))
    except Exception as e:
        print('randrange', args, type(e).__name__, e)


# A generator with only random(): its ranges come from random() and a
# range past 2**53 warns.
class Halves(random.Random):
    def __init__(self):
        self.i = 0
        super().__init__(0)

    def random(self):
        self.i += 1
        return (self.i * 0.6180339887498949) % 1.0


h = Halves()
print('halves', [h.randrange(7) for _ in range(6)], h.choice('abcd'), h.sample(range(10), 3), h.randint(1, 3))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print('halves big', h.randrange(2 ** 60))
    for w in caught:
        print('warned', w.category.__name__, repr(str(w.message)))


class Bits(random.Random):
    def getrandbits(self, k):
        self.calls = getattr(self, "calls", 0) + 1
        return self.calls % (1 << k)


b = Bits(1)
print('bits', b.randrange(8), b.randrange(3), type(b)._randbelow is random.Random._randbelow_with_getrandbits)


class Own(random.Random):
    def _randbelow(self, n):
        return n - 1

    def random(self):
        return 0.25


o = Own()
print('own', o.randrange(10), o.choice('abc'), o.sample(range(5), 2), o.random())
print(random.NV_MAGICCONST, random.LOG4, random.SG_MAGICCONST, random.BPF, random.RECIP_BPF, random.TWOPI, random.Random.VERSION)
print(sorted(n for n in dir(random.Random) if not n.startswith('__')))
for name in ['seed', 'randrange', 'sample', 'choices', 'triangular', 'shuffle', 'gauss', 'normalvariate', 'setstate']:
    import inspect
    print(name, inspect.signature(getattr(random.Random, name)))
