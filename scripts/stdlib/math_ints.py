# math's integer functions: exact results on big ints, and their errors.
import math

for n in [0, 1, 5, 20, 21, 30, 100]:
    print('factorial', n, math.factorial(n))
print(len(str(math.factorial(1000))), math.factorial(True))
for n in [0, 1, 2, 3, 4, 15, 16, 17, 10**20, 2**127 - 1, 10**50 + 12345]:
    print('isqrt', n, math.isqrt(n))
print(math.gcd(), math.gcd(0), math.gcd(-12), math.gcd(12, 18), math.gcd(12, -18, 27), math.gcd(2**100, 6**40), math.gcd(0, 0), math.gcd(7, 1, 4))
print(math.lcm(), math.lcm(0), math.lcm(-4), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(4, 0, 6), math.lcm(2**64, 3**20), math.lcm(-4, 6))
for n, k in [(5, 2), (10, 0), (10, 10), (10, 11), (52, 5), (100, 50), (10**20, 3), (0, 0)]:
    print('comb', n, k, math.comb(n, k), 'perm', math.perm(n, k))
print(math.perm(5), math.perm(0), math.perm(6, None))
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 21)), math.prod([1.5, 2]), math.prod([2, 3], start=10), math.prod([[1]], start=3))
print(math.floor(3.7), math.floor(-3.2), math.ceil(3.2), math.ceil(-3.7), math.trunc(3.9), math.trunc(-3.9))
print(math.floor(5), math.ceil(True), math.trunc(10**30), type(math.floor(2.0)), math.floor(1e20), math.ceil(-1e300) == -10**300)


class Num:
    def __floor__(self):
        return 'floor!'

    def __ceil__(self):
        return 'ceil!'

    def __trunc__(self):
        return 'trunc!'

    def __float__(self):
        return 2.5


class Idx:
    def __index__(self):
        return 7


print(math.floor(Num()), math.ceil(Num()), math.trunc(Num()), math.sqrt(Num()), math.factorial(Idx()), math.isqrt(Idx()), math.gcd(Idx(), 21))
print(math.log(Idx()), math.sqrt(Idx()))

cases = [
    lambda: math.factorial(-1),
    lambda: math.factorial(2.0),
    lambda: math.factorial(10**20),
    lambda: math.factorial('3'),
    lambda: math.isqrt(-1),
    lambda: math.isqrt(2.0),
    lambda: math.gcd(1.5),
    lambda: math.gcd(4, 'x'),
    lambda: math.lcm(2.5),
    lambda: math.comb(-1, 2),
    lambda: math.comb(3, -1),
    lambda: math.comb(1.0, 2),
    lambda: math.comb(3),
    lambda: math.comb(2**70, 2**69),
    lambda: math.perm(-1, 2),
    lambda: math.perm(5, -2),
    lambda: math.perm(-3),
    lambda: math.perm(2**70, 2**69),
    lambda: math.perm(1, 2, 3),
    lambda: math.trunc('a'),
    lambda: math.trunc(None),
    lambda: math.floor('a'),
    lambda: math.ceil(float('inf')),
    lambda: math.floor(float('nan')),
    lambda: math.prod(5),
    lambda: math.prod(['a', 'b']),
    lambda: math.prod([1], 2),
    lambda: math.gcd(a=1),
]
for c in cases:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__, e)
