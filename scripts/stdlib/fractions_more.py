# fractions: powers in both directions, unary operators, the rounding
# functions on negative values, equality and ordering with floats and
# complex numbers, hashes, copying and pickling, subclasses.
import copy
import math
import pickle
from fractions import Fraction as F


def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, r)
    except Exception as e:
        print(label, type(e).__name__, e)


for base in [F(3, 4), F(-3, 4), F(0), F(5)]:
    for exp in [2, 0, -2, F(2), F(-3), F(1, 2), 0.5, -1]:
        show(f"{base!s} ** {exp!s}", lambda: base ** exp)
for base in [2, -8, 2.0, 4, 0, 1j]:
    for exp in [F(3), F(-2), F(1, 2), F(0)]:
        show(f"{base!s} ** {exp!s}", lambda: base ** exp)
show("pow 3 args", lambda: pow(F(2), 2, 3))
for v in [F(7, 2), F(-7, 2), F(5, 2), F(-5, 2), F(3), F(-3), F(1, 3), F(-1, 3)]:
    print(v, +v, -v, abs(v), int(v), math.trunc(v), math.floor(v), math.ceil(v),
          round(v), round(v, 1), round(v, -1), bool(v), type(+v).__name__)
print(round(F(25, 100), 1), round(F(35, 100), 1), round(F(12345), -2), round(F(-15), -1))
for a, b in [(F(1, 2), 0.5), (F(1, 3), 1 / 3), (F(1, 2), 0.5 + 0j), (F(1, 2), 0.5 + 1j),
             (F(2), 2), (F(0), float("nan")), (F(10**30), float("inf")),
             (F(-1), float("-inf")), (F(1, 2), "x"), (F(1, 2), None)]:
    for name, op in [("==", lambda: a == b), ("!=", lambda: a != b), ("<", lambda: a < b),
                     ("<=", lambda: a <= b), (">", lambda: a > b), (">=", lambda: b >= a)]:
        show(f"{a!s} {name} {b!r}", op)
for v in [F(1, 2), F(-1, 2), F(3), F(-1), F(1, 3), F(10**20, 3), F(1, 2**61 - 1), F(-1, 2**61 - 1)]:
    print(v, hash(v), hash(v) == hash(float(v)) if v.denominator != 2**61 - 1 else "-")
print(hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5), hash(F(-1)))


class Sub(F):
    pass


s = Sub(3, 6)
for r in [copy.copy(s), copy.deepcopy(s), pickle.loads(pickle.dumps(s)),
          copy.copy(F(1, 3)), pickle.loads(pickle.dumps(F(-2, 7)))]:
    print(type(r).__name__, r, repr(r))
f = F(2, 3)
print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.copy(s) is s, s.__reduce__())
print(type(s + 1).__name__, type(-s).__name__, type(abs(s)).__name__, repr(Sub(5)))
print(F(6, -4), F(-6, -4), F(0, -5), F(True), F(False, True), F(F(1, 2), F(3, 4)))
print(F(4, 6).numerator, F(4, 6).denominator, F(4, 6).as_integer_ratio())
for args in [(1, 0), (F(1, 2), 0), ("1/0",), (1.5, 2), ("x",), (1, "2"), ([],)]:
    show(f"F{args!r}", lambda: F(*args))
try:
    F(1, 2).numerator = 3
except Exception as e:
    print(type(e).__name__, e)
print(divmod(F(7, 2), F(2, 3)), divmod(-7, F(2)), F(7, 2) % 2, 7 % F(2, 3), F(7, 2) // 1.5)
