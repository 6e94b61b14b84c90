# numbers: the numeric tower's ABCs, registrations and abstract methods.
import numbers
from fractions import Fraction

kinds = [numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral]
for v in [1, True, 1.5, 1j, Fraction(1, 2), "1", None, [1]]:
    print(repr(v), [k.__name__ for k in kinds if isinstance(v, k)])
for k in kinds:
    print(k.__name__, k.__mro__[1].__name__, sorted(k.__abstractmethods__), k.__hash__)
    try:
        k()
    except TypeError as e:
        print(" ", e)
print(numbers.__all__)


class MyInt(numbers.Integral):
    """A minimal Integral over an int, to use the mixin methods."""

    def __init__(self, v):
        self.v = v

    def __int__(self):
        return self.v

    def __repr__(self):
        return "MyInt(%d)" % self.v

    def _op(name):
        def f(self, *args):
            args = [a.v if isinstance(a, MyInt) else a for a in args]
            r = getattr(self.v, name)(*args)
            return MyInt(r) if type(r) is int else r
        return f

    for _n in sorted(numbers.Integral.__abstractmethods__):
        if _n != "__int__":
            locals()[_n] = _op(_n)
    del _n, _op
    __hash__ = None


m = MyInt(7)
print(m.numerator, m.denominator, float(m), m.__index__(), m.real, m.imag, m.conjugate(),
      complex(m), bool(m), bool(MyInt(0)), m - 2, 10 - m, divmod(m, 2), divmod(20, m))
print([1, 2, 3, 4, 5, 6, 7, 8][m], isinstance(m, numbers.Number), hash(3.0) == hash(Fraction(3)))
try:
    hash(m)
except TypeError as e:
    print(e)


class R(numbers.Real):
    pass


try:
    R()
except TypeError as e:
    print(e)
numbers.Real.register(Fraction)
print(issubclass(Fraction, numbers.Real))
