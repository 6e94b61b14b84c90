# random with CPython's Mersenne Twister and algorithms: the same sequences
# for seeds of every supported type, from every method.
import random
for s in [0, 1, 42, 2**40, -7, 2**100 + 12345, 1.5, 'hello', b'bytes', bytearray(b'ba'), '']:
    r = random.Random(s)
    print(repr(s), r.random(), r.getrandbits(70), r.randint(1, 100), r.randrange(0, 1000, 7), r.choice('abcdef'), r.uniform(2, 3))
    l = list(range(20)); r.shuffle(l); print(l)
    print(r.sample(range(100), 5), r.sample(range(10000), 7), r.choices('abc', k=4), r.choices('abc', [1, 2, 3], k=4), r.choices('abc', cum_weights=[1, 5, 6], k=3))
    print(r.gauss(), r.gauss(1, 2), r.normalvariate(), r.expovariate(2), r.triangular(), r.triangular(0, 10, 3), r.lognormvariate(0, 1))
    print(r.gammavariate(0.5, 1), r.gammavariate(1, 2), r.gammavariate(3, 1), r.betavariate(2, 3), r.paretovariate(2), r.weibullvariate(1, 2), r.vonmisesvariate(1, 4))
    print(r.sample(['a', 'b', 'c'], 2, counts=[3, 1, 2]), r.randbytes(5), r.getrandbits(1), r.getrandbits(32), r.getrandbits(33), r.randrange(10**30))
random.seed(5, version=1)
print(random.random())
random.seed('abc', version=1)
print(random.random())
st = random.getstate()
a = random.random()
random.setstate(st)
print(a == random.random(), len(st), st[0], len(st[1]), st[2])
