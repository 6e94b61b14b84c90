# statistics: medians of odd and even data of several types, fmean and
# harmonic_mean over iterators with weights, the normal quantile in its
# three regions, correlation and regression corner cases.
import statistics as st
from decimal import Decimal
from fractions import Fraction as F


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for data in [[3, 1, 2], [4, 1, 3, 2], [F(1, 2), F(1, 3)], [Decimal("1.5"), Decimal("2.5")],
             [1.5], ["b", "a", "c"], ["b", "a"], [], iter([5, 1, 4, 2])]:
    items = list(data) if not isinstance(data, list) else data
    for fn in [st.median, st.median_low, st.median_high, st.median_grouped]:
        show(f"{fn.__name__}({items!r})", lambda: fn(iter(items)))
show("grouped interval", lambda: st.median_grouped([1, 2, 2, 3, 4], interval=2))
show("grouped bad interval", lambda: st.median_grouped([1, 2], interval="x"))
show("grouped bad interval2", lambda: st.median_grouped([1, 2], interval=[1]))
show("fmean iter", lambda: st.fmean(iter([1, 2, 3, 4])))
show("fmean gen weights", lambda: st.fmean((x for x in [1, 2, 3]), weights=(w for w in [3, 2, 1])))
show("fmean weights short", lambda: st.fmean([1, 2, 3], weights=[1, 2]))
show("fmean iter weights long", lambda: st.fmean(iter([1, 2]), weights=[1, 2, 3]))
show("fmean zero weights", lambda: st.fmean([1, 2], weights=[1, -1]))
show("fmean empty", lambda: st.fmean(iter([])))
show("fmean empty weights", lambda: st.fmean([], weights=[]))
show("harmonic iter", lambda: st.harmonic_mean(iter([1, 2, 4])))
show("harmonic weights iter", lambda: st.harmonic_mean([1, 2, 4], weights=iter([1, 1, 2])))
show("harmonic weights neg", lambda: st.harmonic_mean([1, 2], weights=[1, -1]))
show("harmonic weights len", lambda: st.harmonic_mean([1, 2], weights=[1]))
show("harmonic zero", lambda: st.harmonic_mean([1, 0, 2]))
show("harmonic zero weight", lambda: st.harmonic_mean([1, 0, 2], weights=[1, 0, 1]))
show("harmonic fractions", lambda: st.harmonic_mean([F(1, 2), F(1, 3)], weights=[F(1), F(2)]))
show("harmonic decimal", lambda: st.harmonic_mean([Decimal("0.5"), Decimal("2")]))
show("harmonic one str", lambda: st.harmonic_mean(["x"]))
show("harmonic one neg", lambda: st.harmonic_mean([-2]))
show("mean bad", lambda: st.mean([1, "x"]))
show("mean object", lambda: st.mean([object()]))
show("mean inf", lambda: st.mean([1.0, float("inf")]))
show("mean nan", lambda: st.mean([float("nan"), 1]))
nd = st.NormalDist(10, 2)
for p in [1e-300, 1e-20, 1e-10, 0.001, 0.02, 0.0749, 0.075, 0.3, 0.5, 0.7, 0.925, 0.9251, 0.999, 1 - 1e-12, 1 - 1e-16]:
    show(f"inv_cdf({p})", lambda: nd.inv_cdf(p))
for p in [0, 1, -0.5, 1.5]:
    show(f"inv_cdf({p})", lambda: nd.inv_cdf(p))
show("corr", lambda: st.correlation([1, 2, 3, 4], [2, 4, 5, 9]))
show("corr const", lambda: st.correlation([1, 1, 1], [1, 2, 3]))
show("corr short", lambda: st.correlation([1], [2]))
show("corr len", lambda: st.correlation([1, 2], [2]))
show("cov", lambda: st.covariance([1, 2, 3], [F(1, 2), 5, 9.5]))
show("lr", lambda: st.linear_regression([1, 2, 3, 4], [2, 4.5, 5, 9]))
show("lr prop", lambda: st.linear_regression([1.5, 2, 3], [3, 4, 6.5], proportional=True))
show("lr const", lambda: st.linear_regression([2, 2, 2], [1, 2, 3]))
show("lr len", lambda: st.linear_regression([1, 2, 3], [1, 2]))
show("lr len prop", lambda: st.linear_regression([1, 2, 3], [1, 2], proportional=True))
show("lr short prop", lambda: st.linear_regression([1], [1], proportional=True))
