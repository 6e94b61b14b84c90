"""Statistics of numeric data: averages, spread, relations between two
variables, and the normal distribution.

Means and variances of ints, floats, Fractions and Decimals are computed
exactly (each value as an integer ratio, summed as Fractions) and
converted to the data's type once at the end, so the results are the
correctly rounded ones.
"""

__all__ = [
    "NormalDist", "StatisticsError", "correlation", "covariance", "fmean",
    "geometric_mean", "harmonic_mean", "linear_regression", "mean", "median",
    "median_grouped", "median_high", "median_low", "mode", "multimode",
    "pstdev", "pvariance", "quantiles", "stdev", "variance",
]

from bisect import bisect_left, bisect_right
from collections import Counter, namedtuple
from fractions import Fraction
from itertools import groupby, repeat
from math import erf, exp, fabs, fsum, hypot, log, sqrt, tau
from operator import mul
import math
import numbers
import random
import sys


class StatisticsError(ValueError):
    pass


def _decimal_class():
    # decimal is imported only by programs that use it; until then no
    # value can be a Decimal, and importing statistics stays cheap.
    mod = sys.modules.get("decimal")
    return getattr(mod, "Decimal", None) if mod is not None else None


def _is_decimal_type(typ):
    dec = _decimal_class()
    return dec is not None and issubclass(typ, dec)


# ---------------------------------------------------------------------
# Exact sums.

