# float arithmetic edge cases: //, %, divmod, **, mixed with ints, and
# exact comparisons between floats and ints.
import math
def safe(f):
    try:
        r = f()
        return repr(r)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

inf, nan = float('inf'), float('nan')
vals = [0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 3.0, 7.25, -1e300, 1e-300, 5e-324, inf, -inf, nan, 1e308, 3, -3, 0]
for a in vals:
    for b in vals:
        print(repr(a), repr(b), safe(lambda: a + b), safe(lambda: a - b), safe(lambda: a * b), safe(lambda: a / b),
              safe(lambda: a // b), safe(lambda: a % b), safe(lambda: divmod(a, b)), safe(lambda: a ** b))

print('-- power')
for a in [2.0, -2.0, 0.5, -0.5, 10.0, 1.0, -1.0, 0.0, -0.0, inf, -inf, nan, 1.0000001, 1e10]:
    print(repr(a), [safe(lambda: a ** b) for b in [0.0, 0.5, -0.5, 2.0, 3.0, -3.0, 1e10, -1e10, 1/3, inf, -inf, nan, 2, -1, 308, 1000]])
print(safe(lambda: 10.0 ** 308), safe(lambda: 10.0 ** 309), safe(lambda: (-10.0) ** 309), safe(lambda: 2.0 ** 10000), safe(lambda: 2 ** 10000.0))
print(safe(lambda: math.pow(-8, 1/3)), safe(lambda: pow(-8.0, 1/3)), safe(lambda: pow(2.0, 3, 5)))
for e in range(-10, 11):
    print(e, repr(1.1 ** e), repr(3.7 ** e), repr(0.3 ** (e / 2)), repr(7.0 ** (e * 31)))

print('-- int/float comparisons')
big = [2**53, 2**53 + 1, 2**63, 2**63 - 1, 2**64 + 1, 10**30, 2**1024, -(2**53 + 1), 9007199254740993]
for i in big:
    f = float(i) if i.bit_length() <= 1024 else inf
    print(i, repr(f), i == f, i < f, i > f, f == i, f < i, f > i, i == f + 1, hash(i) == hash(f))
for i in [0, 1, -1, 10**400, -10**400]:
    print(i < inf, i > -inf, i == nan, i != nan, i < nan, nan >= i, inf > i)
print(0.1 + 0.2 == 0.3, 1.0 == 1, -0.0 == 0, 0.5 == 1/2, 1e308 * 10 == inf, nan == nan, nan != nan)
l = [nan]
print(nan in l, l == l, [nan] == [nan], l.count(nan), l.index(nan), (nan,) == (nan,), [float('nan')] == [float('nan')])
d = {nan: 1}
print(nan in d, float('nan') in d, {nan} == {nan}, len({nan, float('nan'), nan}))

print('-- float methods with ints')
print(safe(lambda: 1.5 .__add__(1)), safe(lambda: 1.5 .__add__('a')), safe(lambda: 1.5 .__radd__(2)), safe(lambda: 1.5 .__rsub__(2)))
print(safe(lambda: 1.5 .__rtruediv__(3)), safe(lambda: 1.5 .__rfloordiv__(4)), safe(lambda: 1.5 .__rmod__(4)), safe(lambda: 1.5 .__rpow__(2)))
print(safe(lambda: 1.5 .__divmod__(1)), safe(lambda: 1.5 .__rdivmod__(4)), safe(lambda: 1.5 .__divmod__('x')), safe(lambda: (2.0).__pow__(3, 5)))
print(safe(lambda: 1.5 .__lt__(2)), safe(lambda: 1.5 .__lt__('a')), safe(lambda: 1.5 .__eq__(1.5)), safe(lambda: (1).__eq__(1.0)))
print(safe(lambda: (1).__truediv__(2)), safe(lambda: (1).__rtruediv__(2)), safe(lambda: (1).__add__(1.0)), safe(lambda: (1).__lt__(2.0)))
print(safe(lambda: 10**400 + 1.0), safe(lambda: 1.0 + 10**400), safe(lambda: 10**400 * 0.0), safe(lambda: 10**400 < 1e308), safe(lambda: 10**400 / 1.0))
print(safe(lambda: 2**1023 * 2.0), safe(lambda: float(2**1024 - 2**970)), safe(lambda: float(2**1024 - 2**971)), safe(lambda: float(2**1024 - 2**970 - 1)))
print(safe(lambda: 1 // 0.0), safe(lambda: 1 % 0.0), safe(lambda: divmod(1, 0.0)), safe(lambda: 1.0 // 0), safe(lambda: 0.0 ** -1), safe(lambda: divmod(1, 0)))
print(safe(lambda: -7 // 2.0), safe(lambda: -7 % 2.0), safe(lambda: 7 % -2.0), safe(lambda: -1e-300 % 1.0), safe(lambda: 1e300 % 1e-300), safe(lambda: divmod(-0.0, 1.0)))
print(safe(lambda: 3.0.__trunc__()), safe(lambda: 3.7.__floor__()), safe(lambda: (-3.7).__ceil__()), safe(lambda: 3.5.__round__()), safe(lambda: 3.55.__round__(1)))
print(safe(lambda: float.__getformat__('double')), safe(lambda: float.__getformat__('float')), safe(lambda: float.__getformat__('x')))
print(safe(lambda: 1.5.__getnewargs__()), safe(lambda: hash(1.5)), safe(lambda: hash(-0.0)), safe(lambda: hash(inf)), safe(lambda: hash(-inf)), safe(lambda: hash(nan) == hash(nan)))
