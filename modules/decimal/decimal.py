"""Decimal floating point arithmetic: the General Decimal Arithmetic
specification as Python's decimal module offers it.

A Decimal is a sign, an integer coefficient and a power-of-ten exponent
(or an infinity or a NaN). Every operation computes its exact result (or
enough digits of it plus a sticky digit) with Python ints and then rounds
once to the context's precision, recording the conditions that occurred
in the context's flags and raising those the context traps.
"""

import math as _math
import numbers as _numbers
import sys as _sys
from collections import namedtuple as _namedtuple
import contextvars as _contextvars

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

__all__ = [
    "Decimal", "Context", "DecimalTuple", "DefaultContext", "BasicContext",
    "ExtendedContext", "DecimalException", "Clamped", "InvalidOperation",
    "DivisionByZero", "Inexact", "Rounded", "Subnormal", "Overflow",
    "Underflow", "FloatOperation", "DivisionImpossible", "InvalidContext",
    "ConversionSyntax", "DivisionUndefined", "ROUND_DOWN", "ROUND_HALF_UP",
    "ROUND_HALF_EVEN", "ROUND_CEILING", "ROUND_FLOOR", "ROUND_UP",
    "ROUND_HALF_DOWN", "ROUND_05UP", "setcontext", "getcontext",
    "localcontext", "MAX_PREC", "MAX_EMAX", "MIN_EMIN", "MIN_ETINY",
    "HAVE_THREADS", "HAVE_CONTEXTVAR",
]

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"
_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN, ROUND_HALF_UP,
              ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

try:
    from _gilpy_decimal import set_c_type_name as _c_name
except ImportError:  # pragma: no cover - the hook is always there
    def _c_name(cls, name):
        pass


# ---------------------------------------------------------------------
# Signals.

class DecimalException(ArithmeticError):
    """The base class of the decimal signals."""


class Clamped(DecimalException):
    """An exponent was changed to fit the context's limits."""


class InvalidOperation(DecimalException):
    """An operation has no meaningful result (a NaN when not trapped)."""


class ConversionSyntax(InvalidOperation):
    """A string is not a number's representation."""


class DivisionByZero(DecimalException, ZeroDivisionError):
    """A finite non-zero number was divided by zero."""


class DivisionImpossible(InvalidOperation):
    """An integer quotient has more digits than the precision."""


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero was divided by zero."""


class Inexact(DecimalException):
    """Digits other than zeros were lost in rounding."""


class InvalidContext(InvalidOperation):
    """The context was invalid."""


class Rounded(DecimalException):
    """Digits (possibly zeros) were dropped in rounding."""


class Subnormal(DecimalException):
    """The result's exponent is below Emin before rounding."""


class Overflow(Inexact, Rounded):
    """The result's exponent is above Emax after rounding."""


class Underflow(Inexact, Rounded, Subnormal):
    """A subnormal result was rounded inexactly."""


class FloatOperation(DecimalException, TypeError):
    """A float was mixed with Decimals (in construction or ordering)."""


# Conditions are bits; each belongs to one signal. The bit order is the
# order in which a context's repr lists its flags and traps.
_CLAMPED = 0x1
_CONVERSION = 0x2
_DIVZERO = 0x4
_IMPOSSIBLE = 0x8
_UNDEFINED = 0x10
_INEXACT = 0x40
_INVALID_CONTEXT = 0x80
_INVALID = 0x100
_FLOATOP = 0x400
_OVERFLOW = 0x800
_ROUNDED = 0x1000
_SUBNORMAL = 0x2000
_UNDERFLOW = 0x4000
_INVALID_GROUP = _CONVERSION | _IMPOSSIBLE | _UNDEFINED | _INVALID_CONTEXT | _INVALID

# The signals, in the order flags and traps iterate and in which the
# signal to raise is chosen when several trapped ones occur.
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow,
            Subnormal, Inexact, Rounded, Clamped)
_SIGNAL_BITS = {InvalidOperation: _INVALID_GROUP, FloatOperation: _FLOATOP,
                DivisionByZero: _DIVZERO, Overflow: _OVERFLOW, Underflow: _UNDERFLOW,
                Subnormal: _SUBNORMAL, Inexact: _INEXACT, Rounded: _ROUNDED,
                Clamped: _CLAMPED}
# The conditions an exception's argument lists, in its order.
_CONDITIONS = ((_INVALID, InvalidOperation), (_CONVERSION, ConversionSyntax),
               (_IMPOSSIBLE, DivisionImpossible), (_UNDEFINED, DivisionUndefined),
               (_INVALID_CONTEXT, InvalidContext), (_FLOATOP, FloatOperation),
               (_DIVZERO, DivisionByZero), (_OVERFLOW, Overflow), (_UNDERFLOW, Underflow),
               (_SUBNORMAL, Subnormal), (_INEXACT, Inexact), (_ROUNDED, Rounded),
               (_CLAMPED, Clamped))
_REPR_ORDER = ((_CLAMPED, "Clamped"), (_INVALID_GROUP, "InvalidOperation"),
               (_DIVZERO, "DivisionByZero"), (_INEXACT, "Inexact"),
               (_FLOATOP, "FloatOperation"), (_OVERFLOW, "Overflow"),
               (_ROUNDED, "Rounded"), (_SUBNORMAL, "Subnormal"), (_UNDERFLOW, "Underflow"))

_SIGNALS_MESSAGE = ("valid values for signals are:\n"
                    "  [InvalidOperation, FloatOperation, DivisionByZero,\n"
                    "   Overflow, Underflow, Subnormal, Inexact, Rounded,\n"
                    "   Clamped]")


from collections.abc import MutableMapping as _MutableMapping


class _SignalDict(_MutableMapping):
    """A context's flags or traps: a bool for each signal, kept as bits."""

    __slots__ = ("_bits",)

    def __init__(self, bits=0):
        self._bits = bits

    def _signal_bits(self, key):
        try:
            return _SIGNAL_BITS[key]
        except (KeyError, TypeError):
            raise KeyError(_SIGNALS_MESSAGE) from None

    def __getitem__(self, key):
        return bool(self._bits & self._signal_bits(key))

    def __setitem__(self, key, value):
        bits = self._signal_bits(key)
        if value:
            self._bits |= bits
        else:
            self._bits &= ~bits

    def __delitem__(self, key):
        raise ValueError("signal keys cannot be deleted")

    def __iter__(self):
        return iter(_SIGNALS)

    def __len__(self):
        return len(_SIGNALS)

    def __repr__(self):
        return "{" + ", ".join("%r:%s" % (s, bool(self._bits & _SIGNAL_BITS[s]))
                               for s in _SIGNALS) + "}"

    def copy(self):
        return {s: bool(self._bits & _SIGNAL_BITS[s]) for s in _SIGNALS}


_SignalDict.__name__ = _SignalDict.__qualname__ = "SignalDict"


def _signal_bits_from(value, what):
    """The bits of a list of signals or of a dict of them (a Context's
    flags or traps argument)."""
    if isinstance(value, _SignalDict):
        return value._bits
    if isinstance(value, dict):
        if len(value) != len(_SIGNALS) or any(k not in _SIGNAL_BITS for k in value):
            raise KeyError("invalid signal dict")
        bits = 0
        for k, v in value.items():
            if v:
                bits |= _SIGNAL_BITS[k]
        return bits
    bits = 0
    for s in value:
        try:
            bits |= _SIGNAL_BITS[s]
        except (KeyError, TypeError):
            raise KeyError(_SIGNALS_MESSAGE) from None
    return bits


# ---------------------------------------------------------------------
# Contexts.

def _checked_int(value):
    if not isinstance(value, int):
        raise TypeError("an integer is required")
    return int(value)


def _int_field(slot, lo, hi, message):
    """A Context attribute holding an int in [lo, hi], kept in `slot`."""
    def get(self):
        return getattr(self, slot)

    def set(self, value):
        value = _checked_int(value)
        if not lo <= value <= hi:
            raise ValueError(message)
        setattr(self, slot, value)
    return property(get, set)


def _signals_field(slot, what):
    """A Context attribute that is a _SignalDict kept in `slot`; assigning a
    mapping or a list of signals replaces which signals it holds."""
    def set(self, value):
        getattr(self, slot)._bits = _signal_bits_from(value, what)
    return property(lambda self: getattr(self, slot), set)


# The attributes of a Context, in the order its constructor takes them.
_CONTEXT_FIELDS = ("prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps")


