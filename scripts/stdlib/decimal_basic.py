# decimal.Decimal: construction, text, parts, conversions, hashing.
import decimal
from decimal import Decimal as D, getcontext
import copy, math, pickle


def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    getcontext().clear_flags()


for s in ["0", "-0", "1.10", "  7 ", "1_000.5", "1__0", "_1", "1e3", "1E+3", "-1.5e-7", "123.456e-10",
          ".5", "-5.", "+.5", "0e-5", "1e+0005", "0.000001", "0.0000001", "-0E+5", "12345678901234567890123456789012345",
          "inf", "-Infinity", "nan", "-NaN", "sNaN", "NaN123", "sNaN0012", "\u0661\u0662.\u0663", "\xa01\xa0",
          "x", "", "1e", "e5", ".", "1.2.3", "infinit", "nan-1", "1 2", "0x10", "1e1.5", "--1"]:
    show(repr(s), lambda: D(s))
for v in [0, -7, 10**30, True, 1.1, -0.0, 0.5, 1e300, float("nan"), float("-inf"), 2**0.5]:
    show("from %r" % (v,), lambda: D(v))
for t in [(0, (1, 2), -1), (1, (0,), 5), (0, [1, 2, 3], 2), (0, (), "F"), (1, (), "n"), (0, (4, 2), "N"),
          (0, (1, 12), -1), (2, (1,), 0), (0, (1,), "x"), (0, (1,)), (0, (1,), 1.5), (0, "12", 0)]:
    show("tuple %r" % (t,), lambda: D(t))
show("list arg", lambda: D([]))
show("none arg", lambda: D(None))
show("complex arg", lambda: D(1j))
show("decimal arg", lambda: D(D("1.50")))
show("kw", lambda: D(value="2.5"))
show("context arg", lambda: D("1.23456789", decimal.Context(prec=3)))
show("bad context", lambda: D("1", 5))
show("from_float", lambda: D.from_float(0.1))
show("from_float int", lambda: D.from_float(5))
show("from_float str", lambda: D.from_float("1"))
values = [D(s) for s in ["0", "-0.00", "1.10", "-123.456", "1E+3", "1.23E-8", "0.000001", "-1E-7", "9.999E+99",
                         "100", "Infinity", "-Infinity", "NaN", "-sNaN7", "123456789012345678901234567890"]]
for d in values:
    print(repr(d), str(d), d.to_eng_string(), d.as_tuple(), d.adjusted(), d.is_finite(), d.is_infinite(),
          d.is_nan(), d.is_qnan(), d.is_snan(), d.is_signed(), d.is_zero(), d.is_normal(), d.is_subnormal(),
          d.number_class(), d.is_canonical(), bool(d))
for d in values:
    show("int " + str(d), lambda: int(d))
    show("float " + str(d), lambda: float(d))
    show("ratio " + str(d), lambda: d.as_integer_ratio())
    show("round " + str(d), lambda: round(d))
    show("round2 " + str(d), lambda: round(d, 2))
    show("floor/ceil/trunc " + str(d), lambda: (math.floor(d), math.ceil(d), math.trunc(d)))
    show("hash " + str(d), lambda: hash(d) if not d.is_qnan() else "qnan")
for a, b in [(D("0.5"), 0.5), (D("1.50"), 1.5), (D(7), 7), (D("-7.000"), -7), (D("0.1"), 0.1), (D("1E+30"), 10**30),
             (D("-0"), 0), (D("Infinity"), float("inf")), (D("-Infinity"), float("-inf")), (D("1e-30"), 1e-30)]:
    print(repr(a), hash(a) == hash(b), a == b)
print({D("1.0"): "a", 1: "b", D("0.50"): "c", 0.5: "d"})
print(D("2.5").real, D("2.5").imag, D("2.5").conjugate(), complex(D("2.5")), D(3).radix())
print(D("-1.5").copy_abs(), D("1.5").copy_negate(), D("1.5").copy_sign(D("-0")), D("NaN").copy_sign(-1))
print(copy.copy(D("1.1")), copy.deepcopy(D("1.1")), pickle.loads(pickle.dumps(D("-1.10E+5"))), D("1.1").__reduce__())


class MyD(D):
    pass


m = MyD("1.50")
print(repr(m), type(m).__name__, type(m + 1).__name__, repr(MyD.from_float(0.25)), type(MyD.from_float(0.25)).__name__,
      type(copy.copy(m)).__name__)
print(repr(D), D.__module__, D.__name__, D.__qualname__, isinstance(D(1), decimal.Decimal))
import numbers
print(isinstance(D(1), numbers.Number), isinstance(D(1), numbers.Real), issubclass(D, numbers.Complex))
show("attr", lambda: D(1).foo)
show("set attr", lambda: setattr(D(1), "x", 1))
show("snan hash", lambda: hash(D("sNaN")))
show("snan float", lambda: float(D("sNaN")))
show("nan float", lambda: (float(D("NaN")), float(D("-NaN"))))
