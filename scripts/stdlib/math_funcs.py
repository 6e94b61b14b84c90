# The float functions of math on a spread of arguments; results are
# printed with repr, so every bit must agree with CPython's.
import math

args = [0.0, -0.0, 0.1, 0.5, 0.7, 1.0, 1.5, 2.0, 2.5, 3.0, 10.0, 12.345,
        -0.3, -1.0, -2.5, -7.25, 100.0, 710.0, 1e-10, 1e-300, 5e-324, 1e300,
        math.pi, math.e, float('inf'), float('-inf'), float('nan')]

names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'cos',
         'cosh', 'erf', 'erfc', 'exp', 'exp2', 'expm1', 'fabs', 'gamma',
         'lgamma', 'log', 'log10', 'log1p', 'log2', 'sin', 'sinh', 'sqrt',
         'tan', 'tanh', 'degrees', 'radians']

for name in names:
    f = getattr(math, name)
    out = []
    for x in args:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(name, ' '.join(out))

# A denser sweep of the common functions.
for name in ['sin', 'cos', 'tan', 'exp', 'log', 'sqrt', 'atan', 'sinh', 'tanh', 'cbrt', 'gamma', 'lgamma', 'erf', 'log10']:
    f = getattr(math, name)
    vals = []
    for i in range(1, 60):
        x = i * 0.37 - 3.1
        try:
            vals.append(repr(f(x)))
        except ValueError as e:
            vals.append('VE')
    print(name, ' '.join(vals))

pairs = [(0.0, 0.0), (1.0, 0.0), (-1.0, 0.0), (0.0, -0.0), (-0.0, -0.0), (2.0, 3.0),
         (-2.0, 0.5), (1e308, 10.0), (0.5, -1074.0), (float('inf'), 1.0), (1.0, float('inf')),
         (float('nan'), 0.0), (1.0, float('nan')), (-8.0, 1/3), (10.0, 10.0), (7.5, 2.0),
         (-7.5, 2.0), (7.5, -2.0), (5.0, 3.0), (3.0, 2.0), (float('-inf'), float('inf'))]
for name in ['atan2', 'copysign', 'fmod', 'pow', 'remainder', 'hypot', 'nextafter']:
    f = getattr(math, name)
    out = []
    for x, y in pairs:
        try:
            out.append(repr(f(x, y)))
        except (ValueError, OverflowError, ZeroDivisionError) as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(name, ' '.join(out))

for x in [0.0, -0.0, 1.0, 3.75, -2.5, 1e-310, 1e300, float('inf'), float('-inf'), float('nan')]:
    print('frexp', repr(x), math.frexp(x), 'modf', math.modf(x), 'ulp', math.ulp(x))
for x, i in [(1.0, 10), (0.75, -3), (1.0, 1024), (1.0, -1075), (-0.0, 5), (1.5, 10**30 * 0 + 3)]:
    try:
        print('ldexp', x, i, repr(math.ldexp(x, i)))
    except OverflowError as e:
        print('ldexp', x, i, type(e).__name__, e)
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(type(math.pi), math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308), math.isfinite(math.nan))
