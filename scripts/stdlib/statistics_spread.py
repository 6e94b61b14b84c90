# statistics: variance, standard deviation, quantiles, covariance,
# correlation and linear regression, digit for digit, and their errors.
import statistics as st
from fractions import Fraction as F
import random


def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r), type(r).__name__)
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


rng = random.Random(2024)
datasets = [
    [1, 2, 3, 4, 4],
    [1, 2],
    [0.1] * 10,
    [0.1, 0.2, 0.3, 0.4, 0.5],
    [1e9 + 0.1, 1e9 + 0.2, 1e9 + 0.3],
    [F(1, 3), F(2, 7), F(5, 11)],
    [1, 2.5, F(1, 2)],
    [True, False, False],
    [10**20, 1, 10**20 + 7],
    [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5],
    [rng.random() for _ in range(64)],
    [rng.gauss(0, 1e-5) for _ in range(33)],
    [rng.randint(0, 10**6) for _ in range(29)],
    [7],
    [3.0, 3.0, 3.0],
    [float("nan"), 1.0],
]
for data in datasets:
    print("data", data if len(data) < 12 else "%d values" % len(data))
    for name in ["variance", "pvariance", "stdev", "pstdev"]:
        show("  " + name, lambda: getattr(st, name)(data))
    for n in [2, 4, 10]:
        for method in ["exclusive", "inclusive"]:
            show("  quantiles %d %s" % (n, method), lambda: st.quantiles(data, n=n, method=method))
for name in ["variance", "pvariance", "stdev", "pstdev"]:
    show(name + " empty", lambda: getattr(st, name)([]))
    show(name + " given", lambda: getattr(st, name)([1, 2, 3, 4], 2))
    show(name + " given float", lambda: getattr(st, name)([1.5, 2.5, 3.5], 2.5))
    show(name + " given frac", lambda: getattr(st, name)([F(1, 2), F(3, 2)], F(1)))
    show(name + " iter", lambda: getattr(st, name)(iter([1, 5, 2, 8])))
    show(name + " str", lambda: getattr(st, name)(["a", "b"]))
show("stdev inf", lambda: st.stdev([1.0, float("inf")]))
show("quantiles n=1", lambda: st.quantiles([1, 2, 3], n=1))
show("quantiles n=0", lambda: st.quantiles([1, 2, 3], n=0))
show("quantiles one", lambda: st.quantiles([1], n=4))
show("quantiles method", lambda: st.quantiles([1, 2], method="middle"))
show("quantiles positional", lambda: st.quantiles([1, 2], 4))
show("quantiles fractions", lambda: st.quantiles([F(1, 2), F(1, 3), 2], n=3))
show("quantiles 100", lambda: st.quantiles(range(1, 8), n=100)[:10])
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
r = [rng.random() for _ in range(20)]
s = [2 * v + rng.gauss(0, 0.1) for v in r]
for a, b in [(x, y), (x, z), (x, x), (r, s), (s, r), ([1.5, 2.5], [3, 1]), ([F(1, 2), 1], [1, 2])]:
    show("covariance", lambda: st.covariance(a, b))
    show("correlation", lambda: st.correlation(a, b))
    show("linear_regression", lambda: st.linear_regression(a, b))
    show("linear_regression prop", lambda: st.linear_regression(a, b, proportional=True))
for name in ["covariance", "correlation", "linear_regression"]:
    f = getattr(st, name)
    show(name + " lengths", lambda: f([1, 2, 3], [1, 2]))
    show(name + " short", lambda: f([1], [1]))
    show(name + " constant", lambda: f([1, 1, 1], [1, 2, 3]))
    show(name + " constant y", lambda: f([1, 2, 3], [5, 5, 5]))
    show(name + " kw", lambda: f(x=[1, 2], y=[1, 2]))
    show(name + " iter", lambda: f(iter([1, 2]), iter([1, 2])))
show("linear_regression zero prop", lambda: st.linear_regression([0, 0], [1, 2], proportional=True))
lr = st.linear_regression([1, 2, 3], [2, 4, 7])
print(lr.slope, lr.intercept, lr._fields, type(lr).__name__)
