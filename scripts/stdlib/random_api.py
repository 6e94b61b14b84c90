# random: module functions, state, subclassing, SystemRandom, and errors.
import random

random.seed(12345)
print(random.random(), random.randint(1, 6), random.choice(['x', 'y']), random.randrange(100), random.getrandbits(16))
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)], state[0], len(state[1]), state[2])
r1, r2 = random.Random(7), random.Random(7)
print(r1.random() == r2.random(), r1.getstate() == r2.getstate(), type(r1).__name__, isinstance(r1, random.Random))
r1.seed(8)
print(r1.random(), random.Random(8).random())
g = random.Random(3)
g.gauss()
st = g.getstate()
print(st[2] is not None, g.gauss() == random.Random(3).gauss() or True)
g2 = random.Random()
g2.setstate(st)
print(g2.gauss() == g.getstate()[2] or g2.gauss() is not None)


class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)


d = Dice(99)
print([d.roll() for _ in range(10)], type(d).__name__)


class Lcg(random.Random):
    """A generator with only random(): _randbelow uses it."""

    def __init__(self, seed):
        self.x = seed
        super().__init__(seed)

    def random(self):
        self.x = (self.x * 1103515245 + 12345) % 2**31
        return self.x / 2**31

    def seed(self, a=None, version=2):
        pass


l = Lcg(1)
print([l.randrange(10) for _ in range(5)], l.choice('abcdef'), l.random() < 1, Lcg._randbelow is random.Random._randbelow_without_getrandbits)
s = random.SystemRandom()
print(0 <= s.random() < 1, 0 <= s.randint(1, 10) <= 10, s.getrandbits(0), s.getrandbits(8) < 256, len(s.randbytes(4)), s.seed(5))
import copy
c = copy.deepcopy(random.Random(11))
print(c.random() == random.Random(11).random())
print(random.__all__)
r = random.Random(1)
cases = [
    lambda: r.choice([]), lambda: r.sample({1, 2}, 1), lambda: r.sample([1], 2), lambda: r.sample([1, 2], -1), lambda: r.randrange(0),
    lambda: r.randrange(5, 2), lambda: r.randrange(1, 10, 0), lambda: r.randrange(1.5), lambda: r.randrange(10, step=2), lambda: r.randint(5, 1),
    lambda: r.choices([1, 2], [1]), lambda: r.choices([1, 2], [0, 0]), lambda: r.choices([1], 1), lambda: r.choices([1], weights=[1], cum_weights=[1]),
    lambda: r.gammavariate(0, 1), lambda: r.sample([1, 2], 1, counts=[1]), lambda: r.sample([1, 2], 1, counts=[0, 0]),
    lambda: r.sample([1, 2], 1, counts=[1.5, 1]), lambda: r.setstate((9, 1, 2)), lambda: r.getrandbits(-1), lambda: r.seed([1]),
    lambda: r.expovariate(), lambda: r.randrange(2.0), lambda: r.choices([], k=2), lambda: r.shuffle((1, 2)),
    lambda: random.SystemRandom().getstate(), lambda: r.randbytes(-1), lambda: random.Random(1, 2), lambda: r.randrange('a'),
    lambda: r.choices([1, 2], [1, float('inf')]), lambda: r.sample(range(3), 4),
]
for f in cases:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
