# Domain and range errors, argument errors, and the functions that take
# ints of any size (log on huge ints).
import math

cases = [
    lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.log(0.0),
    lambda: math.log(10, 1), lambda: math.log(1, 0), lambda: math.log(0, 10),
    lambda: math.log(8, 2), lambda: math.log(100, 10), lambda: math.log(2**1000, 2),
    lambda: math.log(10**400), lambda: math.log(-10**400), lambda: math.log2(2**1000), lambda: math.log2(2**10000 + 1),
    lambda: math.log10(10**1000), lambda: math.log10(0), lambda: math.log2(-2), lambda: math.log(True),
    lambda: math.log(float('inf')), lambda: math.log(float('-inf')), lambda: math.log(float('nan')),
    lambda: math.acos(2), lambda: math.asin(-1.5), lambda: math.atanh(1), lambda: math.acosh(0.5),
    lambda: math.exp(1000), lambda: math.exp(-1000), lambda: math.exp2(1025), lambda: math.expm1(800),
    lambda: math.cosh(1000), lambda: math.sinh(-1000), lambda: math.sin(float('inf')), lambda: math.cos(float('-inf')),
    lambda: math.tan(float('inf')), lambda: math.gamma(0), lambda: math.gamma(-1), lambda: math.gamma(-0.0),
    lambda: math.gamma(172), lambda: math.gamma(-172.5), lambda: math.gamma(float('-inf')), lambda: math.gamma(1e-30),
    lambda: math.lgamma(0), lambda: math.lgamma(-2), lambda: math.lgamma(float('-inf')), lambda: math.lgamma(1e306),
    lambda: math.pow(0, -1), lambda: math.pow(-8, 1/3), lambda: math.pow(2, 1024), lambda: math.pow(float('nan'), 0),
    lambda: math.pow(1, float('nan')), lambda: math.pow(float('-inf'), 3), lambda: math.pow(float('-inf'), -3), lambda: math.pow(0.5, float('-inf')),
    lambda: math.fmod(1, 0), lambda: math.fmod(float('inf'), 1), lambda: math.fmod(5, float('inf')), lambda: math.fmod(-7, 3),
    lambda: math.remainder(5, 0), lambda: math.remainder(float('inf'), 1), lambda: math.remainder(5, float('inf')),
    lambda: math.sqrt(10**400), lambda: math.sqrt('4'), lambda: math.sqrt(None), lambda: math.sqrt(), lambda: math.sqrt(1, 2),
    lambda: math.sqrt(x=4), lambda: math.atan2(1), lambda: math.ldexp(1.0, 1.5), lambda: math.ldexp(1.0, 10**30),
    lambda: math.ldexp(1.0, -10**30), lambda: math.ldexp('a', 1), lambda: math.fsum([float('inf'), -float('inf')]),
    lambda: math.fsum([1e308, 1e308]), lambda: math.fsum([float('nan'), 1.0]), lambda: math.fsum([float('inf'), 1.0, float('inf')]),
    lambda: math.fsum('ab'), lambda: math.fsum(3), lambda: math.dist((1, 2), (1,)), lambda: math.dist(1, 2),
    lambda: math.dist([0, 0], [3, 4]), lambda: math.isclose(1, 2, rel_tol=-1), lambda: math.isclose(1, 2, 3),
    lambda: math.isclose(1.0, 1.0 + 1e-10), lambda: math.isclose(1.0, 1.1, abs_tol=0.2), lambda: math.isclose(float('inf'), float('inf')),
    lambda: math.isclose(float('nan'), float('nan')), lambda: math.isclose(a=1, b=1), lambda: math.isclose(1),
    lambda: math.nextafter(1, 'a'), lambda: math.ulp('x'), lambda: math.hypot('a'), lambda: math.hypot(x=1),
    lambda: math.frexp('a'), lambda: math.isnan('a'), lambda: math.copysign(1), lambda: math.cbrt(-27),
]
for c in cases:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
