"""gilpy's random module.

The core generator (a Mersenne Twister giving random() and getrandbits())
lives in Go, in the _random module; this file layers on top of it every
draw that Python code sees: integers in ranges, picks from sequences,
shuffles and samples, and the continuous distributions.  Each draw must
consume exactly the same underlying numbers, in the same order, as the
reference implementation, so that a seeded program prints the same values
under gilpy; the arithmetic of each formula is therefore kept operation for
operation even where it could be written more compactly.

Random instances keep independent state.  The module-level functions are
bound methods of one shared instance.  SystemRandom takes its bits from the
operating system and so has no state to seed, save or restore.
"""

import math as _math
from warnings import warn as _warn
from operator import index as _index
from itertools import accumulate as _accumulate, repeat as _repeat
from bisect import bisect as _bisect
from _collections_abc import Sequence as _Sequence
import _random
from _random import _urandom, _sha512_digest

_log = _math.log
_exp = _math.exp
_sqrt = _math.sqrt
_cos = _math.cos
_acos = _math.acos
_floor = _math.floor

# The public API, as documented (in the documented order).
__all__ = ["Random", "SystemRandom", "betavariate", "choice", "choices",
           "expovariate", "gammavariate", "gauss", "getrandbits", "getstate",
           "lognormvariate", "normalvariate", "paretovariate", "randbytes",
           "randint", "random", "randrange", "sample", "seed", "setstate",
           "shuffle", "triangular", "uniform", "vonmisesvariate",
           "weibullvariate"]

# Constants that programs may read from the module.
TWOPI = _math.tau
BPF = 53                      # a float's mantissa bits
RECIP_BPF = 2.0 ** -BPF
LOG4 = _log(4.0)
NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)   # bound of the ratio method
SG_MAGICCONST = 1.0 + _log(4.5)               # Cheng's squeeze constant

# randrange tells "no step given" from an explicit step of 1 by identity.
_DEFAULT_STEP = 1

_SEED_TYPE_ERROR = ('The only supported seed types are: None,\n'
                    'int, float, str, bytes, and bytearray.')
_RANGE_FLOAT_WARNING = ('non-integer arguments to randrange() have been '
                        'deprecated since Python 3.10 and will be removed '
                        'in a subsequent version')
_RANGE_FUTURE_WARNING = 'randrange() will raise TypeError in the future'
_FEW_BITS_WARNING = (
    "Underlying random() generator does not supply \n"
    "enough bits to choose from a population range this large.\n"
    "To remove the range limitation, add a getrandbits() method.")


def _legacy_str_seed(text):
    # Version 1 seeding hashed a string with a fixed 64-bit scheme so old
    # sequences can still be replayed.
    if isinstance(text, bytes):
        text = text.decode('latin-1')
    acc = ord(text[0]) << 7 if text else 0
    for code in map(ord, text):
        acc = ((1000003 * acc) ^ code) & 0xFFFFFFFFFFFFFFFF
    acc ^= len(text)
    return -2 if acc == -1 else acc


def _range_arg(value, what):
    """randrange's conversion of one argument: anything with __index__ is
    taken as is; an integral float (or other int()-able value) is accepted
    with a deprecation warning; anything else is a ValueError (also after a
    warning, since it will become a TypeError)."""
    try:
        return _index(value)
    except TypeError:
        pass
    as_int = int(value)
    if as_int != value:
        _warn(_RANGE_FUTURE_WARNING, DeprecationWarning, 3)
        raise ValueError("non-integer %s for randrange()" % what)
    _warn(_RANGE_FLOAT_WARNING, DeprecationWarning, 3)
    return as_int


