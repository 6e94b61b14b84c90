"""Rational numbers of unlimited precision: Fraction."""

import math
import numbers
import operator
import sys

__all__ = ["Fraction"]

_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf


def _decimal_class():
    # The decimal module is only consulted when a program has imported
    # it: before that, no value can be a Decimal.
    mod = sys.modules.get("decimal")
    return getattr(mod, "Decimal", None) if mod is not None else None


def _digits(text, i):
    """The end of the run of decimal digits starting at text[i], where
    single underscores may separate digits; i when there is none."""
    n = len(text)
    j = i
    while j < n and text[j].isdecimal():
        j += 1
    if j == i:
        return i
    while j + 1 < n and text[j] == "_" and text[j + 1].isdecimal():
        j += 2
        while j < n and text[j].isdecimal():
            j += 1
    return j


def _parse(literal):
    """(numerator, denominator) for a string such as '3/4', '-1.5e3' or
    ' .5 ', or None when the string is not such a literal."""
    text = literal.strip()
    n = len(text)
    i = 0
    negative = False
    if i < n and text[i] in "+-":
        negative = text[i] == "-"
        i += 1
    if not (i < n and (text[i].isdecimal() or
                       (text[i] == "." and i + 1 < n and text[i + 1].isdecimal()))):
        return None
    j = _digits(text, i)
    numerator = int(text[i:j] or "0")
    denominator = 1
    i = j
    if i < n and text[i] == "/":
        j = _digits(text, i + 1)
        if j == i + 1:
            return None
        denominator = int(text[i + 1:j])
        i = j
    else:
        if i < n and text[i] == ".":
            i += 1
            if i < n and text[i] in "dD":
                # A run of the letter d is accepted here and then fails
                # to convert, as CPython 3.11's literal pattern does.
                j = i
                while j < n and text[j] in "dD":
                    j += 1
            else:
                j = _digits(text, i)
            fraction = text[i:j]
            i = j
            if fraction:
                fraction = fraction.replace("_", "")
                scale = 10 ** len(fraction)
                numerator = numerator * scale + int(fraction)
                denominator *= scale
        if i < n and text[i] in "eE":
            k = i + 1
            if k < n and text[k] in "+-":
                k += 1
            j = _digits(text, k)
            if j == k:
                return None
            exponent = int(text[i + 1:j])
            i = j
            if exponent >= 0:
                numerator *= 10 ** exponent
            else:
                denominator *= 10 ** -exponent
    if i != n:
        return None
    if negative:
        numerator = -numerator
    return numerator, denominator


def _one_argument(value):
    """(numerator, denominator, already_reduced) for Fraction(value)."""
    if type(value) is int:
        return value, 1, True
    if isinstance(value, numbers.Rational):
        return value.numerator, value.denominator, True
    exact = isinstance(value, float)
    if not exact:
        decimal_type = _decimal_class()
        exact = decimal_type is not None and isinstance(value, decimal_type)
    if exact:
        # Both give their exact ratio in lowest terms.
        top, bottom = value.as_integer_ratio()
        return top, bottom, True
    if not isinstance(value, str):
        raise TypeError("argument should be a string or a Rational instance")
    parsed = _parse(value)
    if parsed is None:
        raise ValueError("Invalid literal for Fraction: %r" % value)
    return parsed[0], parsed[1], False


def _two_arguments(top, bottom):
    """Fraction(top, bottom) as an unreduced pair of ints."""
    if type(top) is int and type(bottom) is int:
        return top, bottom
    rationals = (isinstance(top, numbers.Rational)
                 and isinstance(bottom, numbers.Rational))
    if not rationals:
        raise TypeError("both arguments should be Rational instances")
    # (a/b) / (c/d) == (a*d) / (c*b)
    return (top.numerator * bottom.denominator,
            bottom.numerator * top.denominator)


def _lowest_terms(top, bottom):
    """Divide out the common factor, leaving the denominator positive."""
    common = math.gcd(top, bottom)
    if bottom < 0:
        common = -common
    return top // common, bottom // common


def _toward_zero(top, bottom):
    """top / bottom rounded towards zero, for bottom > 0."""
    whole = abs(top) // bottom
    return whole if top >= 0 else -whole


def _same_denominator(value, top):
    """A Fraction with numerator top over value's (positive) denominator,
    which is in lowest terms when value is."""
    return Fraction(top, value._denominator, _normalize=False)


