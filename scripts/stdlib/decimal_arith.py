# decimal: arithmetic with Decimals and ints in both orders, rounding to
# the context, the signals (flags, traps, exception arguments) and
# comparisons with ints, floats and Fractions.
import decimal
from decimal import Decimal as D, getcontext, localcontext, Context
from fractions import Fraction
import operator

SIGNALS = [decimal.InvalidOperation, decimal.FloatOperation, decimal.DivisionByZero, decimal.Overflow,
           decimal.Underflow, decimal.Subnormal, decimal.Inexact, decimal.Rounded, decimal.Clamped]


def flags():
    c = getcontext()
    return [s.__name__ for s in SIGNALS if c.flags[s]]


def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r), flags())
    except Exception as e:
        print(label, "!!", type(e).__name__, e, flags())
    getcontext().clear_flags()


ops = [("+", operator.add), ("-", operator.sub), ("*", operator.mul), ("/", operator.truediv),
       ("//", operator.floordiv), ("%", operator.mod), ("divmod", divmod), ("**", operator.pow)]
nums = [D("1.5"), D("-7"), D("0.00"), D("3.000"), D("1E+2"), D("-2.5E-3"), 3, -2, 0]
for a in nums[:6]:
    for b in nums:
        for name, op in ops:
            show("%r %s %r" % (a, name, b), lambda: op(a, b))
            if isinstance(b, int):
                show("%r %s %r" % (b, name, a), lambda: op(b, a))
specials = [D("Infinity"), D("-Infinity"), D("NaN"), D("sNaN"), D("0"), D("-0"), D("2")]
getcontext().traps[decimal.InvalidOperation] = False
getcontext().traps[decimal.DivisionByZero] = False
for a in specials:
    for b in specials:
        for name, op in ops[:7]:
            show("%r %s %r" % (a, name, b), lambda: op(a, b))
