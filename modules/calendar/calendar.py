"""gilpy's calendar module: leap-year arithmetic, month grids and the plain
text and HTML renderings of months and years (C locale only).

The module-level helpers share one TextCalendar, so setfirstweekday()
changes what month(), calendar() and friends print.
"""

import sys
import datetime

# The public API, listed in the order the reference module exports it.
__all__ = ["IllegalMonthError", "IllegalWeekdayError", "setfirstweekday",
           "firstweekday", "isleap", "leapdays", "weekday", "monthrange",
           "monthcalendar", "prmonth", "month", "prcal", "calendar",
           "timegm", "month_name", "month_abbr", "day_name", "day_abbr",
           "Calendar", "TextCalendar", "HTMLCalendar", "weekheader",
           "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
           "SATURDAY", "SUNDAY"]

# Older code catches calendar.error.
error = ValueError

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)
January, February = 1, 2
EPOCH = 1970

# Length of each month outside leap years; slot 0 keeps months 1-based.
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


class IllegalMonthError(ValueError):
    # args stays (month,) because BaseException records the constructor
    # arguments before __init__ runs.
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return "bad month number %r; must be 1-12" % (self.month,)


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return ("bad weekday number %r; must be 0 (Monday) to 6 (Sunday)"
                % (self.weekday,))


class _NameTable:
    """A read-only sequence of names rendered by strftime from sample dates.

    `samples` holds one date per entry (None gives an empty name), so
    indexing and slicing behave like a list of strings."""

    def __init__(self, samples, fmt):
        self._samples = samples
        self.format = fmt

    def _render(self, d):
        if d is None:
            return ""
        return d.strftime(self.format)

    def __getitem__(self, index):
        chosen = self._samples[index]
        if type(index) is slice:
            return [self._render(d) for d in chosen]
        return self._render(chosen)

    def __len__(self):
        return len(self._samples)


# 2001 starts on a Monday, so January 1-7 of it give Monday..Sunday.
_WEEK_SAMPLES = [datetime.date(2001, 1, n) for n in range(1, 8)]
_MONTH_SAMPLES = [None] + [datetime.date(2001, n, 1) for n in range(1, 13)]

day_name = _NameTable(_WEEK_SAMPLES, "%A")
day_abbr = _NameTable(_WEEK_SAMPLES, "%a")
month_name = _NameTable(_MONTH_SAMPLES, "%B")
month_abbr = _NameTable(_MONTH_SAMPLES, "%b")


def isleap(year):
    """True when `year` has a February 29th (Gregorian rules)."""
    if year % 400 == 0:
        return True
    return year % 4 == 0 and year % 100 != 0


def _leaps_through(year):
    # How many leap years lie in 1..year; the floor divisions keep the
    # count consistent for year <= 0 as well.
    return year // 4 - year // 100 + year // 400


def leapdays(y1, y2):
    """Count the leap years y with y1 <= y < y2 (negative when y2 < y1)."""
    return _leaps_through(y2 - 1) - _leaps_through(y1 - 1)


def weekday(year, month, day):
    """Day of the week of a date, 0 for Monday through 6 for Sunday."""
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        # The Gregorian cycle is 400 years long, a whole number of weeks,
        # so any year maps onto one datetime can represent.
        year = year % 400 + 2000
    return datetime.date(year, month, day).weekday()


def _days_in(year, month):
    if month == 2 and isleap(year):
        return 29
    return mdays[month]