def _ratio(x):
    """x as (numerator, denominator); (x, None) for an infinity or NaN,
    which have no ratio and are summed as they are."""
    as_ratio = getattr(x, "as_integer_ratio", None)
    if as_ratio is not None:
        try:
            return as_ratio()
        except (OverflowError, ValueError):
            return (x, None)
    # Rationals without as_integer_ratio still have the two properties.
    try:
        parts = (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")
    return parts


def _as_list(values):
    """values itself when it can be gone over twice, else its items."""
    return list(values) if iter(values) is values else values


def _with_length(values):
    """values itself when it has a length, else its items in a list."""
    try:
        len(values)
    except TypeError:
        return list(values)
    return values


def _result_type(types):
    """The type a result over values of these types should have."""
    result = int
    for t in types:
        result = _wider(result, t)
    return result


def _wider(t, s):
    """The type of a result mixing values of types t and s: ints give way
    to anything, subclasses win over their bases, floats over Fractions;
    other mixes are refused."""
    if t is s or s is int or s is bool:
        return t
    if t is int:
        return s
    if issubclass(s, t):
        return s
    if issubclass(t, s):
        return t
    if issubclass(t, int):
        return s
    if issubclass(s, int):
        return t
    if issubclass(t, Fraction) and issubclass(s, float):
        return s
    if issubclass(t, float) and issubclass(s, Fraction):
        return t
    raise TypeError("don't know how to coerce %s and %s" % (t.__name__, s.__name__))


def _sum(data):
    """(result type, exact sum, count) of the values of data. Values
    with the same denominator are added as integers first."""
    count = 0
    types = set()
    by_denominator = {}
    for typ, run in groupby(data, type):
        types.add(typ)
        for n, d in map(_ratio, run):
            count += 1
            by_denominator[d] = by_denominator.get(d, 0) + n
    if None in by_denominator:
        total = by_denominator[None]
    else:
        total = sum(Fraction(n, d) for d, n in by_denominator.items())
    return (_result_type(types), total, count)


def _sum_squares(data, center=None):
    """(result type, sum of squared deviations, center, count): the
    deviations from center when given, from the exact mean otherwise
    (computed in the same pass as count*sum(x*x) - sum(x)**2)."""
    if center is not None:
        typ, total, count = _sum((d := x - center) * d for x in data)
        return (typ, total, center, count)
    count = 0
    types = set()
    sx = {}
    sxx = {}
    for typ, run in groupby(data, type):
        types.add(typ)
        for n, d in map(_ratio, run):
            count += 1
            sx[d] = sx.get(d, 0) + n
            sxx[d] = sxx.get(d, 0) + n * n
    if not count:
        total = center = Fraction(0)
    elif None in sx:
        total = center = sx[None]
    else:
        s1 = sum(Fraction(n, d) for d, n in sx.items())
        s2 = sum(Fraction(n, d * d) for d, n in sxx.items())
        total = (count * s2 - s1 * s1) / count
        center = s1 / count
    return (_result_type(types), total, center, count)


def _convert(value, typ):
    """The exact value converted to typ; a non-integral value of int
    data becomes a float."""
    if type(value) is typ:
        return value
    if issubclass(typ, int) and value.denominator != 1:
        typ = float
    try:
        return typ(value)
    except TypeError:
        if _is_decimal_type(typ):
            return typ(value.numerator) / typ(value.denominator)
        raise


def _nonnegative(values, message="negative value"):
    for x in values:
        if x < 0:
            raise StatisticsError(message)
        yield x


# Square roots of exact ratios, correctly rounded.

def _isqrt_odd_rounded(n, m):
    """isqrt(n // m), with its lowest bit set when inexact, so that a
    later rounding to fewer bits rounds as the exact root would."""
    root = math.isqrt(n // m)
    return root | (root * root * m != n)


_ROOT_BITS = 2 * sys.float_info.mant_dig + 3


def _float_sqrt(n, m):
    """sqrt(n / m) correctly rounded to a float."""
    shift = (n.bit_length() - m.bit_length() - _ROOT_BITS) // 2
    if shift >= 0:
        return (_isqrt_odd_rounded(n, m << 2 * shift) << shift) / 1
    return _isqrt_odd_rounded(n << -2 * shift, m) / (1 << -shift)


def _decimal_sqrt(n, m):
    """sqrt(n / m) as a Decimal correctly rounded in the current
    context: the context's root, or its neighbour when the exact root
    lies beyond the midpoint between them."""
    from decimal import Decimal
    if n <= 0:
        if not n:
            return Decimal("0.0")
        n, m = -n, -m
    root = (Decimal(n) / Decimal(m)).sqrt()
    rn, rd = root.as_integer_ratio()
    above = root.next_plus()
    an, ad = above.as_integer_ratio()
    # Is n/m above the square of the midpoint (root + above) / 2?
    if 4 * n * (rd * ad) ** 2 > m * (rd * an + ad * rn) ** 2:
        return above
    below = root.next_minus()
    bn, bd = below.as_integer_ratio()
    if 4 * n * (rd * bd) ** 2 < m * (rd * bn + bd * rn) ** 2:
        return below
    return root


# ---------------------------------------------------------------------
# Averages.

def mean(data):
    """The arithmetic mean of data, exactly rounded, in the data's type."""
    typ, total, n = _sum(data)
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    return _convert(total / n, typ)


def fmean(data, weights=None):
    """The arithmetic mean of data as a float (weighted when weights is
    given), computed with float sums."""
    try:
        n = len(data)
    except TypeError:
        n = 0

        def counted(iterable):
            nonlocal n
            for n, x in enumerate(iterable, start=1):
                yield x

        data = counted(data)
    if weights is None:
        total = fsum(data)
        if not n:
            raise StatisticsError("fmean requires at least one data point")
        return total / n
    weights = _with_length(weights)
    # The data may be an iterator: its length is known once it is summed.
    weighted_total = fsum(map(mul, data, weights))
    if n != len(weights):
        raise StatisticsError("data and weights must be the same length")
    weight_total = fsum(weights)
    if weight_total:
        return weighted_total / weight_total
    raise StatisticsError("sum of weights must be non-zero")


def geometric_mean(data):
    """The geometric mean of positive data, as a float."""
    try:
        return exp(fmean(map(log, data)))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset "
                              "containing positive numbers") from None


def harmonic_mean(data, weights=None):
    """The harmonic mean of non-negative data (weighted when weights is
    given); 0 when a value is 0."""
    data = _as_list(data)
    message = "harmonic mean does not support negative values"
    n = len(data)
    if n < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, numbers.Real) or _is_decimal_type(type(x)):
            if x < 0:
                raise StatisticsError(message)
            return x
        raise TypeError("unsupported type")
    if weights is not None:
        weights = _as_list(weights)
        if len(weights) != n:
            raise StatisticsError("Number of weights does not match data size")
        sum_weights = _sum(_nonnegative(weights, message))[1]
    else:
        weights, sum_weights = repeat(1, n), n
    try:
        data = _nonnegative(data, message)
        typ, total, count = _sum(w / x if w else 0 for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError("Weighted sum must be positive")
    return _convert(sum_weights / total, typ)


def _middle(data):
    """data sorted, and the index of its middle (the upper one of two)."""
    ordered = sorted(data)
    if not ordered:
        raise StatisticsError("no median for empty data")
    return ordered, len(ordered) // 2


def median(data):
    """The middle value of data, or the mean of the two middle values."""
    ordered, mid = _middle(data)
    if len(ordered) & 1:
        return ordered[mid]
    return (ordered[mid - 1] + ordered[mid]) / 2


def median_low(data):
    """The middle value of data, or the lower of the two middle values."""
    ordered, mid = _middle(data)
    return ordered[mid] if len(ordered) & 1 else ordered[mid - 1]


def median_high(data):
    """The middle value of data, or the higher of the two middle values."""
    ordered, mid = _middle(data)
    return ordered[mid]


def median_grouped(data, interval=1.0):
    """The median of data grouped in classes of width interval centred on
    the values, interpolated within the middle class."""
    data, mid = _middle(data)
    n = len(data)
    x = data[mid]
    x = data[n // 2]
    below = bisect_left(data, x)
    end = bisect_right(data, x, lo=below)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError("Value cannot be converted to a float")
    lower = x - interval / 2.0
    return lower + interval * (n / 2 - below) / (end - below)


def mode(data):
    """The most common value of data (the first seen on a tie)."""
    pairs = Counter(iter(data)).most_common(1)
    if not pairs:
        raise StatisticsError("no mode for empty data")
    return pairs[0][0]


def multimode(data):
    """The most common values of data, in the order first seen."""
    counts = Counter(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


def quantiles(data, *, n=4, method="exclusive"):
    """The n - 1 cut points dividing data into n groups of equal
    probability, interpolated linearly; 'exclusive' treats data as a
    sample, 'inclusive' as the whole population."""
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    size = len(data)
    if size < 2:
        raise StatisticsError("must have at least two data points")
    if method == "inclusive":
        m = size - 1
        cuts = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            cuts.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return cuts
    if method == "exclusive":
        m = size + 1
        cuts = []
        for i in range(1, n):
            j = min(max(i * m // n, 1), size - 1)
            delta = i * m - j * n
            cuts.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return cuts
    raise ValueError(f"Unknown method: {method!r}")


# ---------------------------------------------------------------------
# Spread.

def variance(data, xbar=None):
    """The sample variance of data (around xbar when given)."""
    typ, ss, _, n = _sum_squares(data, xbar)
    if n < 2:
        raise StatisticsError("variance requires at least two data points")
    return _convert(ss / (n - 1), typ)


def pvariance(data, mu=None):
    """The population variance of data (around mu when given)."""
    typ, ss, _, n = _sum_squares(data, mu)
    if n < 1:
        raise StatisticsError("pvariance requires at least one data point")
    return _convert(ss / n, typ)


def _root(typ, mss):
    if _is_decimal_type(typ):
        return _decimal_sqrt(mss.numerator, mss.denominator)
    return _float_sqrt(mss.numerator, mss.denominator)


def stdev(data, xbar=None):
    """The sample standard deviation of data, correctly rounded."""
    typ, ss, _, n = _sum_squares(data, xbar)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    return _root(typ, ss / (n - 1))


def pstdev(data, mu=None):
    """The population standard deviation of data, correctly rounded."""
    typ, ss, _, n = _sum_squares(data, mu)
    if n < 1:
        raise StatisticsError("pstdev requires at least one data point")
    return _root(typ, ss / n)


def _mean_and_stdev(data):
    typ, ss, xbar, n = _sum_squares(data)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    mss = ss / (n - 1)
    try:
        return float(xbar), _float_sqrt(mss.numerator, mss.denominator)
    except AttributeError:
        # Infinite or NaN data: the sums are floats, not ratios.
        return float(xbar), float(xbar) / float(ss)


# ---------------------------------------------------------------------
# Two variables.

def _paired_length(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError(f"{what} requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError(f"{what} requires at least two data points")
    return n


def _squared_deviations(values, center):
    return fsum((v - center) * (v - center) for v in values)


def _centered_sums(x, y, what):
    # The means of x and y and the sum of the products of deviations.
    n = _paired_length(x, y, what)
    means = fsum(x) / n, fsum(y) / n
    products = fsum((xi - means[0]) * (yi - means[1]) for xi, yi in zip(x, y))
    return n, means[0], means[1], products


def covariance(x, y, /):
    """The sample covariance of x and y."""
    n, _, _, sxy = _centered_sums(x, y, "covariance")
    return sxy / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of x and y."""
    _, xbar, ybar, sxy = _centered_sums(x, y, "correlation")
    spread = _squared_deviations(x, xbar) * _squared_deviations(y, ybar)
    try:
        return sxy / sqrt(spread)
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant")


LinearRegression = namedtuple("LinearRegression", ("slope", "intercept"))


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the least-squares line through (x, y); with
    proportional=True the line goes through the origin."""
    what = "linear regression"
    if proportional:
        # Through the origin: plain sums of products, no means.
        _paired_length(x, y, what)
        sxy, sxx = fsum(map(mul, x, y)), fsum(map(mul, x, x))
    else:
        _, xbar, ybar, sxy = _centered_sums(x, y, what)
        sxx = _squared_deviations(x, xbar)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError("x is constant")
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


# ---------------------------------------------------------------------
# The normal distribution.

def _poly(coefficients, r):
    """coefficients[0] + coefficients[1]*r + ..., by Horner's rule from
    the highest degree down."""
    total = coefficients[-1]
    for c in reversed(coefficients[:-1]):
        total = total * r + c
    return total


# Wichura's algorithm AS241 (Applied Statistics, 1988): rational
# approximations of the normal quantile function in three regions,
# coefficients of increasing degree.
_CENTRAL_NUM = (3.387132872796366608, 133.14166789178437745, 1971.5909503065514427,
                13731.693765509461125, 45921.953931549871457, 67265.770927008700853,
                33430.575583588128105, 2509.0809287301226727)
_CENTRAL_DEN = (1.0, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077,
                21213.794301586595867, 39307.89580009271061, 28729.085735721942674,
                5226.495278852854561)
_NEAR_NUM = (1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055,
             3.64784832476320460504, 1.27045825245236838258, 0.24178072517745061177,
             0.0227238449892691845833, 7.7454501427834140764e-4)
_NEAR_DEN = (1.0, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455,
             0.14810397642748007459, 0.0151986665636164571966, 5.475938084995344946e-4,
             1.05075007164441684324e-9)
_TAIL_NUM = (6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358,
             0.29656057182850489123, 0.026532189526576123093, 0.0012426609473880784386,
             2.71155556874348757815e-5, 2.01033439929228813265e-7)
_TAIL_DEN = (1.0, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525,
             7.868691311456132591e-4, 1.8463183175100546818e-5, 1.4215117583164458887e-7,
             2.04426310338993978564e-15)


def _normal_quantile(p, mu, sigma):
    q = p - 0.5
    if fabs(q) <= 0.425:
        r = 0.180625 - q * q
        z = _poly(_CENTRAL_NUM, r) * q / _poly(_CENTRAL_DEN, r)
        return mu + (z * sigma)
    # Outside the centre: a variable of the smaller tail probability.
    r = sqrt(-log(1.0 - p if q > 0.0 else p))
    if r > 5.0:
        numerator, denominator, offset = _TAIL_NUM, _TAIL_DEN, 5.0
    else:
        numerator, denominator, offset = _NEAR_NUM, _NEAR_DEN, 1.6
    r -= offset
    z = _poly(numerator, r) / _poly(denominator, r)
    return mu + ((-z if q < 0.0 else z) * sigma)


_SQRT2 = sqrt(2.0)


class NormalDist:
    """A normal distribution of a random variable, given by its mean mu
    and standard deviation sigma."""

    __slots__ = {
        "_mu": "The mean of the distribution.",
        "_sigma": "The standard deviation of the distribution.",
    }

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError("sigma must be non-negative")
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        """The normal distribution estimated from a sample of it."""
        return cls(*_mean_and_stdev(data))

    def samples(self, n, *, seed=None):
        """n random values of the distribution (reproducible with seed)."""
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for _ in range(n)]

    def pdf(self, x):
        """The probability density at x."""
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError("pdf() not defined when sigma is zero")
        diff = x - self._mu
        return exp(diff * diff / (-2.0 * variance)) / sqrt(tau * variance)

    def cdf(self, x):
        """The probability that the variable is at most x."""
        if not self._sigma:
            raise StatisticsError("cdf() not defined when sigma is zero")
        return 0.5 * (1.0 + erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        """The x at which cdf(x) is p."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError("p must be in the range 0.0 < p < 1.0")
        if self._sigma <= 0.0:
            raise StatisticsError("cdf() not defined when sigma at or below zero")
        return _normal_quantile(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        """The n - 1 cut points dividing the distribution into n intervals
        of equal probability."""
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """The area shared by the two distributions' densities."""
        if not isinstance(other, NormalDist):
            raise TypeError("Expected another NormalDist instance")
        a, b = self, other
        if (b._sigma, b._mu) < (a._sigma, a._mu):
            a, b = b, a
        a_var, b_var = a.variance, b.variance
        if not a_var or not b_var:
            raise StatisticsError("overlap() not defined when sigma is zero")
        dv = b_var - a_var
        dm = fabs(b._mu - a._mu)
        if not dv:
            return 1.0 - erf(dm / (2.0 * a._sigma * _SQRT2))
        # The densities cross at x1 and x2; sum the differences of the
        # distributions there.
        s = a._mu * b_var - b._mu * a_var
        t = a._sigma * b._sigma * sqrt(dm * dm + dv * log(b_var / a_var))
        x1 = (s + t) / dv
        x2 = (s - t) / dv
        return 1.0 - (fabs(b.cdf(x1) - a.cdf(x1)) + fabs(b.cdf(x2) - a.cdf(x2)))

    def zscore(self, x):
        """How many standard deviations x lies above the mean."""
        if not self._sigma:
            raise StatisticsError("zscore() not defined when sigma is zero")
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        """The mean of the distribution."""
        return self._mu

    @property
    def median(self):
        """The median of the distribution (its mean)."""
        return self._mu

    @property
    def mode(self):
        """The mode of the distribution (its mean)."""
        return self._mu

    @property
    def stdev(self):
        """The standard deviation of the distribution."""
        return self._sigma

    @property
    def variance(self):
        """The variance of the distribution."""
        return self._sigma * self._sigma

    # Sums and differences of independent normal variables are normal;
    # a constant shifts or scales the distribution.

    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * fabs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / fabs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f"{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})"

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state
