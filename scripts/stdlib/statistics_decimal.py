# statistics over Decimals (exact sums converted to Decimal in the
# current context, correctly rounded Decimal square roots), and
# fractions with Decimals.
import statistics as st
from decimal import Decimal as D, localcontext, getcontext
from fractions import Fraction as F
import decimal


def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


data = [D("0.5"), D("0.75"), D("0.625"), D("0.375"), D("1.10")]
more = [D("1.1"), D("2.2"), D("3.3"), D("4.4"), D("1E-30"), D("7")]
for d in [data, more, [D(1), D(2)], [D("2.5"), 3, 4], [D("1.0000000000000000000000000001"), D(3)]]:
    for name in ["mean", "fmean", "geometric_mean", "harmonic_mean", "median", "median_low", "median_high",
                 "median_grouped", "mode", "variance", "pvariance", "stdev", "pstdev", "quantiles"]:
        show(name, lambda: getattr(st, name)(d))
with localcontext(prec=5):
    show("mean prec5", lambda: st.mean(data))
    show("stdev prec5", lambda: st.stdev(more))
    show("variance prec5", lambda: st.variance(more))
show("variance xbar", lambda: st.variance(data, D("0.6")))
show("pstdev mu", lambda: st.pstdev(data, D("0.6")))
show("harmonic weights", lambda: st.harmonic_mean(data, weights=[1, 2, 3, 4, 5]))
show("one decimal harmonic", lambda: st.harmonic_mean([D("2.5")]))
show("one negative decimal", lambda: st.harmonic_mean([D("-2.5")]))
show("fraction from_decimal", lambda: F.from_decimal(D("1.25")))
show("fraction from_decimal int", lambda: F.from_decimal(5))
show("fraction from_decimal float", lambda: F.from_decimal(1.5))
show("fraction from_decimal nan", lambda: F.from_decimal(D("NaN")))
show("fraction from_decimal inf", lambda: F.from_decimal(D("-Infinity")))
show("fraction(decimal)", lambda: F(D("-0.375")))
show("fraction + decimal", lambda: F(1, 2) + D("0.5"))
show("decimal + fraction", lambda: D("0.5") + F(1, 2))
show("fraction == decimal", lambda: (F(1, 2) == D("0.5"), D("0.5") == F(1, 2), F(1, 3) < D("0.34"), D("0.34") > F(1, 3)))
show("decimal(fraction)", lambda: D(F(1, 2)))