class Context(object):
    """The environment of decimal arithmetic: precision, rounding,
    exponent limits, how exponents print, clamping, and which conditions
    have occurred (flags) and which raise (traps)."""

    __slots__ = ("_prec", "_rounding", "_emin", "_emax", "_capitals", "_clamp",
                 "_flags", "_traps")

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        base = DefaultContext if "DefaultContext" in globals() else None
        self._prec = 28
        self._rounding = ROUND_HALF_EVEN
        self._emin = -999999
        self._emax = 999999
        self._capitals = 1
        self._clamp = 0
        self._flags = _SignalDict(0)
        self._traps = _SignalDict(_INVALID_GROUP | _DIVZERO | _OVERFLOW)
        if base is not None:
            self._prec, self._rounding = base._prec, base._rounding
            self._emin, self._emax = base._emin, base._emax
            self._capitals, self._clamp = base._capitals, base._clamp
            self._traps._bits = base._traps._bits
        given = (prec, rounding, Emin, Emax, capitals, clamp, flags, traps)
        for name, value in zip(_CONTEXT_FIELDS, given):
            if value is not None:
                setattr(self, name, value)

    prec = _int_field("_prec", 1, MAX_PREC, "valid range for prec is [1, MAX_PREC]")

    @property
    def rounding(self):
        return self._rounding

    @rounding.setter
    def rounding(self, value):
        if value not in _ROUNDINGS or type(value) is not str:
            raise TypeError("valid values for rounding are:\n"
                            "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                            "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                            "   ROUND_05UP]")
        self._rounding = _ROUNDINGS[_ROUNDINGS.index(value)]

    Emin = _int_field("_emin", MIN_EMIN, 0, "valid range for Emin is [MIN_EMIN, 0]")
    Emax = _int_field("_emax", 0, MAX_EMAX, "valid range for Emax is [0, MAX_EMAX]")
    capitals = _int_field("_capitals", 0, 1, "valid values for capitals are 0 or 1")
    clamp = _int_field("_clamp", 0, 1, "valid values for clamp are 0 or 1")
    flags = _signals_field("_flags", "flags")
    traps = _signals_field("_traps", "traps")

    def Etiny(self):
        """The smallest exponent of a subnormal result: Emin - prec + 1."""
        return self._emin - self._prec + 1

    def Etop(self):
        """The largest exponent of a result when clamping: Emax - prec + 1."""
        return self._emax - self._prec + 1

    def radix(self):
        return Decimal(10)

    def clear_flags(self):
        """Reset every flag."""
        self._flags._bits = 0

    def clear_traps(self):
        """Trap nothing."""
        self._traps._bits = 0

    def copy(self):
        """A copy of the context, flags and traps included."""
        c = Context.__new__(Context)
        c._prec, c._rounding = self._prec, self._rounding
        c._emin, c._emax = self._emin, self._emax
        c._capitals, c._clamp = self._capitals, self._clamp
        c._flags = _SignalDict(self._flags._bits)
        c._traps = _SignalDict(self._traps._bits)
        return c

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()

    def __reduce__(self):
        flags = [s for s in _SIGNALS if self._flags._bits & _SIGNAL_BITS[s]]
        traps = [s for s in _SIGNALS if self._traps._bits & _SIGNAL_BITS[s]]
        return (self.__class__, (self._prec, self._rounding, self._emin, self._emax,
                                 self._capitals, self._clamp, flags, traps))

    def __repr__(self):
        def names(bits):
            return ", ".join(name for bit, name in _REPR_ORDER if bits & bit)
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, "
                "flags=[%s], traps=[%s])" % (self._prec, self._rounding, self._emin,
                                             self._emax, self._capitals, self._clamp,
                                             names(self._flags._bits), names(self._traps._bits)))

    def _signal(self, status):
        """Record the conditions in status and raise the first trapped
        one's signal, its argument listing every trapped condition."""
        if not status:
            return
        self._flags._bits |= status
        trapped = status & self._traps._bits
        if not trapped:
            return
        for s in _SIGNALS:
            if trapped & _SIGNAL_BITS[s]:
                raise s([cls for bit, cls in _CONDITIONS if trapped & bit])

    def _apply(self, a):
        return _dec(a, self, "_apply")._plus(self)

    def create_decimal(self, num="0"):
        """num as a Decimal rounded to this context. Unlike Decimal(),
        a string may have neither surrounding spaces nor underscores,
        and a NaN whose payload does not fit is a conversion error."""
        st = [0]
        if isinstance(num, str):
            if num != num.strip() or "_" in num:
                d = _nan_result(st, _CONVERSION)
            else:
                d = _from_string(num, st, self)
        else:
            d = Decimal(num, self)
        if d._kind >= _NAN and d._coef and _ndigits(d._coef) > self._prec - self._clamp:
            d = _nan_result(st, _CONVERSION)
        self._signal(st[0])
        return d._fixed(self)

    def create_decimal_from_float(self, f):
        """The float f as a Decimal rounded to this context."""
        return Decimal.from_float(f)._fixed(self)

    def to_sci_string(self, a):
        return _dec(a, self, "to_sci_string").__str__(self)

    def to_eng_string(self, a):
        return _dec(a, self, "to_eng_string").to_eng_string(self)

    def copy_decimal(self, a):
        return Decimal(_dec(a, self, "copy_decimal"))

    def divmod(self, a, b):
        return _dec(a, self, "divmod")._divmod(_dec(b, self, "divmod"), self)

    def power(self, a, b, modulo=None):
        a = _dec(a, self, "power")
        if modulo is not None:
            modulo = _dec(modulo, self, "power")
        return a._power(_dec(b, self, "power"), modulo, self)

    def __setattr__(self, name, value):
        if name not in Context.__slots__ and name not in _CONTEXT_FIELDS:
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        raise AttributeError("context attributes cannot be deleted")


def _dec(a, context, name):
    """An operand of a Context method: a Decimal or an int."""
    if isinstance(a, Decimal):
        return a
    if isinstance(a, int):
        return Decimal(a)
    raise TypeError("conversion from %s to Decimal is not supported" % type(a).__name__)


# Context methods that are Decimal methods taking context: made once.
def _context_method(name, method, arity):
    if arity == 1:
        def f(self, a):
            return method(_dec(a, self, name), context=self)
    elif arity == 2:
        def f(self, a, b):
            return method(_dec(a, self, name), _dec(b, self, name), context=self)
    else:
        def f(self, a, b, c):
            return method(_dec(a, self, name), _dec(b, self, name), _dec(c, self, name),
                          context=self)
    f.__name__ = name
    f.__qualname__ = "Context." + name
    return f


# ---------------------------------------------------------------------
# The current context, per thread and per task.

_current = _contextvars.ContextVar("decimal_context")


def getcontext():
    """The current context of this thread (or task)."""
    try:
        return _current.get()
    except LookupError:
        ctx = Context()
        _current.set(ctx)
        return ctx


def setcontext(context):
    """Make context the current one (DefaultContext and the other
    templates are copied first, so that they are never changed)."""
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current.set(context)


class _ContextManager(object):
    __slots__ = ("new_context", "saved_context")

    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *args):
        setcontext(self.saved_context)


_ContextManager.__name__ = _ContextManager.__qualname__ = "ContextManager"
_c_name(_ContextManager, "decimal.ContextManager")


def localcontext(ctx=None, **kwargs):
    """A context manager that makes a copy of ctx (the current context by
    default), with kwargs' attributes set, current inside its block."""
    if ctx is None:
        ctx = getcontext()
    new = ctx.copy()
    for key, value in kwargs.items():
        if key not in ("prec", "rounding", "Emin", "Emax", "capitals", "clamp",
                       "flags", "traps"):
            raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        setattr(new, key, value)
    return _ContextManager(new)


# ---------------------------------------------------------------------
# Rounding and finishing a result.

def _ndigits(n):
    """The number of decimal digits of the non-negative int n (1 for 0)."""
    return len(str(n)) if n else 1


def _increment(sign, quotient, rest, half_cmp, rounding):
    """Whether rounding quotient (with a dropped part rest, whose
    comparison with half a unit is half_cmp) goes away from zero."""
    if not rest:
        return False
    if rounding == ROUND_HALF_EVEN:
        return half_cmp > 0 or (half_cmp == 0 and quotient & 1)
    if rounding == ROUND_HALF_UP:
        return half_cmp >= 0
    if rounding == ROUND_HALF_DOWN:
        return half_cmp > 0
    if rounding == ROUND_DOWN:
        return False
    if rounding == ROUND_UP:
        return True
    if rounding == ROUND_CEILING:
        return sign == 0
    if rounding == ROUND_FLOOR:
        return sign == 1
    return quotient % 5 == 0  # ROUND_05UP


def _drop_digits(sign, coef, drop, rounding):
    """coef without its drop lowest digits, rounded: (coefficient,
    whether non-zero digits were lost)."""
    if drop <= 0:
        return coef * 10 ** -drop, False
    if drop > _ndigits(coef) + 1:
        # Only whether something non-zero is dropped matters.
        coef, drop = (1 if coef else 0), 2
    unit = 10 ** drop
    q, r = divmod(coef, unit)
    if r:
        twice = 2 * r
        half_cmp = (twice > unit) - (twice < unit)
        if _increment(sign, q, r, half_cmp, rounding):
            q += 1
    return q, bool(r)


def _overflow_result(sign, context):
    """The result of an overflow: an infinity or the largest finite
    number, by the rounding direction."""
    r = context._rounding
    if r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or \
            (r == ROUND_CEILING and sign == 0) or (r == ROUND_FLOOR and sign == 1):
        return _special(sign, _INF)
    return _finite(sign, 10 ** context._prec - 1, context._emax - context._prec + 1)


def _finish(sign, coef, exp, context, st):
    """The finite number sign, coef, exp rounded to context: precision,
    subnormal range, overflow, clamping. Conditions go to st[0]."""
    prec = context._prec
    etiny = context._emin - prec + 1
    etop = context._emax - prec + 1
    if not coef:
        top = etop if context._clamp else context._emax
        new_exp = min(max(exp, etiny), top)
        if new_exp != exp:
            st[0] |= _CLAMPED
        return _finite(sign, 0, new_exp)
    digits = _ndigits(coef)
    exp_min = digits + exp - prec
    if exp_min > etop:
        st[0] |= _OVERFLOW | _INEXACT | _ROUNDED
        return _overflow_result(sign, context)
    subnormal = exp_min < etiny
    if subnormal:
        exp_min = etiny
    if exp < exp_min:
        new, lost = _drop_digits(sign, coef, exp_min - exp, context._rounding)
        if new and _ndigits(new) > prec:
            new //= 10
            exp_min += 1
        status = _ROUNDED
        if exp_min > etop:
            st[0] |= _OVERFLOW | _INEXACT | _ROUNDED
            return _overflow_result(sign, context)
        if lost:
            status |= _INEXACT
            if subnormal:
                status |= _UNDERFLOW
        if subnormal:
            status |= _SUBNORMAL
        if not new:
            status |= _CLAMPED
        st[0] |= status
        return _finite(sign, new, exp_min)
    if subnormal:
        st[0] |= _SUBNORMAL
    if context._clamp and exp > etop:
        st[0] |= _CLAMPED
        return _finite(sign, coef * 10 ** (exp - etop), etop)
    return _finite(sign, coef, exp)


_FINITE, _INF, _NAN, _SNAN = 0, 1, 2, 3


def _finite(sign, coef, exp):
    d = object.__new__(Decimal)
    d._sign = sign
    d._coef = coef
    d._exp = exp
    d._kind = _FINITE
    return d


def _special(sign, kind, payload=0):
    d = object.__new__(Decimal)
    d._sign = sign
    d._coef = payload
    d._exp = 0
    d._kind = kind
    return d


def _underflow_zero(sign, context, st):
    """The result of a power or exponential far below the subnormal
    range: zero at Etiny whatever the rounding, as the reference
    implementation gives."""
    st[0] |= _UNDERFLOW | _SUBNORMAL | _INEXACT | _ROUNDED | _CLAMPED
    return _finite(sign, 0, context._emin - context._prec + 1)


def _nan_result(st, condition=_INVALID):
    st[0] |= condition
    return _special(0, _NAN)


# ---------------------------------------------------------------------
# Conversions into Decimal.

def _from_string(text, st, context):
    s = text.strip().replace("_", "")
    sign = 0
    i = 0
    if s[:1] in ("+", "-"):
        sign = int(s[0] == "-")
        i = 1
    body = s[i:]
    low = body.lower()
    if low in ("inf", "infinity"):
        return _special(sign, _INF)
    for prefix, kind in (("snan", _SNAN), ("nan", _NAN)):
        if low.startswith(prefix):
            payload = body[len(prefix):]
            if payload == "":
                return _special(sign, kind)
            if payload.isdecimal() and payload.isascii() or payload.isdecimal():
                return _special(sign, kind, int(payload))
            return _nan_result(st, _CONVERSION)
    # digits [. digits] [e [sign] digits]
    mantissa, exp_text = body, None
    for marker in ("e", "E"):
        k = mantissa.find(marker)
        if k >= 0:
            mantissa, exp_text = mantissa[:k], mantissa[k + 1:]
            break
    whole, dot, frac = mantissa.partition(".")
    if not (whole or frac) or (whole and not whole.isdecimal()) or (frac and not frac.isdecimal()):
        return _nan_result(st, _CONVERSION)
    exp = 0
    if exp_text is not None:
        t = exp_text
        if t[:1] in ("+", "-"):
            t = t[1:]
        if not t or not t.isdecimal():
            return _nan_result(st, _CONVERSION)
        exp = int(exp_text)
    coef = int(whole + frac) if (whole + frac) else 0
    return _finite(sign, coef, exp - len(frac))


