# statistics.NormalDist: every method, repr, arithmetic, errors.
from statistics import NormalDist, StatisticsError
import copy, pickle


def show(label, f):
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


n = NormalDist(100, 15)
z = NormalDist()
print(repr(n), repr(z), str(NormalDist(1, 2)), n.mean, n.median, n.mode, n.stdev, n.variance)
for x in [-3, 0, 55.5, 100, 115, 130, 1e6]:
    print(x, n.pdf(x), n.cdf(x), n.zscore(x), z.pdf(x), z.cdf(x))
for p in [1e-300, 1e-20, 1e-10, 0.001, 0.01, 0.02425, 0.05, 0.075, 0.1, 0.25, 0.3, 0.5, 0.6,
          0.7, 0.9, 0.925, 0.975, 0.99, 0.999, 1 - 1e-10, 0.9999999999999999]:
    print(p, z.inv_cdf(p), n.inv_cdf(p))
print(z.quantiles(), n.quantiles(10), n.quantiles(1), z.quantiles(3))
for a, b in [(n, z), (z, n), (n, NormalDist(110, 15)), (NormalDist(2.4, 1.6), NormalDist(3.2, 2.0)),
             (n, n), (NormalDist(0, 1), NormalDist(10, 1)), (NormalDist(1, 2), NormalDist(1, 3))]:
    print(repr(a), repr(b), a.overlap(b))
print(repr(n + 5), repr(5 + n), repr(n - 5), repr(5 - n), repr(n * 2), repr(2 * n), repr(n / 2),
      repr(n * -2), repr(-n), repr(+n), repr(n + z), repr(n - z))
print(n == NormalDist(100, 15), n == NormalDist(100.0, 15.0), n != z, n == 100, hash(n) == hash(NormalDist(100, 15)))
show("nd / nd", lambda: n / z)
show("nd * nd", lambda: n * z)
show("2 / nd", lambda: 2 / n)
show("str + nd", lambda: "a" + n)
show("negative sigma", lambda: NormalDist(0, -1))
show("sigma zero pdf", lambda: NormalDist(1, 0).pdf(1))
show("sigma zero cdf", lambda: NormalDist(1, 0).cdf(1))
show("sigma zero inv_cdf", lambda: NormalDist(1, 0).inv_cdf(0.5))
show("sigma zero zscore", lambda: NormalDist(1, 0).zscore(1))
show("sigma zero overlap", lambda: NormalDist(1, 0).overlap(z))
show("overlap type", lambda: z.overlap(1))
show("inv_cdf 0", lambda: z.inv_cdf(0))
show("inv_cdf 1", lambda: z.inv_cdf(1.0))
show("inv_cdf 2", lambda: z.inv_cdf(2))
show("str mu", lambda: NormalDist("x"))
show("attr", lambda: setattr(n, "x", 1))
show("mean set", lambda: setattr(n, "mean", 1))
show("from_samples", lambda: NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]))
show("from_samples ints", lambda: NormalDist.from_samples(range(10)))
show("from_samples one", lambda: NormalDist.from_samples([1]))
show("from_samples inf", lambda: NormalDist.from_samples([1.0, float("inf")]))
show("samples", lambda: NormalDist(0, 1).samples(5, seed=42))
show("samples seed str", lambda: NormalDist(10, 2).samples(3, seed="abc"))
show("samples 0", lambda: n.samples(0))
print(repr(copy.copy(n)), repr(copy.deepcopy(n)), repr(pickle.loads(pickle.dumps(n))), n.__getstate__())
print(sorted(NormalDist.__slots__), NormalDist.__slots__["_mu"] is not None)


class Sub(NormalDist):
    pass


print(repr(Sub(1, 2)), repr(Sub.from_samples([1, 2, 3])), type(Sub(1, 2) + 1).__name__)
