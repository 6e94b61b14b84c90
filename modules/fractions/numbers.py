"""The numeric tower: abstract base classes that numeric types declare
themselves members of (Number > Complex > Real > Rational > Integral).

Each level names the operations its members provide; the few that can be
expressed through the others are given here as concrete mixin methods.
"""

from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


def _abstract_property(doc):
    """A read-only property that concrete subclasses must provide."""
    def missing(self):
        raise NotImplementedError
    missing.__doc__ = doc
    return property(abstractmethod(missing))


class Number(metaclass=ABCMeta):
    """The root of the tower: isinstance(x, Number) says x is a number."""
    __slots__ = ()

    # A number that does not define its own hash is not hashable.
    __hash__ = None


class Complex(Number):
    """Numbers with the operations of the built-in complex type."""

    __slots__ = ()

    @abstractmethod
    def __complex__(self):
        """The value as a built-in complex."""

    def __bool__(self):
        """A number is true when it is not zero."""
        return self != 0

    real = _abstract_property("The real part.")
    imag = _abstract_property("The imaginary part.")

    @abstractmethod
    def __add__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __radd__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __neg__(self):
        raise NotImplementedError

    @abstractmethod
    def __pos__(self):
        raise NotImplementedError

    def __sub__(self, other):
        """self - other, through addition and negation."""
        return self + -other

    def __rsub__(self, other):
        """other - self, through addition and negation."""
        return -self + other

    @abstractmethod
    def __mul__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rmul__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __truediv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rtruediv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __pow__(self, exponent):
        raise NotImplementedError

    @abstractmethod
    def __rpow__(self, base):
        raise NotImplementedError

    @abstractmethod
    def __abs__(self):
        raise NotImplementedError

    @abstractmethod
    def conjugate(self):
        """The complex conjugate."""
        raise NotImplementedError

    @abstractmethod
    def __eq__(self, other):
        raise NotImplementedError


Complex.register(complex)


class Real(Complex):
    """Complex numbers with no imaginary part, ordered, with the
    operations of the built-in float."""

    __slots__ = ()

    @abstractmethod
    def __float__(self):
        """The value as a built-in float."""
        raise NotImplementedError

    @abstractmethod
    def __trunc__(self):
        """The integer closest to the value, towards zero."""
        raise NotImplementedError

    @abstractmethod
    def __floor__(self):
        """The largest integer not above the value."""
        raise NotImplementedError

    @abstractmethod
    def __ceil__(self):
        """The smallest integer not below the value."""
        raise NotImplementedError

    @abstractmethod
    def __round__(self, ndigits=None):
        """The value rounded half to even, to an integer when ndigits is
        None."""
        raise NotImplementedError

    def __divmod__(self, other):
        """(self // other, self % other)."""
        return (self // other, self % other)

    def __rdivmod__(self, other):
        """(other // self, other % self)."""
        return (other // self, other % self)

    @abstractmethod
    def __floordiv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rfloordiv__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __mod__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rmod__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __lt__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __le__(self, other):
        raise NotImplementedError

    def __complex__(self):
        """A real number is a complex one with no imaginary part."""
        return complex(float(self))

    @property
    def real(self):
        """A real number is its own real part."""
        return +self

    @property
    def imag(self):
        """A real number has no imaginary part."""
        return 0

    def conjugate(self):
        """A real number is its own conjugate."""
        return +self


Real.register(float)


class Rational(Real):
    """Real numbers that are the ratio of two integers, kept in lowest
    terms with a positive denominator."""

    __slots__ = ()

    numerator = _abstract_property("The numerator, in lowest terms.")
    denominator = _abstract_property("The denominator, positive, in lowest terms.")

    def __float__(self):
        """The ratio, correctly rounded to a float."""
        return int(self.numerator) / int(self.denominator)


class Integral(Rational):
    """Rational numbers whose denominator is 1, with the bitwise
    operations of the built-in int."""

    __slots__ = ()

    @abstractmethod
    def __int__(self):
        """The value as a built-in int."""
        raise NotImplementedError

    def __index__(self):
        """The value as an index, which is the value as an int."""
        return int(self)

    @abstractmethod
    def __pow__(self, exponent, modulus=None):
        """self ** exponent, or pow(self, exponent, modulus)."""
        raise NotImplementedError

    @abstractmethod
    def __lshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rlshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rrshift__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __and__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rand__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __xor__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __rxor__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __or__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __ror__(self, other):
        raise NotImplementedError

    @abstractmethod
    def __invert__(self):
        raise NotImplementedError

    def __float__(self):
        """The value as a float."""
        return float(int(self))

    @property
    def numerator(self):
        """An integer is its own numerator."""
        return +self

    @property
    def denominator(self):
        """An integer's denominator is 1."""
        return 1


Integral.register(int)
