# fractions.Fraction: arithmetic with ints, floats, complex numbers and
# Fractions in both orders, comparisons, hashing, rounding.
from fractions import Fraction as F
import math, operator

ops = [("+", operator.add), ("-", operator.sub), ("*", operator.mul),
       ("/", operator.truediv), ("//", operator.floordiv), ("%", operator.mod),
       ("divmod", divmod), ("**", operator.pow)]


def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r), type(r).__name__)
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


values = [F(3, 4), F(-5, 3), F(0), 2, -3, 0, True, 1.5, -0.25, 2j, 1 + 1j, F(7)]
for a in values[:3] + [F(7)]:
    for b in values:
        for name, op in ops:
            show("%r %s %r" % (a, name, b), lambda: op(a, b))
            show("%r %s %r" % (b, name, a), lambda: op(b, a))
show("pow mod", lambda: pow(F(2), 3, 5))
show("pow frac", lambda: F(4) ** F(1, 2))
show("pow neg", lambda: F(-2, 3) ** -3)
show("pow zero neg", lambda: F(0) ** -2)
show("pow big", lambda: F(2, 3) ** 20)
show("rpow neg root", lambda: (-8) ** F(1, 3))
show("rpow", lambda: 2 ** F(-2))
show("rpow float", lambda: 2.0 ** F(3))
show("str + F", lambda: "a" + F(1))
show("F + str", lambda: F(1) + "a")
show("F + None", lambda: F(1) * None)
show("list * F", lambda: [1] * F(2))
for x in [F(1, 2), F(-1, 2), F(3, 2), F(5, 2), F(-5, 2), F(7, 3), F(-7, 3), F(0), F(10)]:
    print(repr(x), round(x), math.floor(x), math.ceil(x), math.trunc(x), int(x),
          repr(round(x, 1)), repr(round(x, -1)), repr(round(x, 0)), abs(x), -x, +x)
print(repr(round(F(12345, 100), -2)), repr(round(F(1, 3), 5)), repr(round(F(-25, 1000), 2)))
# comparisons
cmp = [("<", operator.lt), ("<=", operator.le), ("==", operator.eq), ("!=", operator.ne),
       (">", operator.gt), (">=", operator.ge)]
for a, b in [(F(1, 2), F(1, 3)), (F(1, 2), 0.5), (F(1, 3), 0.3333333333333333), (F(2), 2),
             (F(1, 2), float("nan")), (F(10**400), float("inf")), (F(1), float("-inf")),
             (F(1, 2), 1), (F(1), True), (F(-1), -1.0)]:
    print(repr(a), repr(b), [name for name, op in cmp if op(a, b)], [name for name, op in cmp if op(b, a)])
show("lt complex", lambda: F(1, 3) < 1j)
show("eq complex", lambda: (F(1, 2) == 0.5 + 0j, F(1, 2) == 0.5 + 1j, 0.5 + 0j == F(1, 2), F(1, 2) != 1j))
show("le complex", lambda: F(1, 3) <= 0j)
show("lt str", lambda: F(1, 3) < "a")
show("eq str", lambda: F(1, 3) == "a")
print(sorted([F(1, 2), 0.25, 1, F(-3), 2.5, F(7, 8)]), max(F(1, 3), 0.3), min(F(2), 3))
# hashes agree with equal ints and floats
for x in [F(1), F(-1), F(0), F(1, 2), F(-3, 8), F(10**30), F(1, 3), F(-2, 3), F(2**61 - 1),
          F(1, 2**61 - 1), F(5, 2**61 - 1), F(-1, 2**61 - 1), F(2**70, 3), F(1, 10)]:
    print(repr(x), hash(x))
print(hash(F(1, 2)) == hash(0.5), hash(F(-7)) == hash(-7), hash(F(3, 8)) == hash(0.375),
      hash(F(10**30)) == hash(10**30), hash(F(-1)) == hash(-1) == -2)
print({F(1, 2): "a", 0.5: "b", F(2): "c", 2: "d"})
print(sum([F(1, 3)] * 3), sum(F(1, n) for n in range(1, 10)), math.fsum([F(1, 3), F(2, 3)]))
x = F(1)
x += F(1, 2)
x *= 2
x -= 1
x /= 3
x //= F(1, 10)
print(repr(x))