def monthrange(year, month):
    """Pair (weekday of the 1st, number of days) for the given month."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _days_in(year, month)


def _neighbour(year, month, step):
    # The month `step` (+1 or -1) away from (year, month).
    index = year * 12 + (month - 1) + step
    return index // 12, index % 12 + 1


def _rows(seq, size):
    seq = list(seq)
    out = []
    while seq:
        out.append(seq[:size])
        seq = seq[size:]
    return out


class Calendar(object):
    """Computes the week grid of months and years; renders nothing itself.

    `firstweekday` (0 = Monday) is the weekday shown in the first column."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def setfirstweekday(self, firstweekday):
        """Store the first column's weekday as given (any integer)."""
        self._firstweekday = firstweekday

    def getfirstweekday(self):
        """The first column's weekday, reduced to 0..6."""
        return self._firstweekday % 7

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        """The seven weekday numbers in column order."""
        first = self.firstweekday
        return iter([(first + k) % 7 for k in range(7)])

    def _grid_span(self, year, month):
        # (days borrowed from the month before, days of this month, days
        # borrowed from the month after) so that whole weeks are covered.
        start, length = monthrange(year, month)
        lead = (start - self.firstweekday) % 7
        trail = -(lead + length) % 7
        return lead, length, trail

    def itermonthdays3(self, year, month):
        """(year, month, day) for every cell of the month's grid, spilling
        into the neighbouring months; works beyond datetime's year range."""
        lead, length, trail = self._grid_span(year, month)
        py, pm = _neighbour(year, month, -1)
        last = _days_in(py, pm)
        for d in range(last - lead + 1, last + 1):
            yield (py, pm, d)
        for d in range(1, length + 1):
            yield (year, month, d)
        ny, nm = _neighbour(year, month, 1)
        for d in range(1, trail + 1):
            yield (ny, nm, d)

    def itermonthdays4(self, year, month):
        """Like itermonthdays3() with the weekday number appended."""
        for i, (y, m, d) in enumerate(self.itermonthdays3(year, month)):
            yield (y, m, d, (self.firstweekday + i) % 7)

    def itermonthdates(self, year, month):
        """datetime.date for every cell of the month's grid."""
        for y, m, d in self.itermonthdays3(year, month):
            yield datetime.date(y, m, d)

    def itermonthdays(self, year, month):
        """Day numbers of the month's grid, 0 for cells of other months."""
        lead, length, trail = self._grid_span(year, month)
        yield from [0] * lead
        yield from range(1, length + 1)
        yield from [0] * trail

    def itermonthdays2(self, year, month):
        """(day number, weekday) for the month's grid; day 0 pads."""
        for i, d in enumerate(self.itermonthdays(year, month)):
            yield (d, (self.firstweekday + i) % 7)

    def monthdatescalendar(self, year, month):
        """The month's grid as weeks (lists of 7 datetime.date)."""
        return _rows(self.itermonthdates(year, month), 7)

    def monthdays2calendar(self, year, month):
        """The month's grid as weeks of (day number, weekday) pairs."""
        return _rows(self.itermonthdays2(year, month), 7)

    def monthdayscalendar(self, year, month):
        """The month's grid as weeks of day numbers (0 pads)."""
        return _rows(self.itermonthdays(year, month), 7)

    def _year_of(self, per_month, year, width):
        return _rows([per_month(year, m) for m in range(1, 13)], width)

    def yeardatescalendar(self, year, width=3):
        """All twelve monthdatescalendar() grids, in rows of `width`."""
        return self._year_of(self.monthdatescalendar, year, width)

    def yeardays2calendar(self, year, width=3):
        """All twelve monthdays2calendar() grids, in rows of `width`."""
        return self._year_of(self.monthdays2calendar, year, width)

    def yeardayscalendar(self, year, width=3):
        """All twelve monthdayscalendar() grids, in rows of `width`."""
        return self._year_of(self.monthdayscalendar, year, width)


class TextCalendar(Calendar):
    """Renders months and years as fixed-width text, cal(1) style."""

    def formatday(self, day, weekday, width):
        """One day cell, centred in `width` columns (blank for day 0)."""
        if not day:
            return "".center(width)
        return ("%2i" % day).center(width)

    def formatweek(self, theweek, width):
        """A week of (day, weekday) pairs as one line without newline."""
        cells = [self.formatday(d, wd, width) for d, wd in theweek]
        return " ".join(cells)

    def prweek(self, theweek, width):
        """Write formatweek() to stdout with no trailing newline."""
        print(self.formatweek(theweek, width), end="")

    def formatweekday(self, day, width):
        """A weekday name cut to `width` and centred; full names from 9."""
        table = day_abbr if width < 9 else day_name
        return table[day][:width].center(width)

    def formatweekheader(self, width):
        """The line of weekday names in column order."""
        return " ".join(self.formatweekday(wd, width)
                        for wd in self.iterweekdays())

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        """The month title centred in `width`, optionally with the year."""
        title = month_name[themonth]
        if withyear:
            title += " " + repr(theyear)
        return title.center(width)

    def formatmonth(self, theyear, themonth, w=0, l=0):
        """A month as text: title, weekday line, then one line per week,
        each followed by `l` newlines; cells are `w` wide."""
        w = w if w > 2 else 2
        l = l if l > 1 else 1
        eol = "\n" * l
        lines = [self.formatmonthname(theyear, themonth, 7 * w + 6),
                 self.formatweekheader(w)]
        lines += [self.formatweek(week, w)
                  for week in self.monthdays2calendar(theyear, themonth)]
        return "".join(line.rstrip() + eol for line in lines)

    def prmonth(self, theyear, themonth, w=0, l=0):
        """Write formatmonth() to stdout."""
        print(self.formatmonth(theyear, themonth, w, l), end="")

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        """A year as text with `m` months side by side, `c` spaces between
        columns, cells `w` wide and `l` newlines per line."""
        w = w if w > 2 else 2
        l = l if l > 1 else 1
        c = c if c > 2 else 2
        eol = "\n" * l
        col = 7 * w + 6

        def line(cells):
            return formatstring(cells, col, c).rstrip() + eol

        out = [repr(theyear).center(m * col + (m - 1) * c).rstrip() + eol]
        header = self.formatweekheader(w)
        first_month = 1
        for band in self.yeardays2calendar(theyear, m):
            numbers = range(first_month, first_month + len(band))
            first_month += len(band)
            out.append(eol)
            out.append(line([self.formatmonthname(theyear, n, col, False)
                             for n in numbers]))
            out.append(line([header] * len(band)))
            depth = max(len(grid) for grid in band)
            for row in range(depth):
                out.append(line([self.formatweek(grid[row], w) if row < len(grid) else ""
                                 for grid in band]))
        return "".join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        """Write formatyear() to stdout."""
        print(self.formatyear(theyear, w, l, c, m), end="")


