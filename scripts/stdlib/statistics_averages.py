# statistics: the averages on ints, floats, Fractions and mixes, digit for
# digit (the means are exact sums rounded once), and their errors.
import statistics as st
from fractions import Fraction as F
import random


def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r), type(r).__name__)
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


rng = random.Random(12345)
datasets = [
    [1, 2, 3, 4, 4],
    [1, 2, 3, 4],
    [True, False, True],
    [0.1] * 10,
    [1e300, 1e300, -1e300, 3.0],
    [0.1, 0.2, 0.3, 0.4, 1e-17],
    [F(1, 3), F(2, 7), F(5, 11)],
    [1, 2.5, F(1, 2)],
    [F(1, 2), 3],
    [10**20, 1, 10**20 + 7],
    [2.5, 3.25, 5.5, 11.25, 11.75],
    [-1.0, 2.5, 3.25, 5.75],
    [rng.random() for _ in range(50)],
    [rng.gauss(100, 15) for _ in range(37)],
    [rng.randint(-1000, 1000) for _ in range(41)],
    [float("inf"), 1.0],
    [float("inf"), float("-inf")],
    [float("nan"), 1.0],
    [1e308, 1e308],
    [5e-324, 5e-324, 0.0],
    [7],
    [3.5],
]
for data in datasets:
    print("data", data if len(data) < 12 else "%d values" % len(data))
    for name in ["mean", "fmean", "geometric_mean", "harmonic_mean", "median",
                 "median_low", "median_high", "median_grouped", "mode", "multimode"]:
        show("  " + name, lambda: getattr(st, name)(data))
for name in ["mean", "fmean", "geometric_mean", "harmonic_mean", "median", "median_low",
             "median_high", "median_grouped", "mode"]:
    show(name + " empty", lambda: getattr(st, name)([]))
    show(name + " iter", lambda: getattr(st, name)(iter([3, 1, 2, 2])))
print(st.multimode([]), st.multimode("aabbbcccd"), st.multimode(iter([1, 2, 2, 1])))
show("mode str", lambda: st.mode("abracadabra"))
show("mode tie", lambda: st.mode([1, 1, 2, 2]))
show("mode tuples", lambda: st.mode([(1, 2), (1, 2), (3,)]))
show("mode unhashable", lambda: st.mode([[1]]))
show("median str", lambda: st.median(["b", "a", "c"]))
show("median str even", lambda: st.median(["b", "a"]))
show("median_low str", lambda: st.median_low(["b", "a", "d", "c"]))
show("mean str", lambda: st.mean(["a"]))
show("mean none", lambda: st.mean([None, 1]))
show("mean complex", lambda: st.mean([1j]))
show("fmean gen", lambda: st.fmean(x / 10 for x in range(11)))
show("fmean weights", lambda: st.fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]))
show("fmean weights iter", lambda: st.fmean(iter([1, 2, 3]), weights=iter([3, 2, 1])))
show("fmean weights len", lambda: st.fmean([1, 2], weights=[1]))
show("fmean weights zero", lambda: st.fmean([1, 2], weights=[1, -1]))
show("fmean str", lambda: st.fmean(["a"]))
show("fmean fractions", lambda: st.fmean([F(1, 3), F(2, 3)]))
show("geometric neg", lambda: st.geometric_mean([1, -2]))
show("geometric zero", lambda: st.geometric_mean([0, 2]))
show("geometric", lambda: st.geometric_mean([54, 24, 36]))
show("harmonic zero", lambda: st.harmonic_mean([0, 2]))
show("harmonic neg", lambda: st.harmonic_mean([1, -2]))
show("harmonic one neg", lambda: st.harmonic_mean([-2]))
show("harmonic one str", lambda: st.harmonic_mean(["a"]))
show("harmonic one frac", lambda: st.harmonic_mean([F(3, 4)]))
show("harmonic weights", lambda: st.harmonic_mean([40, 60], weights=[5, 30]))
show("harmonic weights frac", lambda: st.harmonic_mean([F(1, 2), 3], weights=[1, F(1, 3)]))
show("harmonic weights len", lambda: st.harmonic_mean([40, 60], weights=[5]))
show("harmonic weights neg", lambda: st.harmonic_mean([40, 60], weights=[5, -1]))
show("harmonic weights zero", lambda: st.harmonic_mean([40, 60], weights=[0, 0]))
show("harmonic zero weight", lambda: st.harmonic_mean([0, 60], weights=[0, 2]))
show("harmonic iter", lambda: st.harmonic_mean(iter([1, 2, 4]), weights=iter([1, 1, 2])))
show("median_grouped interval", lambda: st.median_grouped([1, 3, 3, 5, 7], interval=2))
show("median_grouped frac interval", lambda: st.median_grouped([52, 52, 53, 54], F(1, 2)))
show("median_grouped str", lambda: st.median_grouped(["a", "b"]))
show("median_grouped bad interval", lambda: st.median_grouped([1, 2], "x"))
show("median_grouped none interval", lambda: st.median_grouped([1, 2], None))
print(issubclass(st.StatisticsError, ValueError), st.StatisticsError.__mro__[1:])
print(sorted(st.__all__))