class Random(_random.Random):
    """A random number generator with its own state: Random(seed).

    A subclass may replace random() (and, for unbounded integer ranges,
    getrandbits()); every other method is built on those two."""

    VERSION = 3     # the format of getstate()'s result

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    # -- seeding and state ----------------------------------------------

    def seed(self, a=None, version=2):
        """Reset the generator from a: None (fresh OS entropy), an int, a
        float, or a str/bytes/bytearray (all of whose bits are used under
        version 2)."""
        textual = isinstance(a, (str, bytes, bytearray))
        if version == 1 and isinstance(a, (str, bytes)):
            a = _legacy_str_seed(a)
        elif version == 2 and textual:
            raw = bytes(a.encode() if isinstance(a, str) else a)
            a = int.from_bytes(raw + _sha512_digest(raw), 'big')
        elif not (a is None or textual or isinstance(a, (int, float))):
            raise TypeError(_SEED_TYPE_ERROR)
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        """A snapshot of the generator that setstate() can restore."""
        return self.VERSION, super().getstate(), self.gauss_next

    def setstate(self, state):
        """Go back to a snapshot getstate() made (format 3, or the older
        format 2 whose words were stored signed)."""
        fmt = state[0]
        if fmt not in (2, 3):
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" %
                             (fmt, self.VERSION))
        fmt, words, self.gauss_next = state
        if fmt == 2:
            try:
                words = tuple(w % (2 ** 32) for w in words)
            except ValueError as exc:
                raise TypeError from exc
        super().setstate(words)

    # Pickle and copy save the generator's state and restore it into a
    # fresh instance of the same class.
    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    # -- integers below a bound -----------------------------------------

    def __init_subclass__(cls, /, **kwargs):
        """Pick the subclass's _randbelow from whichever of _randbelow,
        getrandbits or random() its nearest class defines."""
        for klass in cls.__mro__:
            own = klass.__dict__
            if '_randbelow' in own:
                return
            if 'getrandbits' in own:
                cls._randbelow = cls._randbelow_with_getrandbits
                return
            if 'random' in own:
                cls._randbelow = cls._randbelow_without_getrandbits
                return

    def _randbelow_with_getrandbits(self, n):
        "An int in range(n): draw bit_length(n) bits until one fits."
        width = n.bit_length()
        while True:
            candidate = self.getrandbits(width)
            if candidate < n:
                return candidate

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        """An int in range(n) from random() alone.  Draws in the top
        partial bucket are rejected to stay unbiased; bounds of 2**53 or
        more cannot be, and warn."""
        draw = self.random
        if n >= maxsize:
            _warn(_FEW_BITS_WARNING)
            return _floor(draw() * n)
        cutoff = (maxsize - maxsize % n) / maxsize
        while True:
            f = draw()
            if f < cutoff:
                return _floor(f * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    # -- integers and sequences -----------------------------------------

    def randbytes(self, n):
        """n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=_DEFAULT_STEP):
        """An element of range(start, stop, step) chosen at random, with
        no range object built."""
        lo = _range_arg(start, 'arg 1')
        if stop is None:
            # A step without a stop is refused before it is converted.
            if step is not _DEFAULT_STEP:
                raise TypeError('Missing a non-None stop argument')
            if lo <= 0:
                raise ValueError("empty range for randrange()")
            return self._randbelow(lo)
        hi = _range_arg(stop, 'stop')
        span = hi - lo
        stride = _range_arg(step, 'step')
        if stride == 1:
            if span <= 0:
                raise ValueError("empty range for randrange() (%d, %d, %d)"
                                 % (lo, hi, span))
            return lo + self._randbelow(span)
        if stride == 0:
            raise ValueError("zero step for randrange()")
        # How many terms the range has, rounding away from zero.
        nudge = -1 if stride > 0 else 1
        count = (span + stride + nudge) // stride
        if count <= 0:
            raise ValueError("empty range for randrange()")
        return lo + stride * self._randbelow(count)

    def randint(self, a, b):
        """An int N with a <= N <= b."""
        return self.randrange(a, b + 1)

    def choice(self, seq):
        """One element of a non-empty sequence."""
        size = len(seq)
        if not size:
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(size)]

    def shuffle(self, x):
        """Reorder the mutable sequence x in place; every order is equally
        likely (each slot from the end swaps with one at or before it)."""
        below = self._randbelow
        for last in range(len(x) - 1, 0, -1):
            other = below(last + 1)
            x[last], x[other] = x[other], x[last]

    def sample(self, population, k, *, counts=None):
        """A list of k distinct positions' elements of the sequence
        population, in the order picked.  counts, if given, repeats each
        element that many times: sample('ab', counts=[3, 1], k=2)."""
        if not isinstance(population, _Sequence):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        size = len(population)
        if counts is not None:
            return _sample_counted(self, population, size, counts, k)
        if not 0 <= k <= size:
            raise ValueError("Sample larger than population or is negative")
        # Picking from a shrinking copy costs O(n) memory; for a few picks
        # from a big population, remembering the picked indices is cheaper.
        # The threshold keeps the draws identical to the reference.
        threshold = 21
        if k > 5:
            threshold += 4 ** _math.ceil(_log(k * 3, 4))
        if size <= threshold:
            return _sample_by_pool(self, population, size, k)
        return _sample_by_rejection(self, population, size, k)

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """A list of k elements of population picked with replacement,
        uniformly or in proportion to weights (or cumulative weights)."""
        draw = self.random
        size = len(population)
        if cum_weights is None and weights is None:
            scale = size + 0.0
            return [population[_floor(draw() * scale)]
                    for _ in _repeat(None, k)]
        if cum_weights is None:
            try:
                cum_weights = list(_accumulate(weights))
            except TypeError:
                # choices(pop, 3) most likely meant k=3: say so.
                if isinstance(weights, int):
                    raise TypeError('The number of choices must be a '
                                    'keyword argument: k=%r'
                                    % (weights,)) from None
                raise
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative '
                            'weights')
        if len(cum_weights) != size:
            raise ValueError('The number of weights does not match the '
                             'population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _math.isfinite(total):
            raise ValueError('Total of weights must be finite')
        top = size - 1
        return [population[_bisect(cum_weights, draw() * total, 0, top)]
                for _ in _repeat(None, k)]

    # -- continuous distributions ---------------------------------------
    # Each formula below is evaluated in the reference's operation order:
    # changing it would change the last bits of the results.

    def uniform(self, a, b):
        """A float from a to b."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """A float in [low, high] from the triangular distribution whose
        peak is at mode (by default halfway)."""
        u = self.random()
        try:
            peak = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > peak:
            # Mirror the draw so the same formula serves the right slope.
            u, peak = 1.0 - u, 1.0 - peak
            low, high = high, low
        return low + (high - low) * _sqrt(u * peak)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """A normal deviate with mean mu and standard deviation sigma,
        from the ratio-of-uniforms method (thread safe)."""
        draw = self.random
        while True:
            a = draw()
            b = 1.0 - draw()
            ratio = NV_MAGICCONST * (a - 0.5) / b
            if ratio * ratio / 4.0 <= -_log(b):
                return mu + ratio * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """A normal deviate with mean mu and standard deviation sigma.
        Each pair of uniforms yields two deviates and the spare waits in
        gauss_next for the next call, which is why concurrent callers need
        a lock (normalvariate does not)."""
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            draw = self.random
            angle = draw() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - draw()))
            z = _cos(angle) * radius
            self.gauss_next = _math.sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """exp() of a normal deviate with mean mu and deviation sigma."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """An exponential deviate with rate lambd (mean 1/lambd)."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """An angle in [0, 2*pi) around mu with concentration kappa (a
        kappa near zero gives a uniform angle); Best-Fisher rejection."""
        draw = self.random
        if kappa <= 1e-6:
            return TWOPI * draw()
        half = 0.5 / kappa
        rho = half + _sqrt(1.0 + half * half)
        while True:
            c = _cos(_math.pi * draw())
            d = c / (rho + c)
            u = draw()
            if u < 1.0 - d * d or u <= (1.0 - d) * _exp(d):
                break
        inv = 1.0 / rho
        offset = _acos((inv + c) / (1.0 + inv * c))
        if draw() > 0.5:
            return (mu + offset) % TWOPI
        return (mu - offset) % TWOPI

    def gammavariate(self, alpha, beta):
        """A gamma deviate with shape alpha > 0 and scale beta > 0."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        if alpha > 1.0:
            return _gamma_cheng(self, alpha) * beta
        if alpha == 1.0:
            # Shape 1 is the exponential distribution.
            return -_log(1.0 - self.random()) * beta
        return _gamma_small(self, alpha) * beta

    def betavariate(self, alpha, beta):
        """A beta deviate in [0, 1] (alpha, beta > 0), as the ratio of two
        gamma deviates."""
        g = self.gammavariate(alpha, 1.0)
        if not g:
            return 0.0
        return g / (g + self.gammavariate(beta, 1.0))

    def paretovariate(self, alpha):
        """A Pareto deviate with shape alpha."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """A Weibull deviate with scale alpha and shape beta."""
        return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)


def _sample_counted(rng, population, size, counts, k):
    # Sample positions in the expanded multiset, then map each one
    # back to its element through the running totals.
    bounds = list(_accumulate(counts))
    if len(bounds) != size:
        raise ValueError('The number of counts does not match the '
                         'population')
    total = bounds.pop()
    if not isinstance(total, int):
        raise TypeError('Counts must be integers')
    if total <= 0:
        raise ValueError('Total of counts must be greater than zero')
    picks = rng.sample(range(total), k=k)
    return [population[_bisect(bounds, p)] for p in picks]


def _sample_by_pool(rng, population, size, k):
    below = rng._randbelow
    pool = list(population)
    picked = []
    for taken in range(k):
        remaining = size - taken
        j = below(remaining)
        picked.append(pool[j])
        # Fill the hole with the last live element.
        pool[j] = pool[remaining - 1]
    return picked


def _sample_by_rejection(rng, population, size, k):
    below = rng._randbelow
    seen = set()
    picked = []
    while len(picked) < k:
        j = below(size)
        while j in seen:
            j = below(size)
        seen.add(j)
        picked.append(population[j])
    return picked


def _gamma_cheng(rng, alpha):
    # Cheng's rejection method for shape above 1 (unit scale).
    draw = rng.random
    spread = _sqrt(2.0 * alpha - 1.0)
    shift = alpha - LOG4
    slope = alpha + spread
    while True:
        u = draw()
        if not 1e-7 < u < 0.9999999:
            continue
        w = 1.0 - draw()
        v = _log(u / (1.0 - u)) / spread
        x = alpha * _exp(v)
        z = u * u * w
        t = shift + slope * v - x
        if t + SG_MAGICCONST - 4.5 * z >= 0.0 or t >= _log(z):
            return x


def _gamma_small(rng, alpha):
    # Rejection from a mixture of a power law and an exponential for
    # shape below 1 (unit scale).
    draw = rng.random
    while True:
        bound = (_math.e + alpha) / _math.e
        p = bound * draw()
        if p <= 1.0:
            x = p ** (1.0 / alpha)
            accept = _exp(-x)
        else:
            x = -_log((bound - p) / alpha)
            accept = None
        u = draw()
        if accept is None:
            if u <= x ** (alpha - 1.0):
                return x
        elif u <= accept:
            return x


def _no_state(self, *args, **kwds):
    "SystemRandom keeps no state to save or restore."
    raise NotImplementedError('System entropy source does not have state.')


class SystemRandom(Random):
    """Random numbers read from the operating system's entropy source.
    There is no state: seed() is ignored, getstate()/setstate() refuse."""

    def random(self):
        """A float in [0, 1) carrying 53 random bits."""
        return (int.from_bytes(_urandom(7), 'big') >> 3) * RECIP_BPF

    def getrandbits(self, k):
        """A non-negative int of k random bits."""
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        nbytes = (k + 7) // 8
        return int.from_bytes(_urandom(nbytes), 'big') >> (nbytes * 8 - k)

    def randbytes(self, n):
        """n bytes straight from the entropy source."""
        return _urandom(n)

    def seed(self, *args, **kwds):
        "Ignored: the entropy source cannot be seeded."
        return None

    getstate = setstate = _no_state
    _notimplemented = _no_state


# One shared generator behind the module-level functions.
_inst = Random()
for _name in ("seed", "random", "uniform", "triangular", "randint", "choice",
              "randrange", "sample", "shuffle", "choices", "normalvariate",
              "lognormvariate", "expovariate", "vonmisesvariate",
              "gammavariate", "gauss", "betavariate", "paretovariate",
              "weibullvariate", "getstate", "setstate", "getrandbits",
              "randbytes"):
    globals()[_name] = getattr(_inst, _name)
del _name
