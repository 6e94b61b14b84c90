# fractions.Fraction: construction, strings, repr/str, errors.
from fractions import Fraction as F
import fractions, numbers, math, copy, pickle


def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


show("int", lambda: F(7))
show("pair", lambda: F(6, -4))
show("zero", lambda: F())
show("neg zero", lambda: F(0, -5))
show("bool", lambda: F(True, 2))
show("fraction", lambda: F(F(3, 4)))
show("fractions", lambda: F(F(1, 2), F(3, 4)))
show("float", lambda: F(1.5))
show("float 0.1", lambda: F(0.1))
show("float -0.0", lambda: F(-0.0))
show("nan", lambda: F(float("nan")))
show("inf", lambda: F(float("-inf")))
show("zero den", lambda: F(5, 0))
show("zero den neg", lambda: F(-10, 0))
show("float pair", lambda: F(1.5, 2))
show("str pair", lambda: F("1/2", 3))
show("list", lambda: F([]))
show("complex", lambda: F(1j))
show("none", lambda: F(None))
show("big", lambda: F(10**30, 6 * 10**20))
for s in ["3/4", " -1.5e3 ", "1_000", "1.", ".5", "1/2", "1e3", "+1.5E-2", "1_0.5_0",
          "-0", "0/5", "\t7\n", "١٢/٣", "+.5e+1_0", "1e-3", "10/-2", "3 / 4", "1 /2",
          "x", "", " ", "-", "+", ".", "1.d", "1..2", "1/0", "1/2/3", "1e", "1e+",
          "_1", "1_", "1__0", "1.5/2", "0x10", "inf", "nan", "1/2e3", "1.e5", "1._5"]:
    show(repr(s), lambda: F(s))
show("from_float", lambda: F.from_float(0.25))
show("from_float int", lambda: F.from_float(3))
show("from_float bool", lambda: F.from_float(True))
show("from_float str", lambda: F.from_float("x"))
show("from_float frac", lambda: F.from_float(F(1, 3)))
show("from_float nan", lambda: F.from_float(float("nan")))
show("ratio", lambda: F(-6, 8).as_integer_ratio())
show("num/den", lambda: (F(-6, 8).numerator, F(-6, 8).denominator))
show("real/imag", lambda: (F(3, 4).real, F(3, 4).imag, F(3, 4).conjugate()))
for f in [F(1, 2), F(-7, 3), F(5), F(0), F(-1, 10**20)]:
    print(repr(f), str(f), float(f), int(f), complex(f), bool(f), format(f), f"{f!s:>8}|")
show("format spec", lambda: format(F(1, 2), ".2f"))
show("fstring spec", lambda: f"{F(1, 3):>10}")
print(math.pi, F(math.pi))
for d in [1, 2, 7, 10, 100, 1000, 10**6]:
    print("limit", d, repr(F(math.pi).limit_denominator(d)), repr(F(3, 7).limit_denominator(d)),
          repr(F(-1, 3).limit_denominator(d)), repr(F("0.1234567").limit_denominator(d)))
show("limit default", lambda: F(math.e).limit_denominator())
show("limit 0", lambda: F(1, 3).limit_denominator(0))
show("limit tie", lambda: F(1, 4).limit_denominator(3))
show("limit tie2", lambda: F(3, 4).limit_denominator(3))
show("limit ret type", lambda: type(F(1, 2).limit_denominator(10)).__name__)
print(isinstance(F(1, 2), numbers.Rational), isinstance(F(1, 2), numbers.Integral),
      issubclass(F, numbers.Real), isinstance(F(1, 2), numbers.Number))
f = F(3, 4)
print(copy.copy(f) is f, copy.deepcopy(f) is f, f.__reduce__())
print(pickle.loads(pickle.dumps(f)) == f, repr(pickle.loads(pickle.dumps(F(-5, 7)))))


class MyF(F):
    pass


m = MyF(2, 4)
print(repr(m), type(m + 1).__name__, type(copy.copy(m)).__name__, copy.copy(m) is m, repr(-m))
print(MyF.from_float(0.5), type(MyF.from_float(0.5)).__name__)
show("slots", lambda: setattr(F(1), "x", 1))
show("slots2", lambda: F(1).__dict__)
show("kw", lambda: F(numerator=3, denominator=6))
show("ro", lambda: setattr(F(1), "numerator", 2))
print(fractions.__all__)
