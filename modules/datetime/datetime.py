"""Dates, times, durations and time zones.

gilpy's datetime: date, time, datetime, timedelta, tzinfo, timezone and
the constants, with CPython 3.11's behaviour, messages and pickles.
Local time comes from the time module (Go's idea of the machine's zone).
"""

import time as _time
from operator import index as _index
from _gilpy_datetime import (strptime_parts as _strptime_parts,
                             local_offset as _local_offset,
                             local_fields as _local_wall,
                             set_c_type_name as _set_c_type_name,
                             hide_from_tracebacks as _hide)

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059          # date(9999, 12, 31).toordinal()
_EPOCH_ORDINAL = 719163        # date(1970, 1, 1).toordinal()
_US_PER_DAY = 86400000000

_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_DAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_ABBR = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
               "Sep", "Oct", "Nov", "Dec")


# ---- calendar arithmetic ---------------------------------------------------

def _is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _month_len(y, m):
    if m == 2 and _is_leap(y):
        return 29
    return _MONTH_DAYS[m]


def _to_ordinal(y, m, d):
    # Days since 1 Jan 1 counted in whole 400-year eras starting in March,
    # so that the leap day falls at the end of each shifted year.
    if m <= 2:
        y -= 1
        m += 9
    else:
        m -= 3
    era = y // 400
    yoe = y - era * 400
    doy = (153 * m + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 305


def _from_ordinal(n):
    # The inverse of _to_ordinal.
    z = n + 305
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    if mp < 10:
        return yoe + era * 400, mp + 3, d
    return yoe + era * 400 + 1, mp - 9, d


def _day_of_year(y, m, d):
    return _BEFORE_MONTH[m] + (m > 2 and _is_leap(y)) + d


def _iso_week1_monday(y):
    # The Monday of ISO week 1 is the Monday of the week holding 4 January.
    jan4 = _to_ordinal(y, 1, 4)
    return jan4 - (jan4 + 6) % 7


def _weeks_in_iso_year(y):
    return (_iso_week1_monday(y + 1) - _iso_week1_monday(y)) // 7


# ---- argument checking -----------------------------------------------------

def _int_field(v):
    # A C int argument: anything with __index__, within 32 bits.
    if type(v) is not int:
        v = _index(v)
    if not -2147483648 <= v <= 2147483647:
        if not -(1 << 63) <= v < (1 << 63):
            raise OverflowError("Python int too large to convert to C long")
        if v > 0:
            raise OverflowError("signed integer is greater than maximum")
        raise OverflowError("signed integer is less than minimum")
    return v


def _check_date(y, m, d):
    if (type(y) is int and type(m) is int and type(d) is int
            and 0 < y < 10000 and 0 < m < 13 and 0 < d < 29):
        return y, m, d
    y = _int_field(y)
    m = _int_field(m)
    d = _int_field(d)
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError("year %d is out of range" % y)
    if not 1 <= m <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= d <= _month_len(y, m):
        raise ValueError("day is out of range for month")
    return y, m, d


def _check_time(h, mi, s, us, fold):
    if (type(h) is int and type(mi) is int and type(s) is int and type(us) is int
            and 0 <= h < 24 and 0 <= mi < 60 and 0 <= s < 60 and 0 <= us < 1000000
            and (fold == 0 or fold == 1) and type(fold) is int):
        return h, mi, s, us, fold
    h = _int_field(h)
    mi = _int_field(mi)
    s = _int_field(s)
    us = _int_field(us)
    if not 0 <= h <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= mi <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= s <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= us <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    fold = _int_field(fold)
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return h, mi, s, us, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                        "not type '%s'" % type(tz).__name__)


_NOARG = object()
_TIME_FIELDS = ("hour", "minute", "second", "microsecond", "tzinfo", "fold")
_DATETIME_FIELDS = ("year", "month", "day") + _TIME_FIELDS


def _parse_args(args, kwargs, names, nrequired, npositional, fname="function"):
    """Match arguments to names as CPython's C argument parser does, with
    its messages; missing optional ones are _NOARG."""
    n = len(args) + len(kwargs)
    if len(args) > npositional:
        if npositional < len(names):
            raise TypeError("%s takes at most %d positional arguments (%d given)"
                            % (fname, npositional, len(args)))
        raise TypeError("%s takes at most %d arguments (%d given)"
                        % (fname, len(names), n))
    if n > len(names):
        raise TypeError("%s takes at most %d arguments (%d given)"
                        % (fname, len(names), n))
    vals = list(args) + [_NOARG] * (len(names) - len(args))
    for i in range(len(args), len(names)):
        if names[i] in kwargs:
            vals[i] = kwargs[names[i]]
        elif i < nrequired:
            raise TypeError("%s missing required argument '%s' (pos %d)"
                            % (fname, names[i], i + 1))
    for k in kwargs:
        if k not in names:
            raise TypeError("'%s' is an invalid keyword argument for %s"
                            % (k, "this function" if fname == "function" else fname))
        i = names.index(k)
        if i < len(args):
            raise TypeError("argument for %s given by name ('%s') and position (%d)"
                            % (fname, k, i + 1))
    return vals


def _tpname(o):
    # The name CPython's messages give o's type: "datetime.date" for the
    # module's own classes, the bare name for subclasses.
    return type(o).__name__ if type(o) not in _C_NAMES else _C_NAMES[type(o)]


def _tn(o):
    # A type as CPython's argument errors name it ("None" for None).
    return "None" if o is None else type(o).__name__


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


def _comparisons(kind, compare):
    """The six rich comparison methods of a class whose instances compare
    with the objects kind(other) accepts (NotImplemented for the rest) by
    compare(self, other, ordering): negative, zero or positive; ordering
    is False for == and !=, which must not raise where < would."""
    def __eq__(self, other):
        return compare(self, other, False) == 0 if kind(other) else NotImplemented

    def __ne__(self, other):
        return compare(self, other, False) != 0 if kind(other) else NotImplemented

    def __lt__(self, other):
        return compare(self, other, True) < 0 if kind(other) else NotImplemented

    def __le__(self, other):
        return compare(self, other, True) <= 0 if kind(other) else NotImplemented

    def __gt__(self, other):
        return compare(self, other, True) > 0 if kind(other) else NotImplemented

    def __ge__(self, other):
        return compare(self, other, True) >= 0 if kind(other) else NotImplemented
    return __eq__, __ne__, __lt__, __le__, __gt__, __ge__


def _round_half_even_div(a, b):
    # a / b rounded to the nearest integer, ties to even (b > 0).
    q, r = divmod(a, b)
    r2 = 2 * r
    if r2 > b or (r2 == b and q % 2 == 1):
        q += 1
    return q


def _c_round(x):
    # C's round(): halves away from zero.
    if x >= 0.0:
        f = float(int(x))
        return f + 1.0 if x - f >= 0.5 else f
    return -_c_round(-x)


# ---- timedelta -------------------------------------------------------------

_TD_FACTORS = (("microseconds", 1), ("milliseconds", 1000),
               ("seconds", 1000000), ("minutes", 60000000),
               ("hours", 3600000000), ("days", 86400000000),
               ("weeks", 604800000000))