def _from_int(n):
    return _finite(int(n < 0), abs(int(n)), 0)


def _from_float(f):
    if _math.isnan(f):
        return _special(int(_math.copysign(1.0, f) < 0), _NAN)
    if _math.isinf(f):
        return _special(int(f < 0), _INF)
    sign = int(_math.copysign(1.0, f) < 0)
    n, d = abs(f).as_integer_ratio()
    # d is a power of two 2**k: n/2**k == n*5**k / 10**k.
    k = d.bit_length() - 1
    return _finite(sign, n * 5 ** k, -k)


def _from_tuple(value):
    if len(value) != 3:
        raise ValueError("argument must be a sequence of length 3")
    sign, digits, exp = value
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError("sign must be an integer with the value 0 or 1")
    if isinstance(exp, str):
        if exp == "F":
            return _special(sign, _INF)
        if exp not in ("n", "N"):
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
        kind = _NAN if exp == "n" else _SNAN
    elif isinstance(exp, int):
        kind = _FINITE
    else:
        raise ValueError("exponent must be an integer")
    if not isinstance(digits, (tuple, list)):
        raise ValueError("coefficient must be a tuple of digits")
    coef = 0
    for dgt in digits:
        if not (isinstance(dgt, int) and 0 <= dgt <= 9):
            raise ValueError("coefficient must be a tuple of digits")
        coef = coef * 10 + dgt
    if kind == _FINITE:
        return _finite(sign, coef, int(exp))
    return _special(sign, kind, coef)


def _operand(other, context=None):
    """Another operand of an arithmetic operator: a Decimal, or an int
    made one; NotImplemented for anything else."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    return NotImplemented


def _method_operand(other, context=None):
    """Another operand of a Decimal method: a Decimal or an int."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return _from_int(other)
    raise TypeError("conversion from %s to Decimal is not supported" % type(other).__name__)