class HTMLCalendar(Calendar):
    """Renders months and years as HTML tables (and a full XHTML page)."""

    # CSS class names used by the generated markup; subclasses override
    # them to restyle. cssclasses is indexed by weekday, Monday first.
    cssclass_year = "year"
    cssclass_year_head = "year"
    cssclass_month = "month"
    cssclass_month_head = "month"
    cssclass_noday = "noday"
    cssclasses = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    cssclasses_weekday_head = cssclasses

    _TABLE = '<table border="0" cellpadding="0" cellspacing="0" class="%s">'

    def formatday(self, day, weekday):
        """A <td> for one day; day 0 gives an empty padding cell."""
        if day:
            return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)
        return '<td class="%s">&nbsp;</td>' % self.cssclass_noday

    def formatweek(self, theweek):
        """A <tr> of day cells."""
        return "<tr>" + "".join(self.formatday(d, wd) for d, wd in theweek) + "</tr>"

    def formatweekday(self, day):
        """A <th> with the abbreviated weekday name."""
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day],
                                           day_abbr[day])

    def formatweekheader(self):
        """A <tr> of weekday headings in column order."""
        heads = [self.formatweekday(wd) for wd in self.iterweekdays()]
        return "<tr>" + "".join(heads) + "</tr>"

    def formatmonthname(self, theyear, themonth, withyear=True):
        """The month's title row."""
        title = month_name[themonth]
        if withyear:
            title = "%s %s" % (title, theyear)
        return ('<tr><th colspan="7" class="%s">%s</th></tr>'
                % (self.cssclass_month_head, title))

    def formatmonth(self, theyear, themonth, withyear=True):
        """A whole month as a <table>, one line per row."""
        body = [self._TABLE % self.cssclass_month,
                self.formatmonthname(theyear, themonth, withyear=withyear),
                self.formatweekheader()]
        for week in self.monthdays2calendar(theyear, themonth):
            body.append(self.formatweek(week))
        body.append("</table>")
        return "".join(piece + "\n" for piece in body)

    def formatyear(self, theyear, width=3):
        """The twelve months as a table of `width` columns of tables."""
        width = width if width > 1 else 1
        html = [self._TABLE % self.cssclass_year, "\n",
                '<tr><th colspan="%d" class="%s">%s</th></tr>'
                % (width, self.cssclass_year_head, theyear)]
        for band in _rows(range(1, 13), width):
            cells = ["<td>%s</td>" % self.formatmonth(theyear, n, withyear=False)
                     for n in band]
            html.append("<tr>" + "".join(cells) + "</tr>")
        html.append("</table>")
        return "".join(html)

    def formatyearpage(self, theyear, width=3, css="calendar.css", encoding=None):
        """A complete XHTML document for the year, as encoded bytes."""
        if encoding is None:
            encoding = sys.getdefaultencoding()
        head = [
            '<?xml version="1.0" encoding="%s"?>' % encoding,
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
            "<html>",
            "<head>",
            '<meta http-equiv="Content-Type" content="text/html; charset=%s" />' % encoding,
        ]
        if css is not None:
            head.append('<link rel="stylesheet" type="text/css" href="%s" />' % css)
        head += ["<title>Calendar for %d</title>" % theyear, "</head>", "<body>"]
        text = ("".join(h + "\n" for h in head) + self.formatyear(theyear, width)
                + "</body>\n</html>\n")
        return text.encode(encoding, "xmlcharrefreplace")


def formatstring(cols, colwidth=20, spacing=6):
    """Centre each string in `colwidth` columns and join them with
    `spacing` blanks."""
    return (" " * spacing).join(text.center(colwidth) for text in cols)


def format(cols, colwidth=20, spacing=6):
    """Print formatstring() of the columns."""
    print(formatstring(cols, colwidth, spacing))


def timegm(tuple):
    """Seconds since the Unix epoch of a UTC time tuple (only the first six
    fields are used; day, hour, minute and second may overflow)."""
    year, month, day, hour, minute, second = tuple[:6]
    first = datetime.date(year, month, 1).toordinal()
    days = first - datetime.date(EPOCH, 1, 1).toordinal() + (day - 1)
    return second + 60 * (minute + 60 * (hour + 24 * days))


# The module-level API is bound to one shared TextCalendar instance.
c = TextCalendar()


def setfirstweekday(firstweekday):
    """Choose the first column's weekday for the module-level functions."""
    # A chained comparison, so a non-number fails with the usual TypeError.
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


for _public, _method in (("firstweekday", "getfirstweekday"),
                         ("monthcalendar", "monthdayscalendar"),
                         ("prweek", "prweek"), ("week", "formatweek"),
                         ("weekheader", "formatweekheader"),
                         ("prmonth", "prmonth"), ("month", "formatmonth"),
                         ("calendar", "formatyear"), ("prcal", "pryear")):
    globals()[_public] = getattr(c, _method)
del _public, _method