class Fraction(numbers.Rational):
    """A rational number numerator/denominator, kept in lowest terms with
    a positive denominator.

    Fraction(n, d) takes two Rationals; Fraction(x) takes a Rational, a
    float, a Decimal or a string such as '3/4' or '-1.25e-2'.
    """

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        if denominator is None:
            top, bottom, checked = _one_argument(numerator)
        else:
            top, bottom = _two_arguments(numerator, denominator)
            checked = False
        if not checked:
            if bottom == 0:
                raise ZeroDivisionError("Fraction(%s, 0)" % top)
            if _normalize:
                top, bottom = _lowest_terms(top, bottom)
        self = super().__new__(cls)
        self._numerator, self._denominator = top, bottom
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of the float f (an int is accepted too)."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of the Decimal dec (an int is accepted too)."""
        from decimal import Decimal
        if isinstance(dec, numbers.Integral):
            dec = Decimal(int(dec))
        elif not isinstance(dec, Decimal):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """(numerator, denominator), the denominator positive."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The Fraction nearest to self whose denominator is at most
        max_denominator (the smaller denominator on a tie)."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction's convergents p/q until the next
        # one's denominator would be too large; the answer is the last
        # convergent or the best semiconvergent after it.
        p_prev, q_prev, p_last, q_last = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q_next = q_prev + a * q_last
            if q_next > max_denominator:
                break
            p_prev, q_prev, p_last, q_last = p_last, q_last, p_prev + a * p_last, q_next
            n, d = d, n - a * d
        k = (max_denominator - q_prev) // q_last
        semi = Fraction(p_prev + k * p_last, q_prev + k * q_last)
        conv = Fraction(p_last, q_last)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    # Read-only views of the two slots.
    numerator = property(lambda self: self._numerator)
    denominator = property(lambda self: self._denominator)

    def __repr__(self):
        return "%s(%s, %s)" % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    # Binary operators. Each is defined once on two Fractions (ints are
    # made Fractions); with a float the operation is done in floats, with
    # a complex in complex numbers, as mixed arithmetic does for the
    # built-in types. Anything else gets NotImplemented.

    def _pair(rational_op, float_op):
        def forward(a, b):
            if isinstance(b, Fraction):
                return rational_op(a, b)
            if isinstance(b, int):
                return rational_op(a, Fraction(b))
            if isinstance(b, float):
                return float_op(float(a), b)
            if isinstance(b, complex):
                return float_op(complex(a), b)
            return NotImplemented

        def reverse(b, a):
            if isinstance(a, numbers.Rational):
                return rational_op(Fraction(a), b)
            if isinstance(a, numbers.Real):
                return float_op(float(a), float(b))
            if isinstance(a, numbers.Complex):
                return float_op(complex(a), complex(b))
            return NotImplemented

        name = float_op.__name__
        forward.__name__ = "__%s__" % name
        reverse.__name__ = "__r%s__" % name
        forward.__qualname__ = "Fraction." + forward.__name__
        reverse.__qualname__ = "Fraction." + reverse.__name__
        forward.__doc__ = rational_op.__doc__
        reverse.__doc__ = rational_op.__doc__
        return forward, reverse

    def _add(a, b):
        """a + b"""
        return Fraction(a._numerator * b._denominator + b._numerator * a._denominator,
                        a._denominator * b._denominator)

    __add__, __radd__ = _pair(_add, operator.add)

    def _sub(a, b):
        """a - b"""
        return Fraction(a._numerator * b._denominator - b._numerator * a._denominator,
                        a._denominator * b._denominator)

    __sub__, __rsub__ = _pair(_sub, operator.sub)

    def _mul(a, b):
        """a * b"""
        return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)

    __mul__, __rmul__ = _pair(_mul, operator.mul)

    def _div(a, b):
        """a / b"""
        # Cancel common factors first: a zero divisor is then reported
        # with the reduced numerator, as Fraction(sign, 0).
        na, da = a._numerator, a._denominator
        nb, db = b._numerator, b._denominator
        g = math.gcd(na, nb)
        if g > 1:
            na //= g
            nb //= g
        g = math.gcd(db, da)
        if g > 1:
            da //= g
            db //= g
        n, d = na * db, nb * da
        if d < 0:
            n, d = -n, -d
        return Fraction(n, d, _normalize=False)

    __truediv__, __rtruediv__ = _pair(_div, operator.truediv)

    def _floordiv(a, b):
        """a // b"""
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    __floordiv__, __rfloordiv__ = _pair(_floordiv, operator.floordiv)

    def _divmod(a, b):
        """(a // b, a % b)"""
        quotient, rest = divmod(a.numerator * b.denominator, a.denominator * b.numerator)
        return quotient, Fraction(rest, a.denominator * b.denominator)

    __divmod__, __rdivmod__ = _pair(_divmod, divmod)

    def _mod(a, b):
        """a % b"""
        return Fraction((a.numerator * b.denominator) % (b.numerator * a.denominator),
                        a.denominator * b.denominator)

    __mod__, __rmod__ = _pair(_mod, operator.mod)

    del _pair

    def __pow__(a, b):
        """a ** b: a Fraction for an integral exponent, otherwise a float
        (or a complex) since roots are generally irrational."""
        if isinstance(b, numbers.Rational):
            if b.denominator != 1:
                return float(a) ** float(b)
            power = b.numerator
            if power >= 0:
                return Fraction(a._numerator ** power, a._denominator ** power, _normalize=False)
            if a._numerator >= 0:
                return Fraction(a._denominator ** -power, a._numerator ** -power, _normalize=False)
            return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power,
                            _normalize=False)
        return float(a) ** b

    def __rpow__(b, a):
        """a ** b"""
        natural = b._denominator == 1 and b._numerator >= 0
        if isinstance(a, numbers.Rational) and not natural:
            # Negative or fractional powers of a rational go through
            # Fraction.__pow__, which knows when the result stays exact.
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    # The unary operators keep the denominator, so no reduction is due.

    def __pos__(a):
        """+a: the same value, as a Fraction."""
        return _same_denominator(a, a._numerator)

    def __neg__(a):
        """-a"""
        return _same_denominator(a, -a._numerator)

    def __abs__(a):
        """abs(a)"""
        return _same_denominator(a, abs(a._numerator))

    def __int__(a, _index=operator.index):
        """int(a), truncating towards zero."""
        return _index(_toward_zero(a._numerator, a._denominator))

    def __trunc__(a):
        """math.trunc(a)"""
        return _toward_zero(a._numerator, a._denominator)

    def __floor__(a):
        """math.floor(a)"""
        quotient, _ = divmod(a.numerator, a.denominator)
        return quotient

    def __ceil__(a):
        """math.ceil(a)"""
        quotient, remainder = divmod(a.numerator, a.denominator)
        return quotient + 1 if remainder else quotient

    def __round__(self, ndigits=None):
        """round(self) gives the nearest int, ties to the even one;
        round(self, ndigits) the nearest multiple of 10**-ndigits, as a
        Fraction."""
        if ndigits is None:
            whole, rest = divmod(self.numerator, self.denominator)
            twice = rest * 2
            if twice < self.denominator:
                return whole
            if twice > self.denominator:
                return whole + 1
            return whole if whole % 2 == 0 else whole + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        """The hash every equal number has: n * inverse(d) modulo the
        hash modulus, where d has an inverse; otherwise the hash of an
        infinity, as floats of that size would get."""
        try:
            inverse = pow(self._denominator, -1, _MODULUS)
        except ValueError:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * inverse)
        if self._numerator < 0:
            h = -h
        return -2 if h == -1 else h

    def __eq__(a, b):
        """a == b"""
        if isinstance(b, numbers.Rational):
            # Both sides are in lowest terms, so the parts must match.
            return (a._numerator, a._denominator) == (b.numerator, b.denominator)
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if not isinstance(b, float):
            return NotImplemented
        if math.isfinite(b):
            return a == a.from_float(b)
        # A finite value equals no NaN or infinity.
        return 0.0 == b

    def _compare(self, other, op):
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        """a < b"""
        return a._compare(b, operator.lt)

    def __gt__(a, b):
        """a > b"""
        return a._compare(b, operator.gt)

    def __le__(a, b):
        """a <= b"""
        return a._compare(b, operator.le)

    def __ge__(a, b):
        """a >= b"""
        return a._compare(b, operator.ge)

    def __bool__(a):
        """a != 0"""
        return a._numerator != 0

    def __reduce__(self):
        return type(self), (self._numerator, self._denominator)

    def __copy__(self):
        # A Fraction is immutable and may be shared; an instance of a
        # subclass may carry more state, so it gets a new object.
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        return Fraction.__copy__(self)