getcontext().traps[decimal.InvalidOperation] = True
getcontext().traps[decimal.DivisionByZero] = True
show("mixed float", lambda: D(1) + 1.5)
show("mixed float r", lambda: 1.5 * D(1))
show("mixed fraction", lambda: D(1) + Fraction(1, 2))
show("mixed complex", lambda: D(1) + 1j)
show("mixed str", lambda: D(1) + "1")
show("neg", lambda: (-D("1.5"), +D("-0"), abs(D("-2.50")), -D("0")))
show("pow mod", lambda: pow(D(3), 4, 5))
show("pow mod neg", lambda: pow(D(-3), 3, D(7)))
show("pow mod frac", lambda: pow(D("3.5"), 2, 5))
show("pow half", lambda: D(2) ** D("0.5"))
show("pow neg half", lambda: D(-2) ** D("0.5"))
show("pow 0 -1", lambda: D(0) ** -1)
show("pow 0 0", lambda: D(0) ** 0)
show("pow big", lambda: D(2) ** 200)
show("pow exact", lambda: D("1.1") ** 2)
show("pow neg int", lambda: D(2) ** -3)
show("pow overflow", lambda: D(10) ** 1000000)
show("pow inexact", lambda: D(3) ** 100)
show("pow frac exp", lambda: D("2.25") ** D("1.5"))
show("pow 1", lambda: D(1) ** D("0.5"))
show("impossible", lambda: D(10 ** 30) // D("0.1"))
show("rem near", lambda: D(10).remainder_near(3))
show("rem near2", lambda: D(11).remainder_near(D("2")))
for prec in [1, 3, 9, 28, 50]:
    for rounding in [decimal.ROUND_DOWN, decimal.ROUND_HALF_UP, decimal.ROUND_HALF_EVEN, decimal.ROUND_CEILING,
                     decimal.ROUND_FLOOR, decimal.ROUND_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_05UP]:
        with localcontext() as c:
            c.prec = prec
            c.rounding = rounding
            r = [D(1) / 3, D(2) / 3, D(-2) / 3, D("2.5") + D("0.0000000001"), D("12345.6789") * 7, D("-0.5") - D(10) ** -60,
                 D(10) / 4, D(25) / 10, D(35) / 10, D("-35") / 10, D(1) / 7 * 7]
            print(prec, rounding, [str(x) for x in r], flags())
            c.clear_flags()
# signals: trapping, exception arguments, flags
with localcontext() as c:
    c.traps[decimal.Inexact] = True
    show("trap inexact", lambda: D(1) / 3)
    c.traps[decimal.Rounded] = True
    show("trap inexact+rounded", lambda: D(1) / 3)
    show("exact ok", lambda: D(1) / 4)
with localcontext(Emax=5, Emin=-5, prec=3) as c:
    show("overflow", lambda: D(999) * D(10000))
    c.traps[decimal.Overflow] = False
    show("overflow untrapped", lambda: D(999) * D(10000))
    show("underflow", lambda: D("1E-5") / 1000)
    show("subnormal", lambda: D("1E-6") + 0)
    c.traps[decimal.Underflow] = True
    show("underflow trapped", lambda: D("1E-5") / 1000)
    c.clamp = 1
    c.traps[decimal.Underflow] = False
    show("clamped", lambda: D("1E+5") + 0)
    c.rounding = decimal.ROUND_DOWN
    show("overflow down", lambda: D(999) * D(10000))
show("conversion", lambda: D("abc"))
show("div zero", lambda: D(5) / 0)
show("div undefined", lambda: D(0) / 0)
show("mod zero", lambda: D(5) % 0)
show("floordiv zero", lambda: D(-5) // 0)
show("divmod zero", lambda: divmod(D(5), 0))
show("sqrt neg", lambda: D(-1).sqrt())
show("snan", lambda: D("sNaN") + 1)
print(isinstance(decimal.DivisionByZero(), ZeroDivisionError), issubclass(decimal.FloatOperation, TypeError),
      [c.__name__ for c in decimal.Underflow.__mro__], [c.__name__ for c in decimal.DivisionUndefined.__mro__])
try:
    D(1) / 0
except ZeroDivisionError as e:
    print("caught as ZeroDivisionError:", type(e).__name__, e.args)
try:
    D("x")
except decimal.InvalidOperation as e:
    print("caught:", type(e).__name__, e.args, type(e.args[0]))
# comparisons
cmp = [("<", operator.lt), ("<=", operator.le), ("==", operator.eq), ("!=", operator.ne), (">", operator.gt), (">=", operator.ge)]
for a, b in [(D("1.5"), D("1.50")), (D("1.5"), 2), (D(2), 2), (D("0.1"), 0.1), (D("0.5"), 0.5), (D("1.5"), Fraction(3, 2)),
             (D("0.3333"), Fraction(1, 3)), (D("-0"), 0), (D("Infinity"), 10 ** 100), (D("-Infinity"), float("-inf")),
             (D("1E+999"), float("inf")), (D(1), True)]:
    print(repr(a), repr(b), [n for n, op in cmp if op(a, b)], [n for n, op in cmp if op(b, a)], flags())
    getcontext().clear_flags()
show("nan eq", lambda: (D("NaN") == D("NaN"), D("NaN") != 1, D("NaN") == 1.0))
show("nan lt", lambda: D("NaN") < 1)
show("snan eq", lambda: D("sNaN") == 1)
show("lt str", lambda: D(1) < "a")
show("eq str", lambda: D(1) == "1")
show("eq complex", lambda: (D("1.5") == 1.5 + 0j, D(1) == 1j))
getcontext().traps[decimal.FloatOperation] = True
show("float trap ctor", lambda: D(1.5))
show("float trap lt", lambda: D(1) < 1.5)
show("float trap eq", lambda: D(1) == 1.5)
show("float trap from_float", lambda: D.from_float(1.5))
getcontext().traps[decimal.FloatOperation] = False
print(sorted([D("1.5"), 1, D("-2"), 0.5, Fraction(7, 4), D("1.50")]), max(D(1), D("1.0")), min(D(2), 3))
print(sum([D("0.1")] * 10), sum([D("0.1")] * 10) == 1, 0.1 * 10 == 1)
x = D(10)
x += 1
x *= D("1.5")
x /= 4
x //= D("0.1")
x **= 2
print(repr(x))