_TD_UNITS = dict(_TD_FACTORS)
_TD_NAMES = ("days", "seconds", "microseconds", "milliseconds", "minutes",
             "hours", "weeks")


def _td_from_us(cls, us):
    d, us = divmod(us, _US_PER_DAY)
    s, us = divmod(us, 1000000)
    if not -999999999 <= d <= 999999999:
        if -2147483648 <= d <= 2147483647:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        raise OverflowError("Python int too large to convert to C int")
    # Subclasses too are made without calling their constructor.
    self = object.__new__(cls)
    self._hashcode = -1  # computed on first use
    self._days = d
    self._seconds = s
    self._microseconds = us
    return self


class timedelta:
    """A duration: days, seconds and microseconds, normalized so that
    0 <= seconds < 86400 and 0 <= microseconds < 1000000 (days carry the
    sign). Built from any mix of weeks, days, hours, minutes, seconds,
    milliseconds and microseconds, ints or floats."""

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, *args, **kwargs):
        if not args and kwargs:
            # Keywords only, all plain ints: no rounding to do.
            total = 0
            for k, v in kwargs.items():
                f = _TD_UNITS.get(k)
                if f is None or type(v) is not int:
                    break
                total += v * f
            else:
                return _td_from_us(cls, total)
        if not kwargs and len(args) <= 3:
            vals = list(args) + [0] * (7 - len(args))
        else:
            vals = _parse_args(args, kwargs, _TD_NAMES, 0, 7, "__new__()")
            vals = [0 if v is _NOARG else v for v in vals]
        days, seconds, us, ms, minutes, hours, weeks = vals
        if (type(days) is int and type(seconds) is int and type(us) is int
                and ms == 0 and minutes == 0 and hours == 0 and weeks == 0
                and type(ms) is int and type(minutes) is int
                and type(hours) is int and type(weeks) is int):
            return _td_from_us(cls, (days * 86400 + seconds) * 1000000 + us)
        given = {"days": days, "seconds": seconds, "microseconds": us,
                 "milliseconds": ms, "minutes": minutes, "hours": hours,
                 "weeks": weeks}
        total = 0
        leftover = 0.0
        for name, factor in _TD_FACTORS:
            v = given[name]
            if isinstance(v, int):
                total += v * factor
            elif isinstance(v, float):
                # The whole part is exact; the fraction is scaled in
                # floating point and what is below a microsecond is kept
                # to be rounded once at the end.
                whole = float(int(v))
                frac = v - whole
                total += int(whole) * factor
                if frac:
                    scaled = float(factor) * frac
                    iwhole = float(int(scaled))
                    total += int(iwhole)
                    leftover += scaled - iwhole
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (name, type(v).__name__))
        if leftover:
            r = _c_round(leftover)
            if abs(r - leftover) == 0.5:
                odd = total & 1
                r = 2.0 * _c_round((leftover + odd) * 0.5) - odd
            total += int(r)
        return _td_from_us(cls, total)

    @property
    def days(self):
        """Number of days."""
        return self._days

    @property
    def seconds(self):
        """The seconds part, 0 <= seconds < 86400."""
        return self._seconds

    @property
    def microseconds(self):
        """The microseconds part, 0 <= microseconds < 1000000."""
        return self._microseconds

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        """The whole duration in seconds, as a float."""
        return self._us() / 10**6

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=%d" % self._days)
        if self._seconds:
            parts.append("seconds=%d" % self._seconds)
        if self._microseconds:
            parts.append("microseconds=%d" % self._microseconds)
        if not parts:
            parts.append("0")
        return "%s(%s)" % (_tpname(self), ", ".join(parts))

    def __str__(self):
        m, s = divmod(self._seconds, 60)
        h, m = divmod(m, 60)
        text = "%d:%02d:%02d" % (h, m, s)
        if self._microseconds:
            text += ".%06d" % self._microseconds
        if self._days:
            d = self._days
            text = "%d day%s, %s" % (d, "" if abs(d) == 1 else "s", text)
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(timedelta, self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(timedelta, self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td_from_us(timedelta, other._us() - self._us())
        return NotImplemented

    def __neg__(self):
        return _td_from_us(timedelta, -self._us())

    def __pos__(self):
        return _td_from_us(timedelta, self._us())

    def __abs__(self):
        if self._days < 0:
            return self.__neg__()
        return self.__pos__()

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_from_us(timedelta, self._us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return _td_from_us(timedelta, _round_half_even_div(self._us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            d = other._us()
            if d == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._us() // d
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _td_from_us(timedelta, self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            d = other._us()
            if d == 0:
                raise ZeroDivisionError("division by zero")
            return self._us() / d
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            us = self._us()
            if other < 0:
                us, other = -us, -other
            return _td_from_us(timedelta, _round_half_even_div(us, other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            if a == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            us = self._us() * b
            if a < 0:
                us, a = -us, -a
            return _td_from_us(timedelta, _round_half_even_div(us, a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            d = other._us()
            if d == 0:
                raise ZeroDivisionError("integer modulo by zero")
            return _td_from_us(timedelta, self._us() % d)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            d = other._us()
            if d == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._us(), d)
            return q, _td_from_us(timedelta, r)
        return NotImplemented

    __eq__, __ne__, __lt__, __le__, __gt__, __ge__ = _comparisons(
        lambda other: isinstance(other, timedelta),
        lambda self, other, ordering: _cmp(self._us(), other._us()))

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


_INF = float("inf")

# The range of timedelta: whole days of magnitude up to 999999999, and
# the step between two values.
timedelta.resolution = timedelta(microseconds=1)
timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(999999999, 24 * 3600 - 1, 999999)


# ---- tzinfo helpers ----------------------------------------------------------

_DAY = timedelta(1)


def _check_offset(name, off):
    # What utcoffset() and dst() may return: None or a timedelta within a
    # day either way.
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(off).__name__))
    if not -_DAY < off < _DAY:
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")
    return off


def _check_tzname(name):
    if name is not None and not isinstance(name, str):
        raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                        % type(name).__name__)
    return name


def _format_offset(off, sep):
    # +HH<sep>MM, with <sep>SS and .ffffff only when they are not zero.
    if off is None:
        return ""
    sign = "+"
    if off._days < 0:
        sign = "-"
        off = -off
    m, s = divmod(off._seconds, 60)
    h, m = divmod(m, 60)
    text = "%s%02d%s%02d" % (sign, h, sep, m)
    if s or off._microseconds:
        text += "%s%02d" % (sep, s)
        if off._microseconds:
            text += ".%06d" % off._microseconds
    return text


def _format_time(h, m, s, us, timespec, argpos):
    if type(timespec) is not str and not isinstance(timespec, str):
        raise TypeError("isoformat() argument %d must be str, not %s"
                        % (argpos, _tn(timespec)))
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % h
    if timespec == "minutes":
        return "%02d:%02d" % (h, m)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (h, m, s)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (h, m, s, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (h, m, s, us)
    raise ValueError("Unknown timespec value")


def _strftime(obj, fmt, timetuple):
    # %f, %z and %Z are the object's own; everything else is time.strftime's.
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % _tn(fmt))
    if "\0" in fmt:
        # The format is read as a C string: it ends at the first NUL.
        fmt = fmt[:fmt.index("\0")]
    if "%f" in fmt or "%z" in fmt or "%Z" in fmt:
        out = []
        i = 0
        n = len(fmt)
        while i < n:
            c = fmt[i]
            i += 1
            if c != "%" or i >= n:
                out.append(c)
                continue
            c = fmt[i]
            i += 1
            if c == "f":
                out.append("%06d" % getattr(obj, "microsecond", 0))
            elif c == "z":
                off = obj.utcoffset() if hasattr(obj, "utcoffset") else None
                out.append(_format_offset(off, ""))
            elif c == "Z":
                name = obj.tzname() if hasattr(obj, "tzname") else None
                if name is not None:
                    out.append(name.replace("%", "%%"))
            else:
                out.append("%")
                out.append(c)
        fmt = "".join(out)
    return _time.strftime(fmt, timetuple)


def _struct_time(y, m, d, hh, mm, ss, dst):
    wday = (_to_ordinal(y, m, d) + 6) % 7
    return _time.struct_time((y, m, d, hh, mm, ss, wday, _day_of_year(y, m, d), dst))


def _check_fmt_arg(fmt):
    if not isinstance(fmt, str):
        raise TypeError("__format__() argument 1 must be str, not %s" % _tn(fmt))


def _check_utc_arg(name, dt):
    if dt is not None and not isinstance(dt, datetime):
        raise TypeError("%s(dt) argument must be a datetime instance or None, not %s"
                        % (name, type(dt).__name__))


# ---- ISO 8601 parsing --------------------------------------------------------

def _digits(s, i, n):
    # The int made of the n ASCII digits at s[i:], or -1.
    part = s[i:i + n]
    if len(part) != n or not part.isascii() or not part.isdigit():
        return -1
    return int(part)


def _parse_iso_date(s):
    # YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D], YYYYWww[D]: returns (y, m, d) or
    # None; range errors are the constructors'.
    y = _digits(s, 0, 4)
    if y < 0:
        return None
    rest = s[4:]
    dash = rest[:1] == "-"
    if dash:
        rest = rest[1:]
    if rest[:1] == "W":
        w = _digits(rest, 1, 2)
        if w < 0:
            return None
        rest = rest[3:]
        wd = 1
        if rest:
            if dash:
                if rest[:1] != "-":
                    return None
                rest = rest[1:]
            if len(rest) != 1:
                return None
            wd = _digits(rest, 0, 1)
            if wd < 0:
                return None
        if not (0 < w < 53 or (w == 53 and _weeks_in_iso_year(y) == 53)) or not 0 < wd < 8:
            return None
        return _iso_to_ymd(y, w, wd)
    if dash:
        if len(rest) != 5 or rest[2] != "-":
            return None
        m = _digits(rest, 0, 2)
        d = _digits(rest, 3, 2)
    else:
        if len(rest) != 4:
            return None
        m = _digits(rest, 0, 2)
        d = _digits(rest, 2, 2)
    if m < 0 or d < 0:
        return None
    return _check_date(y, m, d)


def _iso_to_ymd(y, w, d):
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % y)
    if not 0 < w < 53:
        if not (w == 53 and _weeks_in_iso_year(y) == 53):
            raise ValueError("Invalid week: %d" % w)
    if not 0 < d < 8:
        raise ValueError("Invalid day: %d (range is [1, 7])" % d)
    o = _iso_week1_monday(y) + (w - 1) * 7 + d - 1
    if not 0 < o <= _MAXORDINAL:
        raise ValueError("year %d is out of range" % _from_ordinal(o)[0])
    return _from_ordinal(o)


def _parse_hms(s, with_fraction):
    # HH[:MM[:SS[.fff[fff]]]] or HH[MM[SS[.ffffff]]]: (h, m, s, us) or None.
    vals = [0, 0, 0, 0]
    i = 0
    n = len(s)
    colons = None
    for k in range(3):
        v = _digits(s, i, 2)
        if v < 0:
            return None
        vals[k] = v
        i += 2
        if i >= n:
            return vals
        c = s[i]
        if k < 2 and c == ":":
            if colons is False:
                return None
            colons = True
            i += 1
            if i >= n:
                return None
            continue
        if k < 2 and "0" <= c <= "9":
            if colons:
                return None
            colons = False
            continue
        break
    if i >= n:
        return vals
    if not with_fraction or k != 2 or s[i] not in ".,":
        return None
    i += 1
    frac = s[i:]
    if not frac or not frac.isascii() or not frac.isdigit():
        return None
    vals[3] = int((frac[:6] + "00000")[:6])
    return vals


def _parse_iso_time(s):
    # A time with an optional offset: (h, m, s, us, tzinfo) or None.
    cut = len(s)
    for j, c in enumerate(s):
        if c in "+-Z":
            cut = j
            break
    hms = _parse_hms(s[:cut], True)
    if hms is None:
        return None
    tz = None
    z = s[cut:]
    if z:
        if z == "Z":
            tz = timezone.utc
        elif z[0] == "Z":
            return None
        else:
            off = _parse_hms(z[1:], True)
            if off is None:
                return None
            delta = timedelta(hours=off[0], minutes=off[1], seconds=off[2],
                              microseconds=off[3])
            if z[0] == "-":
                delta = -delta
            tz = timezone(delta)
    return hms[0], hms[1], hms[2], hms[3], tz


def _date_part_length(s):
    # Where the date ends in a datetime string: the separator follows.
    n = len(s)
    if n <= 7:
        return n
    if s[4] == "-":
        if s[5] != "W":
            return 10
        if n > 8 and s[8] == "-":
            return 10 if n == 10 or not ("0" <= s[10:11] <= "9") else 8
        return 8
    if s[4] == "W":
        j = 7
        while j < n and "0" <= s[j] <= "9":
            j += 1
        if j < 9:
            return j
        return 7 if j % 2 == 0 else 8
    return 8


# ---- tzinfo and timezone -----------------------------------------------------

class tzinfo:
    """The abstract base of time zones: subclasses give utcoffset(),
    dst() and tzname() for a datetime, and may override fromutc()."""

    __slots__ = ()

    def tzname(self, dt):
        """tzname(dt): the zone's name at dt, a str or None."""
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        """utcoffset(dt): local time minus UTC at dt, as a timedelta (or None)."""
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        """dst(dt): how much of utcoffset(dt) is daylight saving time, a
        timedelta or None."""
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """fromutc(dt): dt, whose fields hold UTC, moved to this zone's local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = dt.utcoffset()
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        standard = off - dst
        if standard:
            dt = dt + standard
            dst = dt.dst()
            if dst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; "
                                 "cannot convert")
        return dt + dst

    def __reduce__(self):
        getinitargs = getattr(self, "__getinitargs__", None)
        args = getinitargs() if getinitargs is not None else ()
        state = getattr(self, "__dict__", None) or None
        return (type(self), args, state)


class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""

    __slots__ = ("_offset", "_name")

    def __new__(cls, *args, **kwargs):
        if kwargs or len(args) != 1:
            offset, name = _parse_args(args, kwargs, ("offset", "name"), 1, 2, "timezone()")
            if name is _NOARG:
                name = None
            elif not isinstance(name, str):
                raise TypeError("timezone() argument 2 must be str, not %s" % _tn(name))
        else:
            offset, name = args[0], None
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % _tn(offset))
        if name is None and not offset and _UTC is not None:
            return _UTC
        if not -_DAY < offset < _DAY:
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), "
                             "not %r." % (offset,))
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'datetime.timezone' is not an acceptable base type")

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return (type(self), self.__getinitargs__(), None)

    # Zones are equal when their offsets are: names do not count.
    def __eq__(self, other):
        if not isinstance(other, timezone):
            return NotImplemented
        return self._offset == other._offset

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        if self._name is None:
            return "datetime.timezone(%r)" % (self._offset,)
        return "datetime.timezone(%r, %r)" % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        """Return fixed offset."""
        _check_utc_arg("utcoffset", dt)
        return self._offset

    def tzname(self, dt):
        """The name given when the timezone was made, else 'UTC' followed by
        the offset as +HH:MM (and seconds when there are any)."""
        _check_utc_arg("tzname", dt)
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _format_offset(self._offset, ":")

    def dst(self, dt):
        """Return None."""
        _check_utc_arg("dst", dt)
        return None

    def fromutc(self, dt):
        """fromutc(dt): dt, whose fields hold UTC, plus this zone's offset."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


_UTC = None
_UTC = timezone(timedelta(0))
timezone.utc = _UTC
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = _UTC


def _utcoffset_of(tz, dt):
    if tz is None:
        return None
    return _check_offset("utcoffset", tz.utcoffset(dt))


# ---- date ----------------------------------------------------------------------

def _date_new(cls, y, m, d):
    if cls is date:
        self = object.__new__(date)
        self._year = y
        self._month = m
        self._day = d
        self._hashcode = -1
        return self
    return cls(y, m, d)


def _date_from_ordinal(cls, o):
    if not 0 < o <= _MAXORDINAL:
        raise OverflowError("date value out of range")
    y, m, d = _from_ordinal(o)
    return _date_new(cls, y, m, d)


def _local_fields(t, us, utc):
    # (y, m, d, hh, mm, ss) of a whole Unix time, in UTC or local time.
    if not -(1 << 63) <= t < (1 << 63):
        raise OverflowError("timestamp out of range for platform time_t")
    if not utc and -62135683200 <= t <= 253402387199:
        t += _local_offset(t)[0]
    days, secs = divmod(t, 86400)
    o = days + _EPOCH_ORDINAL
    y, m, d = _from_ordinal(o)
    if not 0 < o <= _MAXORDINAL:
        raise ValueError("year %d is out of range" % y)
    hh, secs = divmod(secs, 3600)
    mm, ss = divmod(secs, 60)
    return y, m, d, hh, mm, ss


def _split_timestamp(t):
    # A timestamp as whole seconds and microseconds; a float's fraction
    # is scaled in floating point and rounded half to even, as CPython
    # does.
    if isinstance(t, int):
        return _index(t), 0
    if not isinstance(t, float):
        return _index(t), 0
    if t != t:
        raise ValueError("Invalid value NaN (not a number)")
    if t in (_INF, -_INF) or not -9.223372036854776e18 <= t < 9.223372036854776e18:
        raise OverflowError("timestamp out of range for platform time_t")
    whole = float(int(t))
    us = round((t - whole) * 1e6)
    secs = int(whole)
    if us >= 1000000:
        secs += 1
        us -= 1000000
    elif us < 0:
        secs -= 1
        us += 1000000
    return secs, us


class date:
    """A date in the proleptic Gregorian calendar: date(year, month, day)."""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, *args, **kwargs):
        if len(args) == 3 and not kwargs:
            y, m, d = args
        else:
            if (len(args) == 1 and not kwargs and isinstance(args[0], (bytes, str))
                    and len(args[0]) == 4):
                state = args[0]
                if isinstance(state, str):
                    state = state.encode("latin-1")
                if 1 <= state[2] <= 12:
                    return _date_new(cls, state[0] * 256 + state[1], state[2], state[3])
            y, m, d = _parse_args(args, kwargs, ("year", "month", "day"), 3, 3)
        if type(y) is not int or type(m) is not int or type(d) is not int \
                or not 1 <= m <= 12 or not MINYEAR <= y <= MAXYEAR or d < 1 or d > 28:
            y, m, d = _check_date(y, m, d)
        self = object.__new__(cls)
        self._hashcode = -1  # computed on first use
        self._year = y
        self._month = m
        self._day = d
        return self

    # -- constructors --

    @classmethod
    def fromtimestamp(cls, t):
        """Create a date from a POSIX timestamp, in local time."""
        secs, us = _split_timestamp(t)
        y, m, d = _local_fields(secs, us, False)[:3]
        return _date_new(cls, y, m, d)

    @classmethod
    def today(cls):
        """Today's date in local time (for datetime: the local date and time now)."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        """The date whose proleptic Gregorian ordinal is n (1 is 0001-01-01)."""
        n = _int_field(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAXORDINAL:
            raise ValueError("year %d is out of range" % _from_ordinal(n)[0])
        y, m, d = _from_ordinal(n)
        return _date_new(cls, y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        """The date written as YYYY-MM-DD (or another ISO 8601 date form
        that isoformat() could give)."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        ymd = None
        if len(date_string) in (7, 8, 10):
            ymd = _parse_iso_date(date_string)
        if ymd is None:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        return _date_new(cls, *ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """The date of an ISO calendar (year, week, weekday): what
        isocalendar() returns, turned back into a date."""
        y, m, d = _iso_to_ymd(_int_field(year), _int_field(week), _int_field(day))
        return _date_new(cls, y, m, d)

    # -- fields --

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    # -- text --

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_tpname(self), self._year, self._month, self._day)

    def isoformat(self):
        """The date as YYYY-MM-DD."""
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        """Return ctime() style string."""
        return "%s %s %2d 00:00:00 %04d" % (
            _DAY_ABBR[self.weekday()], _MONTH_ABBR[self._month], self._day, self._year)

    def strftime(self, format):
        """format -> strftime() style string."""
        return _strftime(self, format, self.timetuple())

    def __format__(self, fmt):
        _check_fmt_arg(fmt)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    # -- calendar --

    def timetuple(self):
        """The date as a time.struct_time, with a time of midnight and isdst -1."""
        return _struct_time(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        """The proleptic Gregorian ordinal: the number of days since
        0000-12-31, so 0001-01-01 is 1."""
        return _to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        """The weekday as 0 (Monday) to 6 (Sunday)."""
        return (_to_ordinal(self._year, self._month, self._day) + 6) % 7

    def isoweekday(self):
        """The weekday as 1 (Monday) to 7 (Sunday)."""
        return (_to_ordinal(self._year, self._month, self._day) + 6) % 7 + 1

    def isocalendar(self):
        """(ISO year, ISO week number, ISO weekday) as a named tuple."""
        o = _to_ordinal(self._year, self._month, self._day)
        y = self._year
        start = _iso_week1_monday(y)
        if o < start:
            y -= 1
            start = _iso_week1_monday(y)
        else:
            nxt = _iso_week1_monday(y + 1)
            if o >= nxt:
                y += 1
                start = nxt
        w, wd = divmod(o - start, 7)
        return _IsoCalendarDate(y, w + 1, wd + 1)

    def replace(self, *args, **kwargs):
        """A copy with the given fields changed."""
        y, m, d = _parse_args(args, kwargs, ("year", "month", "day"), 0, 3, "replace()")
        return type(self)(self._year if y is _NOARG else y,
                          self._month if m is _NOARG else m,
                          self._day if d is _NOARG else d)

    # -- comparison and hashing --

    def _key(self):
        return (self._year, self._month, self._day)

    # A datetime is a date, but the two do not compare.
    __eq__, __ne__, __lt__, __le__, __gt__, __ge__ = _comparisons(
        lambda other: isinstance(other, date) and not isinstance(other, datetime),
        lambda self, other, ordering: _cmp(self._key(), other._key()))

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._year, self._month, self._day))
        return self._hashcode

    # -- arithmetic --

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _date_from_ordinal(type(self), self.toordinal() + other._days)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _date_from_ordinal(type(self), self.toordinal() - other._days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return _td_from_us(timedelta, (self.toordinal() - other.toordinal()) * _US_PER_DAY)
        return NotImplemented

    # -- pickling --

    def _state(self):
        return bytes((self._year >> 8, self._year & 255, self._month, self._day))

    def __reduce__(self):
        return (type(self), (self._state(),))


# Named like CPython's: the C type's name (see _set_c_type_name).
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class _IsoCalendarDate(tuple):
    # The result of isocalendar(): a tuple (year, week, weekday) with those
    # names as attributes.
    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    # The three fields by name, read from the tuple.
    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __reduce__(self):
        return (tuple, (tuple(self),))

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (_tpname(self), self[0], self[1], self[2])


_IsoCalendarDate.__name__ = "IsoCalendarDate"
_IsoCalendarDate.__qualname__ = "IsoCalendarDate"


# ---- time ----------------------------------------------------------------------

def _set_time_slots(self, h, m, s, us, tz, fold):
    """Fills the time-of-day slots time and datetime objects share, with
    checked values; returns self."""
    self._hour = h
    self._minute = m
    self._second = s
    self._microsecond = us
    self._tzinfo = tz
    self._fold = fold
    self._hashcode = -1
    return self


def _time_defaults(h, m, s, us, tz, fold):
    """The time-of-day arguments with those not given at their defaults."""
    return (0 if h is _NOARG else h, 0 if m is _NOARG else m,
            0 if s is _NOARG else s, 0 if us is _NOARG else us,
            None if tz is _NOARG else tz, 0 if fold is _NOARG else fold)


def _ask_tzinfo(tz, what, arg):
    """utcoffset, dst or tzname of a time (arg None) or a datetime (arg
    the datetime): None without a tzinfo, else tz's checked answer."""
    if tz is None:
        return None
    if what == "tzname":
        return _check_tzname(tz.tzname(arg))
    return _check_offset(what, getattr(tz, what)(arg))


def _time_new(cls, h, m, s, us, tz, fold):
    if cls is time:
        return _set_time_slots(object.__new__(time), h, m, s, us, tz, fold)
    if fold:
        return cls(h, m, s, us, tz, fold=fold)
    return cls(h, m, s, us, tz)


class time:
    """A time of day, with an optional tzinfo:
time([hour[, minute[, second[, microsecond[, tzinfo]]]]], *, fold=0)."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo",
                 "_hashcode", "_fold")

    def __new__(cls, *args, **kwargs):
        if (len(args) == 1 and not kwargs and isinstance(args[0], (bytes, str))
                and len(args[0]) == 6) or (len(args) == 2 and isinstance(args[0], (bytes, str))
                                          and len(args[0]) == 6 and not kwargs):
            state = args[0]
            if isinstance(state, str):
                state = state.encode("latin-1")
            if state[0] & 127 < 24:
                tz = args[1] if len(args) == 2 else None
                _check_tzinfo(tz)
                return _time_new(cls, state[0] & 127, state[1], state[2],
                                 (state[3] << 16) | (state[4] << 8) | state[5],
                                 tz, state[0] >> 7)
        h, m, s, us, tz, fold = _parse_args(
            args, kwargs, _TIME_FIELDS, 0, 5)
        h, m, s, us, tz, fold = _time_defaults(h, m, s, us, tz, fold)
        h, m, s, us, fold = _check_time(h, m, s, us, fold)
        _check_tzinfo(tz)
        return _set_time_slots(object.__new__(cls), h, m, s, us, tz, fold)

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    # 0 or 1: which of two equal wall times this is.
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, time_string):
        """The time written as HH[:MM[:SS[.ffffff]]][+HH:MM] (the forms
        isoformat() gives)."""
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = time_string[1:] if time_string[:1] == "T" else time_string
        parsed = _parse_iso_time(s) if s else None
        if parsed is None:
            raise ValueError("Invalid isoformat string: %r" % (time_string,))
        h, m, sec, us, tz = parsed
        h, m, sec, us, _ = _check_time(h, m, sec, us, 0)
        return _time_new(cls, h, m, sec, us, tz, 0)

    def utcoffset(self):
        """The tzinfo's utcoffset(None), or None without a tzinfo."""
        return _ask_tzinfo(self._tzinfo, "utcoffset", None)

    def dst(self):
        """The tzinfo's dst(None), or None without a tzinfo."""
        return _ask_tzinfo(self._tzinfo, "dst", None)

    def tzname(self):
        """The tzinfo's tzname(None), or None without a tzinfo."""
        return _ask_tzinfo(self._tzinfo, "tzname", None)

    def __repr__(self):
        if self._microsecond:
            text = "%d, %d, %d, %d" % (self._hour, self._minute, self._second, self._microsecond)
        elif self._second:
            text = "%d, %d, %d" % (self._hour, self._minute, self._second)
        else:
            text = "%d, %d" % (self._hour, self._minute)
        if self._tzinfo is not None:
            text += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            text += ", fold=1"
        return "%s(%s)" % (_tpname(self), text)

    def isoformat(self, timespec="auto"):
        """The time as HH:MM:SS[.ffffff][+HH:MM].
        
        timespec picks how much of it to show: 'auto' (the fraction only when
        it is not zero), 'hours', 'minutes', 'seconds', 'milliseconds' or
        'microseconds'.
        """
        text = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec, 1)
        return text + _format_offset(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat()

    def strftime(self, format):
        """format -> strftime() style string."""
        return _strftime(self, format, _time.struct_time(
            (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)))

    def __format__(self, fmt):
        _check_fmt_arg(fmt)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, *args, **kwargs):
        """A copy with the given fields changed."""
        v = _parse_args(args, kwargs, _TIME_FIELDS, 0, 5, "replace()")
        cur = (self._hour, self._minute, self._second, self._microsecond,
               self._tzinfo, self._fold)
        v = [cur[i] if x is _NOARG else x for i, x in enumerate(v)]
        return type(self)(v[0], v[1], v[2], v[3], v[4], fold=v[5])

    def __bool__(self):
        return True

    # -- comparison --

    def _compare(self, other, order):
        if self._tzinfo is other._tzinfo:
            a = b = None
        else:
            a = self.utcoffset()
            b = other.utcoffset()
        if a == b:
            return _cmp((self._hour, self._minute, self._second, self._microsecond),
                        (other._hour, other._minute, other._second, other._microsecond))
        if a is None or b is None:
            if not order:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        x = (self._hour * 3600 + self._minute * 60 + self._second) * 1000000 \
            + self._microsecond - a._us()
        y = (other._hour * 3600 + other._minute * 60 + other._second) * 1000000 \
            + other._microsecond - b._us()
        return _cmp(x, y)

    __eq__, __ne__, __lt__, __le__, __gt__, __ge__ = _comparisons(
        lambda other: isinstance(other, time), _compare)

    def __hash__(self):
        if self._hashcode == -1:
            off = self.utcoffset()
            if off is None:
                self._hashcode = hash((self._hour, self._minute, self._second, self._microsecond))
            else:
                us = (self._hour * 3600 + self._minute * 60 + self._second) * 1000000 \
                    + self._microsecond - off._us()
                self._hashcode = hash(us)
        return self._hashcode

    # -- pickling --

    def _state(self, proto):
        h = self._hour
        if self._fold and proto > 3:
            h += 128
        us = self._microsecond
        data = bytes((h, self._minute, self._second, us >> 16, (us >> 8) & 255, us & 255))
        if self._tzinfo is None:
            return (data,)
        return (data, self._tzinfo)

    def __reduce_ex__(self, protocol):
        return (type(self), self._state(protocol))

    def __reduce__(self):
        return (type(self), self._state(2))


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---- datetime --------------------------------------------------------------------

def _dt_new(cls, y, mo, d, h, mi, s, us, tz, fold):
    if cls is datetime:
        self = object.__new__(datetime)
        self._year = y
        self._month = mo
        self._day = d
        self._hour = h
        self._minute = mi
        self._second = s
        self._microsecond = us
        self._tzinfo = tz
        self._fold = fold
        self._hashcode = -1
        return self
    if fold:
        return cls(y, mo, d, h, mi, s, us, tz, fold=fold)
    return cls(y, mo, d, h, mi, s, us, tz)


def _dt_from_timestamp(cls, t, tz):
    secs, us = _split_timestamp(t)
    if tz is None:
        if -62135596800 <= secs <= 253402300799:
            # The wall time and fold come from Go in one call.
            y, m, d, hh, mm, ss, fold = _local_wall(secs)
            if MINYEAR <= y <= MAXYEAR:
                return _dt_new(cls, y, m, d, hh, mm, ss, us, None, fold)
        y, m, d, hh, mm, ss = _local_fields(secs, us, False)
        return _dt_new(cls, y, m, d, hh, mm, ss, us, None, 0)
    y, m, d, hh, mm, ss = _local_fields(secs, us, True)
    return tz.fromutc(_dt_new(cls, y, m, d, hh, mm, ss, us, tz, 0))


def _local_to_unix(wall, fold):
    # The Unix time whose local wall time is wall (seconds since the epoch
    # as if the wall clock were UTC). When the wall time happened twice,
    # fold picks the later; in a gap, fold 0 uses the offset before it and
    # fold 1 the one after, as CPython does.
    a = _local_offset(wall)[0]
    u1 = wall - a
    b = _local_offset(u1)[0]
    if b == a:
        # u1 is a solution; the other side of a day away may be one too.
        probe = u1 + (86400 if fold else -86400)
        c = _local_offset(probe)[0]
        if c == a:
            return u1
        u2 = wall - c
        if _local_offset(u2)[0] == c:
            if fold:
                return max(u1, u2)
            return min(u1, u2)
        return u1
    u2 = wall - b
    if _local_offset(u2)[0] == b:
        return u2
    # In a gap: neither offset gives back the wall time.
    if fold:
        return min(u1, u2)
    return max(u1, u2)


class datetime(date):
    """A date and a time of day, with an optional tzinfo:
    datetime(year, month, day, hour=0, minute=0, second=0, microsecond=0,
    tzinfo=None, *, fold=0)."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, *args, **kwargs):
        n = len(args)
        if (n == 1 or n == 2) and not kwargs and isinstance(args[0], (bytes, str)) \
                and len(args[0]) == 10:
            state = args[0]
            if isinstance(state, str):
                state = state.encode("latin-1")
            if 1 <= state[2] & 127 <= 12:
                tz = args[1] if n == 2 else None
                _check_tzinfo(tz)
                return _dt_new(cls, state[0] * 256 + state[1], state[2] & 127, state[3],
                               state[4], state[5], state[6],
                               (state[7] << 16) | (state[8] << 8) | state[9],
                               tz, state[2] >> 7)
        if 3 <= n <= 7 and not kwargs:
            y, mo, d = args[0], args[1], args[2]
            h = args[3] if n > 3 else 0
            mi = args[4] if n > 4 else 0
            s = args[5] if n > 5 else 0
            us = args[6] if n > 6 else 0
            tz = None
            fold = 0
            if (type(y) is int and type(mo) is int and type(d) is int and type(h) is int
                    and type(mi) is int and type(s) is int and type(us) is int
                    and 0 < y < 10000 and 0 < mo < 13 and 0 < d < 29 and 0 <= h < 24
                    and 0 <= mi < 60 and 0 <= s < 60 and 0 <= us < 1000000):
                self = object.__new__(cls)
                self._year = y
                self._month = mo
                self._day = d
                return _set_time_slots(self, h, mi, s, us, None, 0)
        else:
            y, mo, d, h, mi, s, us, tz, fold = _parse_args(
                args, kwargs, _DATETIME_FIELDS, 3, 8)
            h, mi, s, us, tz, fold = _time_defaults(h, mi, s, us, tz, fold)
            _check_tzinfo(tz)
        y, mo, d = _check_date(y, mo, d)
        h, mi, s, us, fold = _check_time(h, mi, s, us, fold)
        self = object.__new__(cls)
        self._year = y
        self._month = mo
        self._day = d
        return _set_time_slots(self, h, mi, s, us, tz, fold)

    # The time-of-day fields read the same slots as time's.
    hour, minute, second = time.hour, time.minute, time.second
    microsecond, tzinfo, fold = time.microsecond, time.tzinfo, time.fold

    # -- constructors --

    @classmethod
    def fromtimestamp(cls, *args, **kwargs):
        """fromtimestamp(t, tz=None): the datetime of POSIX time t, local and
        naive without tz, else in tz's time."""
        t, tz = _parse_args(args, kwargs, ("timestamp", "tz"), 1, 2, "fromtimestamp()")
        if tz is _NOARG:
            tz = None
        _check_tzinfo(tz)
        return _dt_from_timestamp(cls, t, tz)

    @classmethod
    def utcfromtimestamp(cls, t):
        """The naive datetime holding the UTC time of POSIX time t."""
        secs, us = _split_timestamp(t)
        y, m, d, hh, mm, ss = _local_fields(secs, us, True)
        return _dt_new(cls, y, m, d, hh, mm, ss, us, None, 0)

    @classmethod
    def now(cls, tz=None):
        """The current date and time: local and naive without tz, else in tz's
        time.
        
          tz
            Timezone object."""
        _check_tzinfo(tz)
        return _dt_from_timestamp(cls, _now_us(), tz)

    @classmethod
    def utcnow(cls):
        """The current UTC date and time, as a naive datetime."""
        return cls.utcfromtimestamp(_now_us())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """combine(date, time, tzinfo=time.tzinfo): one datetime from a date's
        fields and a time's."""
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s" % _tn(date))
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s" % _tn(time))
        if tzinfo is True:
            tzinfo = time._tzinfo
        else:
            _check_tzinfo(tzinfo)
        return _dt_new(cls, date._year, date._month, date._day, time._hour, time._minute,
                       time._second, time._microsecond, tzinfo, time._fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """The datetime written in one of the ISO 8601 forms isoformat() gives
        (and a few more): a date, then a separator and a time."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = date_string
        n = len(s)
        if (n == 19 or n == 26) and s[4] == "-" and s[7] == "-" and s[13] == ":" \
                and s[16] == ":" and (n == 19 or s[19] == "."):
            # The common YYYY-MM-DD?HH:MM:SS[.ffffff] form.
            digits = s[0:4] + s[5:7] + s[8:10] + s[11:13] + s[14:16] + s[17:19] + s[20:26]
            if digits.isascii() and digits.isdigit():
                y, mo, d = _check_date(int(s[0:4]), int(s[5:7]), int(s[8:10]))
                h, mi, sec, us, _ = _check_time(int(s[11:13]), int(s[14:16]), int(s[17:19]),
                                                int(s[20:26]) if n == 26 else 0, 0)
                return _dt_new(cls, y, mo, d, h, mi, sec, us, None, 0)
        ymd = None
        tpart = None
        if len(s) >= 7:
            cut = _date_part_length(s)
            ymd = _parse_iso_date(s[:cut])
            if ymd is not None and len(s) > cut:
                rest = s[cut + 1:]
                tpart = _parse_iso_time(rest) if rest else None
                if tpart is None:
                    ymd = None
        if ymd is None:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        if tpart is None:
            tpart = (0, 0, 0, 0, None)
        h, m, sec, us, tz = tpart
        h, m, sec, us, _ = _check_time(h, m, sec, us, 0)
        return _dt_new(cls, ymd[0], ymd[1], ymd[2], h, m, sec, us, tz, 0)

    @classmethod
    def strptime(cls, *args):
        """strptime(text, format): the datetime time.strptime() reads from text."""
        if len(args) != 2:
            raise TypeError("strptime() takes exactly 2 arguments (%d given)" % len(args))
        date_string, format = args
        if not isinstance(date_string, str):
            raise TypeError("strptime() argument 1 must be str, not %s" % _tn(date_string))
        if not isinstance(format, str):
            raise TypeError("strptime() argument 2 must be str, not %s" % _tn(format))
        y, m, d, hh, mm, ss, us, gmtoff, gmtoff_us, zone = _strptime_parts(date_string, format)
        tz = None
        if gmtoff is not None:
            delta = timedelta(seconds=gmtoff, microseconds=gmtoff_us)
            tz = timezone(delta, zone) if zone else timezone(delta)
        if tz is None:
            return cls(y, m, d, hh, mm, ss, us)
        return cls(y, m, d, hh, mm, ss, us, tz)

    # -- parts --

    def date(self):
        """The date part, as a date."""
        return _date_new(date, self._year, self._month, self._day)

    def time(self):
        """The time part, as a naive time."""
        return _time_new(time, self._hour, self._minute, self._second,
                         self._microsecond, None, self._fold)

    def timetz(self):
        """The time part, with this datetime's tzinfo."""
        return _time_new(time, self._hour, self._minute, self._second,
                         self._microsecond, self._tzinfo, self._fold)

    def utcoffset(self):
        """The tzinfo's utcoffset(self), or None without a tzinfo."""
        return _ask_tzinfo(self._tzinfo, "utcoffset", self)

    def dst(self):
        """The tzinfo's dst(self), or None without a tzinfo."""
        return _ask_tzinfo(self._tzinfo, "dst", self)

    def tzname(self):
        """The tzinfo's tzname(self), or None without a tzinfo."""
        return _ask_tzinfo(self._tzinfo, "tzname", self)

    def timetuple(self):
        """The datetime as a time.struct_time, isdst taken from dst()."""
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _struct_time(self._year, self._month, self._day, self._hour,
                            self._minute, self._second, flag)

    def utctimetuple(self):
        """The UTC time of the datetime as a time.struct_time (isdst 0)."""
        off = self.utcoffset()
        dt = self
        if off:
            dt = self - off
        return _struct_time(dt._year, dt._month, dt._day, dt._hour, dt._minute, dt._second, 0)

    def _wall_seconds(self):
        return ((_to_ordinal(self._year, self._month, self._day) - _EPOCH_ORDINAL) * 86400
                + self._hour * 3600 + self._minute * 60 + self._second)

    def timestamp(self):
        """The POSIX time of the datetime, as a float (a naive datetime is
        taken as local time)."""
        if self._tzinfo is None:
            u = _local_to_unix(self._wall_seconds(), self._fold)
            return u + self._microsecond / 1e6
        delta = self - _EPOCH
        return delta.total_seconds()

    def _local_tz(self):
        if self._tzinfo is None:
            u = _local_to_unix(self._wall_seconds(), self._fold)
        else:
            u = (self - _EPOCH) // timedelta(seconds=1)
        off, name = _local_offset(u)
        return timezone(timedelta(seconds=off), name)

    def astimezone(self, tz=None):
        """astimezone(tz=None): the same moment in tz's time (local time
        without tz)."""
        if tz is not None and not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                            "not type '%s'" % type(tz).__name__)
        mine = self._tzinfo
        if mine is None:
            off = self._local_tz().utcoffset(self)
        else:
            if mine is tz:
                return self
            off = self.utcoffset()
            if off is None:
                off = self.replace(tzinfo=None)._local_tz().utcoffset(self)
        utc = self - off
        if tz is None:
            # The local zone as it is at the converted instant.
            secs = (utc.replace(tzinfo=None)._us_naive() // 1000000
                    - _EPOCH_ORDINAL * 86400)
            gmtoff, name = _local_offset(secs)
            tz = timezone(timedelta(seconds=gmtoff), name)
        return tz.fromutc(utc.replace(tzinfo=tz))

    # -- text --

    def ctime(self):
        """Return ctime() style string."""
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAY_ABBR[self.weekday()], _MONTH_ABBR[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep="T", timespec="auto"):
        """The datetime as YYYY-MM-DD, sep, then the time as time.isoformat()
        writes it.
        
        sep is one character, 'T' by default; timespec picks how much of the
        time to show: 'auto', 'hours', 'minutes', 'seconds', 'milliseconds' or
        'microseconds'.
        """
        if not isinstance(sep, str) or len(sep) != 1:
            if isinstance(sep, str):
                raise TypeError("isoformat() argument 1 must be a unicode character, not str")
            raise TypeError("isoformat() argument 1 must be a unicode character, not %s"
                            % _tn(sep))
        text = "%04d-%02d-%02d%s%s" % (
            self._year, self._month, self._day, sep,
            _format_time(self._hour, self._minute, self._second, self._microsecond, timespec, 2))
        return text + _format_offset(self.utcoffset(), ":")

    def __str__(self):
        return self.isoformat(sep=" ")

    def __repr__(self):
        parts = "%d, %d, %d, %d, %d" % (self._year, self._month, self._day,
                                        self._hour, self._minute)
        if self._microsecond:
            parts += ", %d, %d" % (self._second, self._microsecond)
        elif self._second:
            parts += ", %d" % self._second
        if self._fold:
            parts += ", fold=1"
        if self._tzinfo is not None:
            parts += ", tzinfo=%r" % (self._tzinfo,)
        return "%s(%s)" % (_tpname(self), parts)

    def strftime(self, format):
        """format -> strftime() style string."""
        return _strftime(self, format, self.timetuple())

    def replace(self, *args, **kwargs):
        """A copy with the given fields changed."""
        v = _parse_args(args, kwargs, _DATETIME_FIELDS, 0, 8, "replace()")
        cur = (self._year, self._month, self._day, self._hour, self._minute,
               self._second, self._microsecond, self._tzinfo, self._fold)
        v = [cur[i] if x is _NOARG else x for i, x in enumerate(v)]
        return type(self)(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], fold=v[8])

    # -- comparison and hashing --

    def _us_naive(self):
        return ((_to_ordinal(self._year, self._month, self._day) * 86400
                 + self._hour * 3600 + self._minute * 60 + self._second) * 1000000
                + self._microsecond)

    def _compare(self, other, order):
        # -1, 0 or 1; 2 for "unequal" when only equality was asked and the
        # two cannot be ordered.
        if self._tzinfo is other._tzinfo:
            return _cmp((self._year, self._month, self._day, self._hour, self._minute,
                         self._second, self._microsecond),
                        (other._year, other._month, other._day, other._hour, other._minute,
                         other._second, other._microsecond))
        a = self.utcoffset()
        b = other.utcoffset()
        if not order:
            # An offset that depends on fold makes the times unequal.
            if a is not None and self.replace(fold=not self._fold).utcoffset() != a:
                return 2
            if b is not None and other.replace(fold=not other._fold).utcoffset() != b:
                return 2
        if a == b:
            return _cmp(self._us_naive(), other._us_naive())
        if a is None or b is None:
            if not order:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        return _cmp(self._us_naive() - a._us(), other._us_naive() - b._us())

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, False) != 0
        if isinstance(other, date):
            return True
        return NotImplemented

    def _order(self, other):
        if isinstance(other, datetime):
            return self._compare(other, True)
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s" % (_tpname(self), _tpname(other)))
        return None

    def __lt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c < 0

    def __le__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c <= 0

    def __gt__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c > 0

    def __ge__(self, other):
        c = self._order(other)
        return NotImplemented if c is None else c >= 0

    def __hash__(self):
        if self._hashcode == -1:
            t = self.replace(fold=0) if self._fold else self
            off = t.utcoffset()
            if off is None:
                self._hashcode = hash((self._year, self._month, self._day, self._hour,
                                       self._minute, self._second, self._microsecond))
            else:
                self._hashcode = hash(t._us_naive() - off._us())
        return self._hashcode

    # -- arithmetic --

    def _shift(self, days, seconds, us, sign):
        us = self._microsecond + sign * us
        s = self._hour * 3600 + self._minute * 60 + self._second + sign * seconds
        carry, us = divmod(us, 1000000)
        carry, s = divmod(s + carry, 86400)
        carry += sign * days
        if carry == 0:
            y, m, d = self._year, self._month, self._day
        else:
            o = _to_ordinal(self._year, self._month, self._day) + carry
            if not 0 < o <= _MAXORDINAL:
                raise OverflowError("date value out of range")
            y, m, d = _from_ordinal(o)
        hh, s = divmod(s, 3600)
        mm, s = divmod(s, 60)
        return _dt_new(type(self), y, m, d, hh, mm, s, us, self._tzinfo, 0)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        return self._shift(other._days, other._seconds, other._microseconds, 1)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, datetime):
            a = self._us_naive()
            b = other._us_naive()
            if self._tzinfo is not other._tzinfo:
                x = self.utcoffset()
                y = other.utcoffset()
                if (x is None) != (y is None):
                    raise TypeError("can't subtract offset-naive and offset-aware datetimes")
                if x is not None:
                    a -= x._us()
                    b -= y._us()
            return _td_from_us(timedelta, a - b)
        if isinstance(other, timedelta):
            return self._shift(other._days, other._seconds, other._microseconds, -1)
        return NotImplemented

    def __rsub__(self, other):
        return NotImplemented

    # -- pickling --

    def _state(self, proto):
        mo = self._month
        if self._fold and proto > 3:
            mo += 128
        us = self._microsecond
        data = bytes((self._year >> 8, self._year & 255, mo, self._day, self._hour,
                      self._minute, self._second, us >> 16, (us >> 8) & 255, us & 255))
        if self._tzinfo is None:
            return (data,)
        return (data, self._tzinfo)

    def __reduce_ex__(self, protocol):
        return (type(self), self._state(protocol))

    def __reduce__(self):
        return (type(self), self._state(2))