def _ctx(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError("optional argument must be a context")
    return context


def _rounding_arg(rounding):
    if rounding is None:
        return None
    if rounding not in _ROUNDINGS or type(rounding) is not str:
        raise TypeError("valid values for rounding are:\n"
                        "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                        "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                        "   ROUND_05UP]")
    return rounding


def _with_rounding(context, rounding):
    if rounding is None or rounding == context._rounding:
        return context
    c = context.copy()
    c._rounding = rounding
    c._flags = context._flags  # conditions still go to the caller's flags
    return c


_HASH_MODULUS = _sys.hash_info.modulus
_HASH_INF = _sys.hash_info.inf
_TEN_INVERSE = pow(10, -1, _HASH_MODULUS)

DecimalTuple = _namedtuple("DecimalTuple", "sign digits exponent", module="decimal")


# ---------------------------------------------------------------------
# Decimal.

class Decimal(object):
    """Decimal(value="0", context=None): an immutable decimal floating
    point number made exactly from a str, int, float, Decimal or
    (sign, digits, exponent) tuple."""

    __slots__ = ("_sign", "_coef", "_exp", "_kind")

    def __new__(cls, value="0", context=None):
        if isinstance(value, str):
            ctx = _ctx(context)
            st = [0]
            d = _from_string(value, st, ctx)
            ctx._signal(st[0])
        elif isinstance(value, int):
            d = _from_int(value)
        elif isinstance(value, Decimal):
            if cls is Decimal:
                return value
            d = value
        elif isinstance(value, float):
            ctx = _ctx(context)
            ctx._signal(_FLOATOP)
            d = _from_float(value)
        elif isinstance(value, (tuple, list)):
            d = _from_tuple(value)
        else:
            raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)
        if type(d) is cls:
            return d
        self = object.__new__(cls)
        self._sign, self._coef, self._exp, self._kind = d._sign, d._coef, d._exp, d._kind
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of the float (or int) f."""
        if isinstance(f, int):
            d = _from_int(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError("argument must be int or float")
        return d if cls is Decimal else cls(d)

    # Predicates and parts.

    def _is_nan(self):
        return self._kind >= _NAN

    def is_nan(self):
        return self._kind >= _NAN

    def is_qnan(self):
        return self._kind == _NAN

    def is_snan(self):
        return self._kind == _SNAN

    def is_infinite(self):
        return self._kind == _INF

    def is_finite(self):
        return self._kind == _FINITE

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return self._kind == _FINITE and not self._coef

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def is_normal(self, context=None):
        if self._kind != _FINITE or not self._coef:
            return False
        return self.adjusted() >= _ctx(context)._emin

    def is_subnormal(self, context=None):
        if self._kind != _FINITE or not self._coef:
            return False
        return self.adjusted() < _ctx(context)._emin

    def adjusted(self):
        """The exponent of the most significant digit."""
        if self._kind != _FINITE:
            return 0
        return self._exp + _ndigits(self._coef) - 1

    def radix(self):
        return Decimal(10)

    def as_tuple(self):
        """DecimalTuple(sign, digits, exponent)."""
        if self._kind == _FINITE:
            exp = self._exp
        else:
            exp = ("F", "n", "N")[self._kind - 1]
        if self._kind == _INF:
            digits = (0,)
        elif self._kind != _FINITE and not self._coef:
            digits = ()
        else:
            digits = tuple(map(int, str(self._coef)))
        return DecimalTuple(self._sign, digits, exp)

    def as_integer_ratio(self):
        """(numerator, denominator) in lowest terms."""
        if self._kind >= _NAN:
            raise ValueError("cannot convert NaN to integer ratio")
        if self._kind == _INF:
            raise OverflowError("cannot convert Infinity to integer ratio")
        if not self._coef:
            return (0, 1)
        n, exp = self._coef, self._exp
        if exp >= 0:
            n, d = n * 10 ** exp, 1
        else:
            d = 10 ** -exp
            g = _math.gcd(n, d)
            n, d = n // g, d // g
        return (-n if self._sign else n, d)

    # A Decimal is a real number: its own real part and conjugate, with
    # a zero imaginary part.
    real = property(lambda self: self)
    imag = property(lambda self: Decimal(0))

    def conjugate(self):
        return self

    # Text.

    def __str__(self, eng=False, context=None):
        """The number in scientific notation (as the specification's
        to-sci-string)."""
        sign = "-" if self._sign else ""
        if self._kind == _INF:
            return sign + "Infinity"
        if self._kind >= _NAN:
            return sign + ("sNaN" if self._kind == _SNAN else "NaN") + (str(self._coef) if self._coef else "")
        if context is None:
            context = getcontext()
        digits = str(self._coef)
        exp = self._exp
        left = exp + len(digits)
        if exp <= 0 and left > -6:
            dot = left
        elif not eng:
            dot = 1
        elif not self._coef:
            dot = (left + 1) % 3 - 1
        else:
            dot = (left - 1) % 3 + 1
        if dot <= 0:
            text = "0." + "0" * -dot + digits
        elif dot >= len(digits):
            text = digits + "0" * (dot - len(digits))
        else:
            text = digits[:dot] + "." + digits[dot:]
        if left != dot:
            text += ("E" if context._capitals else "e") + "%+d" % (left - dot)
        return sign + text

    def to_eng_string(self, context=None):
        """The number with an exponent that is a multiple of three."""
        return self.__str__(True, context)

    def __repr__(self):
        return "Decimal('%s')" % self.__str__()

    # Conversions.

    def __bool__(self):
        return self._kind != _FINITE or bool(self._coef)

    def __int__(self):
        if self._kind >= _NAN:
            raise ValueError("cannot convert NaN to integer")
        if self._kind == _INF:
            raise OverflowError("cannot convert Infinity to integer")
        if self._exp >= 0:
            n = self._coef * 10 ** self._exp
        else:
            n = self._coef // 10 ** -self._exp
        return -n if self._sign else n

    __trunc__ = __int__

    def __float__(self):
        if self._kind >= _NAN:
            if self._kind == _SNAN:
                raise ValueError("cannot convert signaling NaN to float")
            return float("-nan") if self._sign else float("nan")
        if self._kind == _INF:
            return float("-inf") if self._sign else float("inf")
        return float(self.__str__())

    def __complex__(self):
        return complex(float(self))

    def _integral(self, rounding):
        if self._kind >= _NAN:
            raise ValueError("cannot convert NaN to integer")
        if self._kind == _INF:
            raise OverflowError("cannot convert Infinity to integer")
        if self._exp >= 0:
            n = self._coef * 10 ** self._exp
        else:
            n, _ = _drop_digits(self._sign, self._coef, -self._exp, rounding)
        return -n if self._sign else n

    def __floor__(self):
        return self._integral(ROUND_FLOOR)

    def __ceil__(self):
        return self._integral(ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            return self._integral(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError("optional arg must be an integer")
        return self.quantize(_finite(0, 1, -n))

    def __hash__(self):
        if self._kind != _FINITE:
            if self._kind == _SNAN:
                raise TypeError("Cannot hash a signaling NaN value")
            if self._kind == _NAN:
                return object.__hash__(self)
            return -_HASH_INF if self._sign else _HASH_INF
        if self._exp >= 0:
            scale = pow(10, self._exp, _HASH_MODULUS)
        else:
            scale = pow(_TEN_INVERSE, -self._exp, _HASH_MODULUS)
        h = self._coef * scale % _HASH_MODULUS
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    def __reduce__(self):
        # Pickled as its string, which rebuilds it exactly.
        return type(self), (str(self),)

    # Decimals are immutable, so copies share the object, instances of
    # subclasses included (as CPython's C implementation does).
    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # Rounding a value to the context.

    def _fixed(self, context):
        """self rounded to context, conditions signalled."""
        st = [0]
        r = self._fix(context, st)
        context._signal(st[0])
        return r

    def _fix(self, context, st):
        if self._kind == _FINITE:
            return _finish(self._sign, self._coef, self._exp, context, st)
        if self._kind >= _NAN:
            return self._nan_fit(context)
        return self if type(self) is Decimal else _special(self._sign, _INF)

    def _nan_fit(self, context):
        """self, a NaN, with its payload dropped when longer than the
        context allows."""
        limit = context._prec - context._clamp
        if self._coef and _ndigits(self._coef) > limit:
            # Only the payload's last digits fit.
            return _special(self._sign, self._kind, self._coef % 10 ** limit)
        if type(self) is Decimal:
            return self
        return _special(self._sign, self._kind, self._coef)

    def _nans(self, other, context, st):
        """The NaN result of an operation on a NaN, or None. A signalling
        NaN is an invalid operation and gives the quiet NaN."""
        a, b = self._kind, (other._kind if other is not None else _FINITE)
        if a < _NAN and b < _NAN:
            return None
        if a == _SNAN or b == _SNAN:
            st[0] |= _INVALID
            src = self if a == _SNAN else other
            return _special(src._sign, _NAN, src._coef)._nan_fit(context)
        src = self if a == _NAN else other
        return src._nan_fit(context)

    def _plus(self, context):
        st = [0]
        r = self._nans(None, context, st)
        if r is None:
            if self._kind == _FINITE and not self._coef and context._rounding != ROUND_FLOOR:
                r = _finish(0, 0, self._exp, context, st)
            else:
                r = self._fix(context, st)
        context._signal(st[0])
        return r

    def __pos__(self, context=None):
        return self._plus(_ctx(context))

    def __neg__(self, context=None):
        context = _ctx(context)
        st = [0]
        r = self._nans(None, context, st)
        if r is None:
            if self._kind == _FINITE and not self._coef and context._rounding != ROUND_FLOOR:
                r = _finish(0, 0, self._exp, context, st)
            else:
                r = _copy(self, 1 - self._sign)._fix(context, st)
        context._signal(st[0])
        return r

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        context = _ctx(context)
        if self._sign:
            return self.__neg__(context)
        return self.__pos__(context)

    def copy_abs(self):
        return _copy(self, 0)

    def copy_negate(self):
        return _copy(self, 1 - self._sign)

    def copy_sign(self, other, context=None):
        other = _method_operand(other)
        return _copy(self, other._sign)

    # Arithmetic.

    def _add(self, other, context, st, negate_other=False):
        osign = other._sign ^ negate_other
        r = self._nans(other, context, st)
        if r is not None:
            return r
        if self._kind == _INF:
            if other._kind == _INF and self._sign != osign:
                return _nan_result(st)
            return _special(self._sign, _INF)
        if other._kind == _INF:
            return _special(osign, _INF)
        exp = min(self._exp, other._exp)
        a, b = self, other
        asign, bsign = a._sign, osign
        if not a._coef and not b._coef:
            sign = asign & bsign if context._rounding != ROUND_FLOOR else asign | bsign
            return _finish(sign, 0, exp, context, st)
        if not a._coef or not b._coef:
            nz, nzsign = (b, bsign) if not a._coef else (a, asign)
            # Padding beyond the precision adds nothing but zeros.
            exp = max(exp, nz._exp - context._prec - 1)
            return _finish(nzsign, nz._coef * 10 ** (nz._exp - exp), exp, context, st)
        # Far apart operands: the smaller only matters as a sticky digit
        # below the larger one's rounding position.
        if a._exp < b._exp:
            a, b, asign, bsign = b, a, bsign, asign
        # now a has the larger exponent
        a_digits = _ndigits(a._coef)
        floor = a._exp + min(-1, a_digits - context._prec - 2)
        b_coef, b_exp = b._coef, b._exp
        if _ndigits(b_coef) + b_exp - 1 < floor:
            b_coef, b_exp = 1, floor
        a_coef = a._coef * 10 ** (a._exp - b_exp)
        exp = b_exp
        va = -a_coef if asign else a_coef
        vb = -b_coef if bsign else b_coef
        total = va + vb
        if total == 0:
            sign = 1 if context._rounding == ROUND_FLOOR else 0
            return _finish(sign, 0, exp, context, st)
        return _finish(int(total < 0), abs(total), exp, context, st)

    def _mul(self, other, context, st):
        r = self._nans(other, context, st)
        if r is not None:
            return r
        sign = self._sign ^ other._sign
        if self._kind == _INF or other._kind == _INF:
            if (self._kind == _FINITE and not self._coef) or (other._kind == _FINITE and not other._coef):
                return _nan_result(st)
            return _special(sign, _INF)
        return _finish(sign, self._coef * other._coef, self._exp + other._exp, context, st)

    def _division_special(self, other, context, st, true_division):
        """The result of self / other (or //) when an operand is a NaN or
        an infinity or the divisor is zero, else None."""
        r = self._nans(other, context, st)
        if r is not None:
            return r
        sign = self._sign ^ other._sign
        if self._kind == _INF:
            if other._kind == _INF:
                return _nan_result(st)
            return _special(sign, _INF)
        if other._kind == _INF:
            if not true_division:
                return _finite(sign, 0, 0)
            st[0] |= _CLAMPED
            return _finite(sign, 0, context._emin - context._prec + 1)
        if not other._coef:
            if not self._coef:
                return _nan_result(st, _UNDEFINED)
            st[0] |= _DIVZERO
            return _special(sign, _INF)
        return None

    def _div(self, other, context, st):
        r = self._division_special(other, context, st, True)
        if r is not None:
            return r
        sign = self._sign ^ other._sign
        ideal = self._exp - other._exp
        if not self._coef:
            return _finish(sign, 0, ideal, context, st)
        # Enough digits for the precision plus a sticky digit that says
        # whether anything was left over.
        shift = _ndigits(other._coef) - _ndigits(self._coef) + context._prec + 1
        exp = ideal - shift
        if shift >= 0:
            q, rest = divmod(self._coef * 10 ** shift, other._coef)
        else:
            q, rest = divmod(self._coef, other._coef * 10 ** -shift)
        if rest:
            if q % 5 == 0:
                q += 1
        else:
            while exp < ideal and q % 10 == 0:
                q //= 10
                exp += 1
        return _finish(sign, q, exp, context, st)

    def _divide_int(self, other, context, st, want_rest=True):
        """(quotient, remainder) of the integer division of finite
        numbers, or None when the quotient has too many digits; the
        remainder is None unless wanted, and the quotient is a function
        that rounds it to the context when called (only the operations
        that return it signal what that does)."""
        sign = self._sign ^ other._sign
        if not self._coef or self.adjusted() - other.adjusted() <= -2:
            exp = min(self._exp, other._exp)
            rem = None
            if want_rest:
                rem = _finish(self._sign, self._coef * 10 ** (self._exp - exp), exp, context, st)
            return (lambda: _finish(sign, 0, 0, context, st)), rem
        e = min(self._exp, other._exp)
        a = self._coef * 10 ** (self._exp - e)
        b = other._coef * 10 ** (other._exp - e)
        q, rem = divmod(a, b)
        if q >= 10 ** context._prec:
            return None
        quotient = lambda: _finish(sign, q, 0, context, st)
        if not want_rest:
            return (quotient, None)
        return (quotient, _finish(self._sign, rem, e, context, st))

    def _floordiv(self, other, context, st):
        r = self._division_special(other, context, st, False)
        if r is not None:
            return r
        qr = self._divide_int(other, context, st, False)
        if qr is None:
            return _nan_result(st, _IMPOSSIBLE)
        return qr[0]()

    def _mod(self, other, context, st):
        r = self._nans(other, context, st)
        if r is not None:
            return r
        if self._kind == _INF:
            return _nan_result(st)
        if other._kind == _INF:
            return self._fix(context, st)
        if not other._coef:
            return _nan_result(st, _INVALID if self._coef else _UNDEFINED)
        qr = self._divide_int(other, context, st)
        if qr is None:
            return _nan_result(st, _IMPOSSIBLE)
        return qr[1]

    def _divmod(self, other, context):
        st = [0]
        r = self._nans(other, context, st)
        if r is not None:
            context._signal(st[0])
            return (r, r)
        sign = self._sign ^ other._sign
        if self._kind == _INF:
            if other._kind == _INF:
                context._signal(_INVALID)
                return (_special(0, _NAN), _special(0, _NAN))
            context._signal(_INVALID)
            return (_special(sign, _INF), _special(0, _NAN))
        if other._kind == _INF:
            rem = self._fix(context, st)
            context._signal(st[0])
            return (_finite(sign, 0, 0), rem)
        if not other._coef:
            if not self._coef:
                context._signal(_UNDEFINED)
                return (_special(0, _NAN), _special(0, _NAN))
            context._signal(_DIVZERO | _INVALID)
            return (_special(sign, _INF), _special(0, _NAN))
        qr = self._divide_int(other, context, st)
        if qr is None:
            context._signal(_IMPOSSIBLE)
            return (_special(0, _NAN), _special(0, _NAN))
        quotient = qr[0]()
        context._signal(st[0])
        return (quotient, qr[1])

    def remainder_near(self, other, context=None):
        """self - other * n, where n is self/other rounded to the nearest
        integer (ties to even)."""
        context = _ctx(context)
        other = _method_operand(other)
        st = [0]
        r = self._nans(other, context, st)
        if r is None:
            if self._kind == _INF:
                r = _nan_result(st)
            elif other._kind == _INF:
                r = self._fix(context, st)
            elif not other._coef:
                r = _nan_result(st, _INVALID if self._coef else _UNDEFINED)
            else:
                e = min(self._exp, other._exp)
                a = self._coef * 10 ** (self._exp - e)
                b = other._coef * 10 ** (other._exp - e)
                q, rem = divmod(a, b)
                if 2 * rem > b or (2 * rem == b and q & 1):
                    rem -= b
                    q += 1
                if q >= 10 ** context._prec:
                    r = _nan_result(st, _IMPOSSIBLE)
                else:
                    sign = self._sign
                    if rem < 0:
                        sign, rem = 1 - sign, -rem
                    r = _finish(sign, rem, e, context, st)
        context._signal(st[0])
        return r

    # The operators: each on a Decimal or an int, NotImplemented for
    # anything else.

    def _binary(name, impl, reflected=False):
        def op(self, other, context=None):
            other = _operand(other)
            if other is NotImplemented:
                return other
            context = _ctx(context)
            st = [0]
            if reflected:
                r = impl(other, self, context, st)
            else:
                r = impl(self, other, context, st)
            context._signal(st[0])
            return r
        op.__name__ = name
        op.__qualname__ = "Decimal." + name
        return op

    __add__ = _binary("__add__", _add)
    __radd__ = _binary("__radd__", _add, True)
    __mul__ = _binary("__mul__", _mul)
    __rmul__ = _binary("__rmul__", _mul, True)
    __truediv__ = _binary("__truediv__", _div)
    __rtruediv__ = _binary("__rtruediv__", _div, True)
    __floordiv__ = _binary("__floordiv__", _floordiv)
    __rfloordiv__ = _binary("__rfloordiv__", _floordiv, True)
    __mod__ = _binary("__mod__", _mod)
    __rmod__ = _binary("__rmod__", _mod, True)

    def __sub__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        context = _ctx(context)
        st = [0]
        r = self._add(other, context, st, True)
        context._signal(st[0])
        return r

    def __rsub__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return other.__sub__(self, context)

    def __divmod__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return self._divmod(other, _ctx(context))

    def __rdivmod__(self, other, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return other._divmod(self, _ctx(context))

    def __pow__(self, other, modulo=None, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        if modulo is not None:
            modulo = _operand(modulo)
            if modulo is NotImplemented:
                return modulo
        return self._power(other, modulo, _ctx(context))

    def __rpow__(self, other, modulo=None, context=None):
        other = _operand(other)
        if other is NotImplemented:
            return other
        return other._power(self, None, _ctx(context))

    # Comparison.

    def _compare_value(self, other):
        """-1, 0 or 1 for finite or infinite self and other (a Decimal,
        or an exact (sign, num, den) rational)."""
        if isinstance(other, Decimal):
            if self._kind == _INF or other._kind == _INF:
                a = 0 if self._kind != _INF else (-1 if self._sign else 1)
                b = 0 if other._kind != _INF else (-1 if other._sign else 1)
                if a or b:
                    if a == b:
                        return 0
                    if a and b:
                        return (a > b) - (a < b)
                    if a:
                        return a
                    return -b
            if not self._coef and not other._coef:
                return 0
            if not self._coef:
                return 1 if other._sign else -1
            if not other._coef:
                return -1 if self._sign else 1
            if self._sign != other._sign:
                return -1 if self._sign else 1
            e = min(self._exp, other._exp)
            x = self._coef * 10 ** (self._exp - e) if self._exp - e < 10**6 else None
            if x is None or other._exp - e >= 10**6:
                adj = (self.adjusted() > other.adjusted()) - (self.adjusted() < other.adjusted())
                c = adj
            else:
                y = other._coef * 10 ** (other._exp - e)
                c = (x > y) - (x < y)
            return -c if self._sign else c
        num, den = other
        if self._kind == _INF:
            return -1 if self._sign else 1
        sn, sd = self.as_integer_ratio()
        a, b = sn * den, num * sd
        return (a > b) - (a < b)

    def _comparable(self, other, equality):
        """other as a Decimal or an exact ratio (num, den) for comparing,
        or NotImplemented; floats signal FloatOperation (trapped only for
        ordering)."""
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return _from_int(other)
        if isinstance(other, float):
            ctx = getcontext()
            if equality:
                ctx._flags._bits |= _FLOATOP
            else:
                ctx._signal(_FLOATOP)
            return _from_float(other)
        if isinstance(other, complex) and equality and other.imag == 0:
            return self._comparable(other.real, equality)
        if isinstance(other, _numbers.Rational):
            return (other.numerator, other.denominator)
        return NotImplemented

    def __eq__(self, other):
        other = self._comparable(other, True)
        if other is NotImplemented:
            return other
        if self._kind >= _NAN or (isinstance(other, Decimal) and other._kind >= _NAN):
            if self._kind == _SNAN or (isinstance(other, Decimal) and other._kind == _SNAN):
                getcontext()._signal(_INVALID)
            return False
        return self._compare_value(other) == 0

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def _order(self, other, test):
        other = self._comparable(other, False)
        if other is NotImplemented:
            return other
        if self._kind >= _NAN or (isinstance(other, Decimal) and other._kind >= _NAN):
            getcontext()._signal(_INVALID)
            return False
        return test(self._compare_value(other))

    def __lt__(self, other):
        return self._order(other, lambda c: c < 0)

    def __le__(self, other):
        return self._order(other, lambda c: c <= 0)

    def __gt__(self, other):
        return self._order(other, lambda c: c > 0)

    def __ge__(self, other):
        return self._order(other, lambda c: c >= 0)

    def compare(self, other, context=None):
        """-1, 0 or 1 as a Decimal; a NaN operand gives NaN."""
        context = _ctx(context)
        other = _method_operand(other)
        st = [0]
        r = self._nans(other, context, st)
        if r is None:
            r = _from_int(self._compare_value(other))
        context._signal(st[0])
        return r

    def compare_signal(self, other, context=None):
        """compare, where any NaN is an invalid operation."""
        context = _ctx(context)
        other = _method_operand(other)
        if self._kind >= _NAN or other._kind >= _NAN:
            st = [_INVALID]
            r = self._nans(other, context, st)
            context._signal(st[0])
            return r
        return self.compare(other, context)

    def compare_total(self, other, context=None):
        """A total order on all Decimals, representations included."""
        other = _method_operand(other)
        return _from_int(_total_cmp(self, other))

    def compare_total_mag(self, other, context=None):
        other = _method_operand(other)
        return _from_int(_total_cmp(_copy(self, 0), _copy(other, 0)))

    def _minmax(self, other, context, want_max, magnitude=False):
        context = _ctx(context)
        other = _method_operand(other)
        st = [0]
        # One quiet NaN loses to a number.
        if self._kind >= _NAN or other._kind >= _NAN:
            if self._kind == _NAN and other._kind < _NAN:
                r = other._fix(context, st)
            elif other._kind == _NAN and self._kind < _NAN:
                r = self._fix(context, st)
            else:
                r = self._nans(other, context, st)
            context._signal(st[0])
            return r
        a, b = (_copy(self, 0), _copy(other, 0)) if magnitude else (self, other)
        c = a._compare_value(b)
        if c == 0:
            if magnitude:
                c = self._compare_value(other)
            if c == 0:
                c = _total_cmp(self, other)
        pick = self if (c > 0) == want_max else other
        if c == 0:
            pick = self
        r = pick._fix(context, st)
        context._signal(st[0])
        return r

    def max(self, other, context=None):
        return self._minmax(other, context, True)

    def min(self, other, context=None):
        return self._minmax(other, context, False)

    def max_mag(self, other, context=None):
        return self._minmax(other, context, True, True)

    def min_mag(self, other, context=None):
        return self._minmax(other, context, False, True)

    def same_quantum(self, other, context=None):
        """Whether self and other have the same exponent."""
        other = _method_operand(other)
        if self._kind != _FINITE or other._kind != _FINITE:
            return (self._kind >= _NAN and other._kind >= _NAN) or \
                   (self._kind == _INF and other._kind == _INF)
        return self._exp == other._exp

    # Exponents and integers.

    def _rescale(self, exp, rounding):
        """self (finite) with exponent exp, rounding when digits go:
        (result, whether non-zero digits were lost, whether any were)."""
        if not self._coef:
            return _finite(self._sign, 0, exp), False, False
        if exp <= self._exp:
            return _finite(self._sign, self._coef * 10 ** (self._exp - exp), exp), False, False
        coef, lost = _drop_digits(self._sign, self._coef, exp - self._exp, rounding)
        return _finite(self._sign, coef, exp), lost, True

    def quantize(self, exp, rounding=None, context=None):
        """self rounded to the exponent of exp."""
        exp = _method_operand(exp)
        context = _ctx(context)
        rounding = _rounding_arg(rounding) or context._rounding
        st = [0]
        r = self._nans(exp, context, st)
        if r is None:
            r = self._quantize(exp, rounding, context, st)
        context._signal(st[0])
        return r

    def _quantize(self, exp, rounding, context, st):
        if self._kind == _INF or exp._kind == _INF:
            if self._kind == _INF and exp._kind == _INF:
                return _special(self._sign, _INF)
            return _nan_result(st)
        target = exp._exp
        if not (context._emin - context._prec + 1 <= target <= context._emax):
            return _nan_result(st)
        if not self._coef:
            return _finish(self._sign, 0, target, context, st)
        if self.adjusted() > context._emax or self.adjusted() - target + 1 > context._prec:
            return _nan_result(st)
        r, lost, dropped = self._rescale(target, rounding)
        if r.adjusted() > context._emax or _ndigits(r._coef) > context._prec:
            return _nan_result(st)
        if r._coef and r.adjusted() < context._emin:
            st[0] |= _SUBNORMAL
        if dropped:
            if lost:
                st[0] |= _INEXACT
            st[0] |= _ROUNDED
        return _finish(r._sign, r._coef, r._exp, context, st)

    def to_integral_value(self, rounding=None, context=None):
        """self rounded to an integer (exponent 0), signalling nothing but
        an invalid operation on a signalling NaN."""
        context = _ctx(context)
        rounding = _rounding_arg(rounding) or context._rounding
        st = [0]
        r = self._nans(None, context, st)
        if r is None:
            if self._kind == _INF or self._exp >= 0:
                r = self
            else:
                r = self._rescale(0, rounding)[0]
        context._signal(st[0])
        return r

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        """self rounded to an integer, signalling Inexact and Rounded as
        any rounding does."""
        context = _ctx(context)
        rounding = _rounding_arg(rounding) or context._rounding
        st = [0]
        r = self._nans(None, context, st)
        if r is None:
            if self._kind == _INF or self._exp >= 0:
                r = self
            else:
                r, lost, dropped = self._rescale(0, rounding)
                if dropped:
                    st[0] |= _ROUNDED | (_INEXACT if lost else 0)
        context._signal(st[0])
        return r

    def normalize(self, context=None):
        """self rounded to the context, trailing zeros of the coefficient
        removed (zero becomes 0)."""
        context = _ctx(context)
        st = [0]
        r = self._nans(None, context, st)
        if r is None:
            r = self._fix(context, st)
            if r._kind == _FINITE:
                if not r._coef:
                    r = _finite(r._sign, 0, 0)
                else:
                    coef, exp = r._coef, r._exp
                    top = context._emax - context._prec + 1 if context._clamp else context._emax
                    while coef % 10 == 0 and exp < top:
                        coef //= 10
                        exp += 1
                    r = _finite(r._sign, coef, exp)
        context._signal(st[0])
        return r

    def scaleb(self, other, context=None):
        """self times 10**other (other an integer)."""
        context = _ctx(context)
        other = _method_operand(other)
        st = [0]
        r = self._nans(other, context, st)
        if r is None:
            if other._kind != _FINITE or other._exp != 0:
                r = _nan_result(st)
            else:
                limit = 2 * (context._emax + context._prec)
                n = -other._coef if other._sign else other._coef
                if not -limit <= n <= limit:
                    r = _nan_result(st)
                elif self._kind == _INF:
                    r = self
                else:
                    r = _finish(self._sign, self._coef, self._exp + n, context, st)
        context._signal(st[0])
        return r

    def logb(self, context=None):
        """The adjusted exponent of self as a Decimal."""
        context = _ctx(context)
        st = [0]
        r = self._nans(None, context, st)
        if r is None:
            if self._kind == _INF:
                r = _special(0, _INF)
            elif not self._coef:
                st[0] |= _DIVZERO
                r = _special(1, _INF)
            else:
                r = _from_int(self.adjusted())._fix(context, st)
        context._signal(st[0])
        return r

    def number_class(self, context=None):
        """The class of self: '-Infinity', '-Normal', '-Subnormal',
        '-Zero', '+Zero', '+Subnormal', '+Normal', '+Infinity', 'NaN' or
        'sNaN'."""
        if self._kind == _SNAN:
            return "sNaN"
        if self._kind == _NAN:
            return "NaN"
        sign = "-" if self._sign else "+"
        if self._kind == _INF:
            return sign + "Infinity"
        if not self._coef:
            return sign + "Zero"
        if self.is_subnormal(context):
            return sign + "Subnormal"
        return sign + "Normal"

    def _next(self, context, up):
        context = _ctx(context)
        st = [0]
        r = self._nans(None, context, st)
        if r is None:
            etiny = context._emin - context._prec + 1
            if self._kind == _INF:
                if (self._sign == 0) == up:
                    r = self
                else:
                    r = _finite(self._sign, 10 ** context._prec - 1, context._emax - context._prec + 1)
            else:
                # A number the context cannot show rounds towards the
                # direction; one it can show moves by a nudge below the
                # smallest unit the context has.
                c = context.copy()
                c._rounding = ROUND_CEILING if up else ROUND_FLOOR
                c._traps._bits = 0
                inner = [0]
                r = _finish(self._sign, self._coef, self._exp, c, inner)
                if r._compare_value(self) == 0 and r._sign == self._sign or (not r._coef and not self._coef):
                    nudge = _finite(0 if up else 1, 1, etiny - 1)
                    r = self._add(nudge, c, inner)
        context._signal(st[0])
        return r

    def next_plus(self, context=None):
        """The smallest number the context can represent above self."""
        return self._next(context, True)

    def next_minus(self, context=None):
        """The largest number the context can represent below self."""
        return self._next(context, False)

    def next_toward(self, other, context=None):
        """The number next to self in the direction of other."""
        context = _ctx(context)
        other = _method_operand(other)
        st = [0]
        r = self._nans(other, context, st)
        if r is not None:
            context._signal(st[0])
            return r
        c = self._compare_value(other)
        if c == 0:
            return _copy(self, other._sign)
        r = self._next(context, c < 0)
        if r._kind == _INF:
            context._signal(_OVERFLOW | _INEXACT | _ROUNDED)
        elif r.adjusted() < context._emin:
            status = _UNDERFLOW | _SUBNORMAL | _INEXACT | _ROUNDED
            if not r._coef:
                status |= _CLAMPED
            context._signal(status)
        return r

    def fma(self, other, third, context=None):
        """self * other + third with a single rounding."""
        context = _ctx(context)
        other = _method_operand(other)
        third = _method_operand(third)
        st = [0]
        exact = Context(prec=MAX_PREC, Emin=MIN_EMIN, Emax=MAX_EMAX, traps=[])
        if self._kind == _SNAN or other._kind == _SNAN:
            r = self._nans(other, context, st)
        elif self._kind >= _NAN or other._kind >= _NAN:
            r = self._nans(other, context, st)
        else:
            inner = [0]
            product = self._mul(other, exact, inner)
            if inner[0] & _INVALID:
                r = _nan_result(st)
            else:
                r = product._add(third, context, st)
        context._signal(st[0])
        return r

    # Square root, powers, exponentials and logarithms.

    def sqrt(self, context=None):
        """The square root, correctly rounded; exact results have the
        exponent floor(exp / 2)."""
        context = _ctx(context)
        st = [0]
        r = self._nans(None, context, st)
        if r is None:
            r = self._sqrt(context, st)
        context._signal(st[0])
        return r

    def _sqrt(self, context, st):
        if not self._coef and self._kind == _FINITE:
            return _finish(self._sign, 0, self._exp >> 1, context, st)
        if self._sign:
            return _nan_result(st)
        if self._kind == _INF:
            return self
        prec = context._prec + 1
        # self = c * 10**e, with e made even and c given at least 2*prec
        # digits; then the integer root of c has at least prec digits.
        c, e = self._coef, self._exp
        ideal = e >> 1
        if e & 1:
            c *= 10
            e -= 1
        digits = _ndigits(c)
        shift = max(0, prec - (digits + 1) // 2)
        c *= 100 ** shift
        e -= 2 * shift
        root = _math.isqrt(c)
        exact = root * root == c
        exp = e // 2
        if exact:
            while exp < ideal and root % 10 == 0:
                root //= 10
                exp += 1
        else:
            if root % 5 == 0:
                root += 1
        c2 = context.copy()
        c2._flags = context._flags
        c2._rounding = ROUND_HALF_EVEN
        inner = [0]
        r = _finish(0, root, exp, c2, inner)
        st[0] |= inner[0]
        if not exact:
            st[0] |= _INEXACT | _ROUNDED
        return r

    def _power(self, other, modulo, context):
        st = [0]
        if modulo is not None:
            r = self._power_modulo(other, modulo, context, st)
        else:
            r = self._nans(other, context, st)
            if r is None:
                r = self._pow(other, context, st)
        context._signal(st[0])
        return r

    def _power_modulo(self, other, modulo, context, st):
        for v in (self, other, modulo):
            if v._kind == _SNAN:
                st[0] |= _INVALID
                return _special(v._sign, _NAN, v._coef)._nan_fit(context)
        for v in (self, other, modulo):
            if v._kind == _NAN:
                return v._nan_fit(context)
        if not (self._is_integer() and other._is_integer() and modulo._is_integer()):
            return _nan_result(st)
        if other._sign:
            return _nan_result(st)
        if not modulo._coef:
            return _nan_result(st)
        if _ndigits(modulo._coef) + modulo._exp > context._prec:
            return _nan_result(st)
        if not other._coef and not self._coef:
            return _nan_result(st)
        m = int(modulo.copy_abs())
        b = abs(int(self))
        n = int(other)
        r = pow(b, n, m)
        sign = self._sign & (n & 1)
        return _finite(sign, r, 0)

    def _is_integer(self):
        if self._kind != _FINITE:
            return False
        if self._exp >= 0 or not self._coef:
            return True
        return self._coef % 10 ** -self._exp == 0

    def _pow(self, other, context, st):
        sign = 0
        if other._kind == _FINITE and other._is_integer():
            n = int(other)
            if self._sign and n & 1:
                sign = 1
        elif self._sign and not (self._kind == _FINITE and not self._coef):
            return _nan_result(st)
        elif self._sign:
            # -0 to a non-integral power
            sign = 0
        # Zero and infinite operands.
        if self._kind == _FINITE and not self._coef:
            if other._kind == _FINITE and not other._coef:
                return _nan_result(st)
            if other._sign:
                return _special(sign, _INF)
            return _finite(sign, 0, 0)
        if self._kind == _INF:
            if other._kind == _FINITE and not other._coef:
                return _finite(0, 1, 0)
            if other._sign:
                return _finite(sign, 0, 0)
            return _special(sign, _INF)
        if other._kind == _INF:
            # |self| compared with one decides.
            c = _copy(self, 0)._compare_value(_finite(0, 1, 0))
            if c == 0:
                p = context._prec
                st[0] |= _INEXACT | _ROUNDED
                return _finite(0, 10 ** (p - 1), 1 - p)
            if (c > 0) != bool(other._sign):
                return _special(0, _INF)
            return _finite(0, 0, 0)
        if not other._coef:
            return _finish(0, 1, 0, context, st)
        if other._is_integer():
            return self._pow_int(int(other), sign, context, st)
        return self._pow_general(other, context, st)

    def _pow_int(self, n, sign, context, st):
        """self ** n for an integer n: exact when the result fits,
        otherwise correctly rounded."""
        base = _copy(self, 0)
        if base._coef == 1 and base._exp == 0:
            return _finite(sign, 1, 0)
        # Estimate the result's size to catch overflow and underflow
        # without computing a huge power.
        adj = base.adjusted()
        lg = _log10_estimate(base)
        est = lg * n
        if est > context._emax + 2:
            st[0] |= _OVERFLOW | _INEXACT | _ROUNDED
            return _overflow_result(sign, context)
        if est < context._emin - context._prec - 2:
            return _underflow_zero(sign, context, st)
        if n > 0:
            if n * _ndigits(base._coef) > 4 * (context._prec + 20) + 1000:
                return self._pow_rounded(n, sign, context, st)
            return _finish(sign, base._coef ** n, base._exp * n, context, st)
        m = -n
        if m * _ndigits(base._coef) > 4 * (context._prec + 20) + 1000:
            return self._pow_rounded(n, sign, context, st)
        denom = _finite(0, base._coef ** m, base._exp * m)
        return _finite(sign, 1, 0)._div(denom, context, st)

    def _pow_rounded(self, n, sign, context, st):
        # Repeated squaring with guard digits until the rounding is sure.
        extra = 10
        while True:
            wp = context._prec + extra + _ndigits(abs(n))
            work = Context(prec=wp, Emin=MIN_EMIN, Emax=MAX_EMAX, traps=[])
            inner = [0]
            x = _copy(self, 0)
            r = _finite(0, 1, 0)
            k = abs(n)
            while k:
                if k & 1:
                    r = r._mul(x, work, inner)
                k >>= 1
                if k:
                    x = x._mul(x, work, inner)
            if n < 0:
                r = _finite(0, 1, 0)._div(r, work, inner)
            coef, exp = r._coef, r._exp
            short = wp - _ndigits(coef)
            if short > 0:
                coef, exp = coef * 10 ** short, exp - short
            err = 4 * abs(n).bit_length() + 8
            quiet = context.copy()
            quiet._traps._bits = 0
            lo = _finish(sign, coef - err, exp, quiet, [0])
            hi = _finish(sign, coef + err, exp, quiet, [0])
            if lo._coef == hi._coef and lo._exp == hi._exp:
                return _finish(sign, coef * 10 + 1, exp - 1, context, st)
            extra *= 2

    def _pow_general(self, other, context, st):
        """self ** other for a positive self and a non-integral other, as
        exp(other * ln(self)), correctly rounded."""
        x = _copy(self, 0)
        if x._compare_value(_finite(0, 1, 0)) == 0:
            # One to a non-integral power: one, reported inexact as every
            # result of this path is, written with the precision's digits.
            st[0] |= _INEXACT | _ROUNDED
            p = context._prec
            return _finish(0, 10 ** (p - 1), 1 - p, context, st)

        # Out of range results, from a float estimate of y * log10(x).
        est = float(other) * _log10_estimate(x)
        if est > context._emax + 5:
            st[0] |= _OVERFLOW | _INEXACT | _ROUNDED
            return _overflow_result(0, context)
        if est < context._emin - context._prec - 5:
            return _underflow_zero(0, context, st)
        y = other
        y_num = -y._coef if y._sign else y._coef

        def approx(wp):
            scale = wp + 10 + max(0, y.adjusted() + 1) + max(0, len(str(abs(x.adjusted()))))
            lnx = _ln_fixed(x, scale)
            if y._exp >= 0:
                t = lnx * y_num * 10 ** y._exp
            else:
                t = lnx * y_num // 10 ** -y._exp
            return _exp_fixed_scaled(t, scale, wp)
        return _correctly_rounded(approx, context, st)

    def exp(self, context=None):
        """e ** self, correctly rounded."""
        context = _ctx(context)
        st = [0]
        r = self._nans(None, context, st)
        if r is None:
            if self._kind == _INF:
                r = _finite(0, 0, 0) if self._sign else self
            elif not self._coef:
                r = _finite(0, 1, 0)
            else:
                r = self._exp_value(_half_even(context), st)
        context._signal(st[0])
        return r

    def _exp_value(self, context, st):
        adj = self.adjusted()
        # Tiny arguments: e**x is 1 + x + ..., within half an ulp of 1.
        if adj < -(context._prec + 2):
            if self._sign:
                return _finish(0, 10 ** (context._prec + 2) - 1, -(context._prec + 2), context, st)
            return _finish(0, 10 ** (context._prec + 2) + 1, -(context._prec + 2), context, st)
        # Far out of range arguments overflow or underflow.
        if adj >= 10:
            if self._sign:
                return _underflow_zero(0, context, st)
            st[0] |= _OVERFLOW | _INEXACT | _ROUNDED
            return _overflow_result(0, context)
        x = self

        def approx(wp):
            scale = wp + 10 + max(0, adj + 1)
            coef = -x._coef if x._sign else x._coef
            if x._exp + scale >= 0:
                t = coef * 10 ** (x._exp + scale)
            else:
                t = coef // 10 ** -(x._exp + scale)
            return _exp_fixed_scaled(t, scale, wp)
        return _correctly_rounded(approx, context, st)

    def _logarithm(self, context, exact, fixed):
        """ln and log10, correctly rounded: NaNs, zero, negative numbers
        and infinity are handled alike; exact(self, context, st) gives an
        exactly known result or None; fixed(x, scale) the logarithm of x
        times 10**scale as an int."""
        context = _ctx(context)
        st = [0]
        r = self._nans(None, context, st)
        if r is None:
            if self._kind == _FINITE and not self._coef:
                r = _special(1, _INF)
            elif self._sign:
                r = _nan_result(st)
            elif self._kind == _INF:
                r = self
            else:
                r = exact(self, context, st)
                if r is None:
                    x = self

                    def approx(wp):
                        scale = wp + 10 + _near_one_digits(x)
                        return (fixed(x, scale), -scale)
                    r = _correctly_rounded_fixed(approx, _half_even(context), st)
        context._signal(st[0])
        return r

    def ln(self, context=None):
        """The natural logarithm, correctly rounded."""
        return self._logarithm(context, _exact_ln, _ln_fixed)

    def log10(self, context=None):
        """The base-ten logarithm, correctly rounded (exact for powers of
        ten)."""
        return self._logarithm(context, _exact_log10, _log10_fixed)

    # Logical operations on numbers made of the digits 0 and 1.

    def _logical_digits(self, context):
        if self._kind != _FINITE or self._sign or self._exp != 0:
            return None
        s = str(self._coef)
        if set(s) - {"0", "1"}:
            return None
        return s.zfill(context._prec)[-context._prec:]

    def _logical(self, other, context, fn):
        context = _ctx(context)
        other = _method_operand(other) if other is not None else None
        a = self._logical_digits(context)
        b = other._logical_digits(context) if other is not None else "0" * context._prec
        if a is None or b is None:
            context._signal(_INVALID)
            return _special(0, _NAN)
        digits = "".join(fn(x, y) for x, y in zip(a, b))
        return _finite(0, int(digits), 0)

    def logical_and(self, other, context=None):
        return self._logical(other, context, lambda x, y: "1" if x == y == "1" else "0")

    def logical_or(self, other, context=None):
        return self._logical(other, context, lambda x, y: "1" if "1" in (x, y) else "0")

    def logical_xor(self, other, context=None):
        return self._logical(other, context, lambda x, y: "1" if x != y else "0")

    def logical_invert(self, context=None):
        return self._logical(None, context, lambda x, y: "0" if x == "1" else "1")

    def _shift_amount(self, other, context, st):
        if other._kind != _FINITE or other._exp != 0:
            return None
        n = -other._coef if other._sign else other._coef
        if not -context._prec <= n <= context._prec:
            return None
        return n

    def _move_digits(self, other, context, move):
        """shift and rotate: other must be an integer within [-prec, prec];
        move(coefficient, other, prec) gives the new coefficient of a
        finite self, infinities come back unchanged."""
        context = _ctx(context)
        other = _method_operand(other)
        st = [0]
        r = self._nans(other, context, st)
        if r is None:
            n = self._shift_amount(other, context, st)
            if n is None:
                r = _nan_result(st)
            elif self._kind == _INF:
                r = self
            else:
                r = _finite(self._sign, move(self._coef, n, context._prec), self._exp)
        context._signal(st[0])
        return r

    def shift(self, other, context=None):
        """The coefficient shifted by other digits, kept to prec digits."""
        return self._move_digits(other, context, _shifted_coef)

    def rotate(self, other, context=None):
        """The coefficient (as prec digits) rotated by other digits."""
        return self._move_digits(other, context, _rotated_coef)

    def __format__(self, spec, _localeconv=None):
        return _format(self, spec)


def _exact_ln(d, context, st):
    """ln(1) is exactly 0; no other finite positive number has an exact
    natural logarithm."""
    if d._coef == 1 and d._exp == 0:
        return _finite(0, 0, 0)
    return None


def _exact_log10(d, context, st):
    """The base-ten logarithm of a power of ten, an integer; None for
    other numbers."""
    c = d._coef
    t = 0
    while c % 10 == 0:
        c //= 10
        t += 1
    if c == 1:
        return _from_int(d._exp + t)._fix(context, st)
    return None


def _log10_fixed(x, scale):
    return _ln_fixed(x, scale + 5) * 10 ** scale // _ln10_fixed(scale + 5)


def _shifted_coef(coef, n, prec):
    c = coef * 10 ** n if n >= 0 else coef // 10 ** -n
    return c % 10 ** prec


def _rotated_coef(coef, n, prec):
    s = str(coef).zfill(prec)[-prec:]
    k = n % prec
    return int(s[k:] + s[:k])


def _copy(d, sign):
    """d with the given sign, nothing else changed."""
    if d._kind == _FINITE:
        return _finite(sign, d._coef, d._exp)
    return _special(sign, d._kind, d._coef)


def _total_cmp(a, b):
    """The specification's total order: -NaN < -sNaN < -Infinity <
    negative numbers < -0 < +0 < positive numbers < Infinity < sNaN <
    NaN; equal values order by exponent."""
    def rank(d):
        # Position of d's class for a positive sign.
        return {_FINITE: 0, _INF: 1, _SNAN: 2, _NAN: 3}[d._kind]
    if a._sign != b._sign:
        return -1 if a._sign else 1
    flip = -1 if a._sign else 1
    ra, rb = rank(a), rank(b)
    if ra != rb:
        return flip * ((ra > rb) - (ra < rb))
    if a._kind >= _NAN:
        return flip * ((a._coef > b._coef) - (a._coef < b._coef))
    if a._kind == _INF:
        return 0
    c = _copy(a, 0)._compare_value(_copy(b, 0))
    if c == 0:
        c = (a._exp > b._exp) - (a._exp < b._exp)
    return flip * c


def _log10_estimate(d):
    """log10(d) for a positive finite d, as a float good to about 15
    digits."""
    s = str(d._coef)
    lead = s[:17]
    return _math.log10(int(lead)) + (len(s) - len(lead)) + d._exp


def _near_one_digits(x):
    """How many zeros follow the point in |x - 1| (0 when x is not
    close to 1): the digits ln(x) loses to cancellation."""
    e = x._exp
    if e >= 0:
        diff = x._coef * 10 ** e - 1
        scale = 0
    else:
        diff = x._coef - 10 ** -e
        scale = -e
    if not diff:
        return 0
    return max(0, scale - _ndigits(abs(diff)))


# Fixed-point constants and series: a value v stands for v / 10**w.

_CONSTANTS = {}


def _atanh_inverse(q, w):
    """atanh(1/q) * 10**w, for an integer q > 1."""
    one = 10 ** (w + 5)
    term = one // q
    total = term
    q2 = q * q
    n = 1
    while term:
        term //= q2
        n += 2
        total += term // n
    return total // 10 ** 5


def _ln2_fixed(w):
    key = ("ln2", w)
    if key not in _CONSTANTS:
        _CONSTANTS[key] = 2 * _atanh_inverse(3, w + 5) // 10 ** 5
    return _CONSTANTS[key]


def _ln10_fixed(w):
    key = ("ln10", w)
    if key not in _CONSTANTS:
        # ln 10 = 3 ln 2 + ln(5/4), and ln(5/4) = 2 atanh(1/9)
        v = 6 * _atanh_inverse(3, w + 5) + 2 * _atanh_inverse(9, w + 5)
        _CONSTANTS[key] = v // 10 ** 5
    return _CONSTANTS[key]


def _ln_fixed(x, w):
    """ln(x) * 10**w (within a few units) for a positive finite x."""
    w2 = w + 10
    one = 10 ** w2
    digits = _ndigits(x._coef)
    a = x._exp + digits - 1  # x = f * 10**a, 1 <= f < 10
    shift = w2 - (digits - 1)
    f = x._coef * 10 ** shift if shift >= 0 else x._coef // 10 ** -shift
    # Bring f near 1 by powers of two: f / 2**j in [0.75, 1.5); each
    # halving truncates by less than a unit, far below the guard digits.
    j = 0
    while 2 * f >= 3 * one:
        f //= 2
        j += 1
    # ln f = 2 atanh(z), z = (f - 1) / (f + 1), summed on |z| so that
    # truncation goes towards zero.
    num = f - one
    z = abs(num) * one // (f + one)
    z2 = z * z // one
    term = z
    total = z
    n = 1
    while term:
        term = term * z2 // one
        n += 2
        total += term // n
    if num < 0:
        total = -total
    v = 2 * total + j * _ln2_fixed(w2) + a * _ln10_fixed(w2)
    return v // 10 ** 10


def _exp_small_fixed(r, w):
    """exp(r / 10**w) * 10**w for 0 <= r < 3 * 10**w."""
    k = 24
    w2 = w + 20
    one = 10 ** w2
    z = (r * 10 ** 20) >> k
    term = one
    total = one
    n = 1
    while term:
        term = term * z // (one * n)
        total += term
        n += 1
    for _ in range(k):
        total = total * total // one
    return total // 10 ** 20


def _exp_fixed_scaled(t, s, wp):
    """exp(t / 10**s) as (v, e): v * 10**e, v with about wp + 10
    significant digits, within a few units of v's last place."""
    w = wp + 10
    big = w + 30
    y = t * 10 ** (big - s) if big >= s else t // 10 ** (s - big)
    ln10 = _ln10_fixed(big)
    k = y // ln10
    r = y - k * ln10
    value = _exp_small_fixed(r // 10 ** (big - w), w)
    return (value, k - w)


def _half_even(context):
    """A context like context but rounding half to even, recording its
    conditions in context's flags: exp, ln and log10 round that way
    whatever the context's rounding."""
    if context._rounding == ROUND_HALF_EVEN:
        return context
    c = context.copy()
    c._rounding = ROUND_HALF_EVEN
    c._flags = context._flags
    return c


def _correctly_rounded_fixed(approx, context, st):
    """The value approx(wp) = (v, e) approximates (v * 10**e, within
    1000 units of v), rounded to the context: more working digits are
    tried until both ends of the error interval round alike."""
    wp = context._prec + 3
    quiet = context.copy()
    quiet._traps._bits = 0
    for _ in range(5):
        v, e = approx(wp)
        sign = int(v < 0)
        m = abs(v)
        lo = _finish(sign, max(m - 1000, 0), e, quiet, [0])
        hi = _finish(sign, m + 1000, e, quiet, [0])
        if lo._kind == hi._kind and lo._coef == hi._coef and lo._exp == hi._exp and m > 1000:
            break
        wp *= 2
    return _finish(sign, m * 10 + 1, e - 1, context, st)


_correctly_rounded = _correctly_rounded_fixed


# ---------------------------------------------------------------------
# Formatting with the format-spec mini-language.

def _parse_spec(spec):
    """The fields of a format spec, or ValueError."""
    fill, align = " ", None
    i = 0
    n = len(spec)
    if n >= 2 and spec[1] in "<>=^":
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in "<>=^":
        align = spec[0]
        i = 1
    sign = "-"
    if i < n and spec[i] in "+- ":
        sign = spec[i]
        i += 1
    no_neg_zero = False
    if i < n and spec[i] == "z":
        no_neg_zero = True
        i += 1
    alt = False
    zeropad = False
    if i < n and spec[i] == "0":
        zeropad = True
        i += 1
        if align is not None:
            raise ValueError("invalid format string")
    j = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[j:i]) if i > j else None
    sep = ""
    if i < n and spec[i] == ",":
        sep = spec[i]
        i += 1
    precision = None
    if i < n and spec[i] == ".":
        j = i + 1
        i = j
        while i < n and spec[i].isdigit():
            i += 1
        if i == j:
            raise ValueError("invalid format string")
        precision = int(spec[j:i])
    typ = None
    if i < n:
        typ = spec[i]
        i += 1
    if i != n or (typ is not None and typ not in "eEfFgGn%"):
        raise ValueError("invalid format string")
    if zeropad:
        fill, align = "0", "="
    if align is None:
        align = ">"
    if typ == "n" and sep:
        raise ValueError("invalid format string")
    return fill, align, sign, no_neg_zero, zeropad, width, sep, precision, typ


def _round_significant(d, places, rounding):
    """d (finite) rounded to places significant digits."""
    r = d._rescale(d.adjusted() + 1 - places, rounding)[0]
    if r.adjusted() != d.adjusted():
        r = r._rescale(r.adjusted() + 1 - places, rounding)[0]
    return r


def _group(digits, sep, min_width):
    """digits with sep between groups of three, zero-padded on the left
    to at least min_width characters."""
    if not sep:
        return digits.rjust(max(min_width, len(digits), 1), "0")
    groups = []
    while True:
        size = min(max(len(digits), min_width, 1), 3)
        groups.append(digits[-size:].rjust(size, "0") if digits else "0" * size)
        digits = digits[:-size] if len(digits) > size else ""
        min_width -= size
        if not digits and min_width <= 0:
            break
        min_width -= len(sep)
        if not digits and min_width <= 0:
            # The separator alone fills the width: one more group.
            pass
    return sep.join(reversed(groups))


def _format(d, spec):
    context = getcontext()
    if not isinstance(spec, str):
        raise TypeError("format() argument must be str, not %s" % type(spec).__name__)
    fill, align, sign_opt, no_neg_zero, zeropad, width, sep, precision, typ = _parse_spec(spec)
    alt = False
    if typ is None:
        typ = "G" if context._capitals else "g"
        if precision is None and not sep and width is None:
            pass
    if typ == "n":
        typ = "g"
    rounding = context._rounding
    negative = d._sign == 1
    if d._kind != _FINITE:
        body = d.__str__().lstrip("-")
        if typ == "%":
            body += "%"
        if zeropad:
            # Zero padding does not apply to infinities and NaNs.
            fill, align = " ", ">"
        return _align(_sign_text(negative, sign_opt), body, fill, align, width)
    if typ == "%":
        d = _finite(d._sign, d._coef, d._exp + 2)
    was_zero = not d._coef
    if precision is not None:
        if typ in "eE":
            if d._coef:
                d = _round_significant(d, precision + 1, rounding)
        elif typ in "fF%":
            d = d._rescale(-precision, rounding)[0]
        elif typ in "gG":
            if precision == 0:
                precision = 1
            if _ndigits(d._coef) > precision:
                d = _round_significant(d, precision, rounding)
    if not d._coef and d._exp > 0 and typ in "fF%":
        d = d._rescale(0, rounding)[0]
    # 'z' drops the sign of a zero; with 'F' only of a value that was
    # zero before rounding, as the reference implementation does.
    if no_neg_zero and (was_zero if typ == "F" else not d._coef):
        negative = False
    digits = str(d._coef)
    left = d._exp + len(digits)
    if typ in "eE":
        dot = 1 - precision if (not d._coef and precision is not None) else 1
    elif typ in "fF%":
        dot = left
    else:
        dot = left if (d._exp <= 0 and left > -6) else 1
    if dot < 0:
        intpart, frac = "0", "0" * -dot + digits
    elif dot > len(digits):
        intpart, frac = digits + "0" * (dot - len(digits)), ""
    else:
        intpart, frac = digits[:dot] or "0", digits[dot:]
    exp = left - dot
    sign = _sign_text(negative, sign_opt)
    if frac or alt:
        frac = "." + frac
    if exp != 0 or typ in "eE":
        frac += {"E": "E", "e": "e", "G": "E", "g": "e"}[typ] + "%+d" % exp
    if typ == "%":
        frac += "%"
    # Only the 0 flag pads with zeros that take separators.
    min_width = (width - len(frac) - len(sign)) if (zeropad and width) else 0
    intpart = _group(intpart, sep, min_width)
    return _align(sign, intpart + frac, fill, align, width)


def _sign_text(negative, sign_opt):
    if negative:
        return "-"
    return "" if sign_opt == "-" else sign_opt


def _align(sign, body, fill, align, width):
    text = sign + body
    pad = (width or 0) - len(text)
    if pad <= 0:
        return text
    if align == "<":
        return text + fill * pad
    if align == "=":
        return sign + fill * pad + body
    if align == "^":
        return fill * (pad // 2) + text + fill * (pad - pad // 2)
    return fill * pad + text


# ---------------------------------------------------------------------
# Context methods that apply a Decimal operation in the context.

def _install_context_methods():
    def op2(impl):
        def f(a, b, context=None):
            context = _ctx(context)
            st = [0]
            r = impl(a, b, context, st)
            context._signal(st[0])
            return r
        return f

    def sub(a, b, context, st):
        return a._add(b, context, st, True)

    one = {"abs": Decimal.__abs__, "plus": Decimal.__pos__, "minus": Decimal.__neg__,
           "sqrt": Decimal.sqrt, "exp": Decimal.exp, "ln": Decimal.ln,
           "log10": Decimal.log10, "logb": Decimal.logb, "normalize": Decimal.normalize,
           "next_plus": Decimal.next_plus, "next_minus": Decimal.next_minus,
           "to_integral_value": Decimal.to_integral_value,
           "to_integral": Decimal.to_integral_value,
           "to_integral_exact": Decimal.to_integral_exact,
           "logical_invert": Decimal.logical_invert, "number_class": Decimal.number_class,
           "is_normal": Decimal.is_normal, "is_subnormal": Decimal.is_subnormal}
    for name, m in one.items():
        setattr(Context, name, _context_method(name, m, 1))
    two = {"add": op2(Decimal._add), "subtract": op2(sub), "multiply": op2(Decimal._mul),
           "divide": op2(Decimal._div), "divide_int": op2(Decimal._floordiv),
           "remainder": op2(Decimal._mod), "remainder_near": Decimal.remainder_near,
           "compare": Decimal.compare, "compare_signal": Decimal.compare_signal,
           "max": Decimal.max, "min": Decimal.min, "max_mag": Decimal.max_mag,
           "min_mag": Decimal.min_mag, "quantize": Decimal.quantize,
           "next_toward": Decimal.next_toward, "scaleb": Decimal.scaleb,
           "shift": Decimal.shift, "rotate": Decimal.rotate,
           "logical_and": Decimal.logical_and, "logical_or": Decimal.logical_or,
           "logical_xor": Decimal.logical_xor}
    for name, m in two.items():
        setattr(Context, name, _context_method(name, m, 2))
    setattr(Context, "fma", _context_method("fma", Decimal.fma, 3))
    for name in ("is_canonical", "is_finite", "is_infinite", "is_nan", "is_qnan",
                 "is_snan", "is_signed", "is_zero", "canonical", "copy_abs",
                 "copy_negate"):
        def make(name):
            def f(self, a):
                return getattr(_dec(a, self, name), name)()
            f.__name__ = name
            f.__qualname__ = "Context." + name
            return f
        setattr(Context, name, make(name))

    def two_plain(name):
        def f(self, a, b):
            return getattr(_dec(a, self, name), name)(_dec(b, self, name))
        f.__name__ = name
        f.__qualname__ = "Context." + name
        return f
    for name in ("compare_total", "compare_total_mag", "copy_sign", "same_quantum"):
        setattr(Context, name, two_plain(name))


_install_context_methods()
del _install_context_methods

_c_name(Decimal, "decimal.Decimal")
_c_name(Context, "decimal.Context")

_numbers.Number.register(Decimal)

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN,
                         traps=[DivisionByZero, Overflow, InvalidOperation],
                         flags=[], Emax=999999, Emin=-999999, capitals=1, clamp=0)
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow],
                       flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])
