# fsum is exact, hypot and dist are nearly always correctly rounded.
import math

print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1, 1e16]), math.fsum([]), math.fsum([-0.0]), math.fsum(iter([1, 2, 3.5])))
print(math.fsum([float('inf'), 1.0]), math.fsum([float('-inf'), -1.0]), math.fsum([float('nan')]))
vals = [(i * 7919 % 1000) / 997.0 * (-1) ** i * 10 ** (i % 7 - 3) for i in range(500)]
print(repr(math.fsum(vals)))
print(repr(math.fsum(x * 1e-3 for x in range(1000))))
print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(3, 4), math.hypot(3, 4, 12), math.hypot(1e308, 1e308))
print(math.hypot(5e-324, 5e-324), math.hypot(1e-310, 2e-310), math.hypot(float('inf'), float('nan')), math.hypot(float('nan'), 1))
for i in range(1, 40):
    a = i * 0.731
    b = 1.0 / i
    c = i * i * 0.0013
    print(repr(math.hypot(a, b)), repr(math.hypot(a, b, c)), repr(math.dist((a, b), (c, -a))), repr(math.dist([a, b, c], [1, 2, 3])))
print(math.dist([], []), math.dist((1,), (4,)), math.dist(iter([0, 0]), (3, 4)))