def _now_us():
    # The current time as a float of whole microseconds, so that now() is
    # not rounded past the clock's own resolution.
    ns = _time.time_ns()
    return ns // 1000 / 1e6


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_date_class = date
_time_class = time

_C_NAMES = {}
for _cls in (date, datetime, time, timedelta, tzinfo, timezone, _IsoCalendarDate):
    _C_NAMES[_cls] = "datetime." + _cls.__name__
    _set_c_type_name(_cls, "datetime." + _cls.__name__)
del _cls



def _hide_module_frames():
    # CPython's datetime is C: its functions leave no traceback entries.
    func = type(_hide_module_frames)
    for obj in list(globals().values()):
        if type(obj) is func:
            _hide(obj)
        elif isinstance(obj, type) and obj.__module__ == __name__:
            for name, attr in vars(obj).items():
                if name == "strptime":
                    # CPython's strptime is Python code (_strptime): its
                    # frames show.
                    continue
                if isinstance(attr, (classmethod, staticmethod)):
                    attr = attr.__func__
                if isinstance(attr, property):
                    for f in (attr.fget, attr.fset, attr.fdel):
                        if type(f) is func:
                            _hide(f)
                elif type(attr) is func:
                    _hide(attr)


_hide_module_frames()
del _hide_module_frames
