"""Calendars: leap years, month layouts, and text or HTML renderings of
months and years, as CPython 3.11's calendar module gives them in the C
locale. Weeks start on Monday unless setfirstweekday() says otherwise.
"""

import sys
import datetime

__all__ = ["IllegalMonthError", "IllegalWeekdayError", "setfirstweekday",
           "firstweekday", "isleap", "leapdays", "weekday", "monthrange",
           "monthcalendar", "prmonth", "month", "prcal", "calendar",
           "timegm", "month_name", "month_abbr", "day_name", "day_abbr",
           "Calendar", "TextCalendar", "HTMLCalendar", "weekheader",
           "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
           "SATURDAY", "SUNDAY"]

error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return "bad month number %r; must be 1-12" % (self.month,)


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return "bad weekday number %r; must be 0 (Monday) to 6 (Sunday)" % (self.weekday,)


January = 1
February = 2

# Days per month in a common year; index 0 is unused.
mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)

EPOCH = 1970
_EPOCH_ORD = datetime.date(EPOCH, 1, 1).toordinal()


class _localized_month:
    # Month names as strftime spells them; index 0 is the empty string.
    _dates = [None] + [datetime.date(2001, i, 1) for i in range(1, 13)]

    def __init__(self, format):
        self.format = format

    def _name(self, d):
        return "" if d is None else d.strftime(self.format)

    def __getitem__(self, i):
        picked = self._dates[i]
        if isinstance(i, slice):
            return [self._name(d) for d in picked]
        return self._name(picked)

    def __len__(self):
        return 13


class _localized_day:
    # Weekday names as strftime spells them, Monday first.
    _dates = [datetime.date(2001, 1, i) for i in range(1, 8)]

    def __init__(self, format):
        self.format = format

    def __getitem__(self, i):
        picked = self._dates[i]
        if isinstance(i, slice):
            return [d.strftime(self.format) for d in picked]
        return picked.strftime(self.format)

    def __len__(self):
        return 7


day_name = _localized_day("%A")
day_abbr = _localized_day("%a")
month_name = _localized_month("%B")
month_abbr = _localized_month("%b")


def isleap(year):
    """Whether year is a leap year in the Gregorian calendar."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def leapdays(y1, y2):
    """How many leap years there are from y1 up to, not including, y2
    (y1 <= y2)."""
    def upto(y):
        # Leap years in [1, y] (and the same formula below 1).
        return y // 4 - y // 100 + y // 400
    return upto(y2 - 1) - upto(y1 - 1)


def weekday(year, month, day):
    """The day of the week of a date, 0 for Monday to 6 for Sunday."""
    if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
        # The weekdays repeat every 400 years.
        year = 2000 + year % 400
    return datetime.date(year, month, day).weekday()


def monthrange(year, month):
    """(weekday of the month's first day, number of days in the month)."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    first = weekday(year, month, 1)
    return first, _monthlen(year, month)


def _monthlen(year, month):
    if month == February and isleap(year):
        return 29
    return mdays[month]


def _prevmonth(year, month):
    if month == 1:
        return year - 1, 12
    return year, month - 1


def _nextmonth(year, month):
    if month == 12:
        return year + 1, 1
    return year, month + 1


def _chunks(items, n):
    return [items[i:i + n] for i in range(0, len(items), n)]


class Calendar(object):
    """The layout of months and years as data (weeks starting on
    firstweekday), for the formatting subclasses to render."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        """The seven weekday numbers of a week, firstweekday first."""
        start = self.firstweekday
        for i in range(7):
            yield (start + i) % 7

    def itermonthdates(self, year, month):
        """The datetime.date of every day in the weeks that cover the month,
        so the first and last weeks can reach into the months around it."""
        for y, m, d in self.itermonthdays3(year, month):
            yield datetime.date(y, m, d)

    def _padding(self, year, month):
        # Days shown from the previous and the next month, and the
        # month's length.
        first, ndays = monthrange(year, month)
        before = (first - self.firstweekday) % 7
        after = (self.firstweekday - first - ndays) % 7
        return before, ndays, after

    def itermonthdays(self, year, month):
        """As itermonthdates(), but day numbers, 0 for the days of the
        neighbouring months."""
        before, ndays, after = self._padding(year, month)
        for _ in range(before):
            yield 0
        yield from range(1, ndays + 1)
        for _ in range(after):
            yield 0

    def itermonthdays2(self, year, month):
        """As itermonthdays(), but pairs (day number, weekday)."""
        wd = self.firstweekday
        for d in self.itermonthdays(year, month):
            yield d, wd % 7
            wd += 1

    def itermonthdays3(self, year, month):
        """As itermonthdates(), but (year, month, day) triples, which also
        work beyond the years datetime.date allows."""
        before, ndays, after = self._padding(year, month)
        py, pm = _prevmonth(year, month)
        plen = _monthlen(py, pm)
        for d in range(plen - before + 1, plen + 1):
            yield py, pm, d
        for d in range(1, ndays + 1):
            yield year, month, d
        ny, nm = _nextmonth(year, month)
        for d in range(1, after + 1):
            yield ny, nm, d

    def itermonthdays4(self, year, month):
        """As itermonthdays3(), with the weekday as a fourth item."""
        wd = self.firstweekday
        for y, m, d in self.itermonthdays3(year, month):
            yield y, m, d, wd % 7
            wd += 1

    def monthdatescalendar(self, year, month):
        """The month as a list of weeks, each a list of seven datetime.date."""
        return _chunks(list(self.itermonthdates(year, month)), 7)

    def monthdays2calendar(self, year, month):
        """The month as a list of weeks, each a list of seven
        (day number, weekday) pairs, 0 for days of other months."""
        return _chunks(list(self.itermonthdays2(year, month)), 7)

    def monthdayscalendar(self, year, month):
        """The month as a list of weeks, each a list of seven day numbers,
        0 for days of other months."""
        return _chunks(list(self.itermonthdays(year, month)), 7)

    def yeardatescalendar(self, year, width=3):
        """The year for formatting: a list of rows of up to width months,
        each month a list of weeks of datetime.date."""
        return _chunks([self.monthdatescalendar(year, m) for m in range(1, 13)], width)

    def yeardays2calendar(self, year, width=3):
        """As yeardatescalendar(), with (day number, weekday) pairs in the
        weeks, 0 for days of other months."""
        return _chunks([self.monthdays2calendar(year, m) for m in range(1, 13)], width)

    def yeardayscalendar(self, year, width=3):
        """As yeardatescalendar(), with day numbers in the weeks, 0 for days
        of other months."""
        return _chunks([self.monthdayscalendar(year, m) for m in range(1, 13)], width)


class TextCalendar(Calendar):
    """Renders months and years as plain text, in the style of cal(1)."""

    def prweek(self, theweek, width):
        """Print formatweek()'s text, without a newline."""
        print(self.formatweek(theweek, width), end="")

    def formatday(self, day, weekday, width):
        """One day's cell: the day number right-aligned in width (blank for 0)."""
        text = "%2i" % day if day else ""
        return text.center(width)

    def formatweek(self, theweek, width):
        """One week's line of day cells (no newline)."""
        return " ".join([self.formatday(d, wd, width) for d, wd in theweek])

    def formatweekday(self, day, width):
        """A weekday's name, abbreviated to fit width and centred."""
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        """The line of weekday names above the weeks."""
        return " ".join([self.formatweekday(i, width) for i in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        """The month's name (and the year when withyear), centred in width."""
        text = month_name[themonth]
        if withyear:
            text = "%s %r" % (text, theyear)
        return text.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        """Print formatmonth()'s text."""
        print(self.formatmonth(theyear, themonth, w, l), end="")

    def formatmonth(self, theyear, themonth, w=0, l=0):
        """The month as text: title, weekday header and one line per week."""
        w = max(2, w)
        l = max(1, l)
        gap = "\n" * l
        parts = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1).rstrip(), gap,
                 self.formatweekheader(w).rstrip(), gap]
        for week in self.monthdays2calendar(theyear, themonth):
            parts.append(self.formatweek(week, w).rstrip())
            parts.append(gap)
        return "".join(parts)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        """The year as text, months side by side in rows of m."""
        w = max(2, w)
        l = max(1, l)
        c = max(2, c)
        colwidth = (w + 1) * 7 - 1
        gap = "\n" * l
        parts = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(), gap]
        header = self.formatweekheader(w)
        for i, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(m * i + 1, min(m * (i + 1) + 1, 13))
            parts.append(gap)
            parts.append(formatstring([self.formatmonthname(theyear, k, colwidth, False)
                                       for k in months], colwidth, c).rstrip())
            parts.append(gap)
            parts.append(formatstring([header for _ in months], colwidth, c).rstrip())
            parts.append(gap)
            for j in range(max(len(cal) for cal in row)):
                weeks = [self.formatweek(cal[j], w) if j < len(cal) else "" for cal in row]
                parts.append(formatstring(weeks, colwidth, c).rstrip())
                parts.append(gap)
        return "".join(parts)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        """Print formatyear()'s text."""
        print(self.formatyear(theyear, w, l, c, m), end="")


class HTMLCalendar(Calendar):
    """Renders months and years as HTML tables (and a whole page)."""

    # CSS classes for the day cells, Monday first.
    cssclasses = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    cssclasses_weekday_head = cssclasses
    cssclass_noday = "noday"
    cssclass_month_head = "month"
    cssclass_month = "month"
    cssclass_year_head = "year"
    cssclass_year = "year"

    def formatday(self, day, weekday):
        """One day as a <td> (empty for 0)."""
        if day == 0:
            return '<td class="%s">&nbsp;</td>' % self.cssclass_noday
        return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)

    def formatweek(self, theweek):
        """One week as a <tr> of day cells."""
        return "<tr>%s</tr>" % "".join([self.formatday(d, wd) for d, wd in theweek])

    def formatweekday(self, day):
        """A weekday's short name as a <th>."""
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day], day_abbr[day])

    def formatweekheader(self):
        """The <tr> of weekday headers."""
        return "<tr>%s</tr>" % "".join([self.formatweekday(i) for i in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, withyear=True):
        """The <tr> holding the month's name (and the year when withyear)."""
        text = "%s %s" % (month_name[themonth], theyear) if withyear else "%s" % month_name[themonth]
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (self.cssclass_month_head, text)

    def formatmonth(self, theyear, themonth, withyear=True):
        """The month as a <table>."""
        rows = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">' % self.cssclass_month,
                self.formatmonthname(theyear, themonth, withyear=withyear),
                self.formatweekheader()]
        rows.extend(self.formatweek(week) for week in self.monthdays2calendar(theyear, themonth))
        rows.append("</table>")
        return "\n".join(rows) + "\n"

    def formatyear(self, theyear, width=3):
        """The year as a <table> whose cells hold the months' tables."""
        width = max(width, 1)
        out = ['<table border="0" cellpadding="0" cellspacing="0" class="%s">' % self.cssclass_year,
               "\n",
               '<tr><th colspan="%d" class="%s">%s</th></tr>' % (width, self.cssclass_year_head, theyear)]
        for first in range(1, 13, width):
            out.append("<tr>")
            for m in range(first, min(first + width, 13)):
                out.append("<td>")
                out.append(self.formatmonth(theyear, m, withyear=False))
                out.append("</td>")
            out.append("</tr>")
        out.append("</table>")
        return "".join(out)

    def formatyearpage(self, theyear, width=3, css="calendar.css", encoding=None):
        """The year as a complete XHTML document, encoded (bytes)."""
        if encoding is None:
            encoding = sys.getdefaultencoding()
        page = ['<?xml version="1.0" encoding="%s"?>\n' % encoding,
                '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n',
                "<html>\n", "<head>\n",
                '<meta http-equiv="Content-Type" content="text/html; charset=%s" />\n' % encoding]
        if css is not None:
            page.append('<link rel="stylesheet" type="text/css" href="%s" />\n' % css)
        page.append("<title>Calendar for %d</title>\n" % theyear)
        page += ["</head>\n", "<body>\n", self.formatyear(theyear, width), "</body>\n", "</html>\n"]
        return "".join(page).encode(encoding, "xmlcharrefreplace")


# The module-level functions use one shared TextCalendar.
c = TextCalendar()

firstweekday = c.getfirstweekday


def setfirstweekday(firstweekday):
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


monthcalendar = c.monthdayscalendar
prweek = c.prweek
week = c.formatweek
weekheader = c.formatweekheader
prmonth = c.prmonth
month = c.formatmonth
calendar = c.formatyear
prcal = c.pryear

# Spacing of month columns in multi-column output.
_colwidth = 7 * 3 - 1
_spacing = 6


def format(cols, colwidth=_colwidth, spacing=_spacing):
    """Print the strings cols side by side, each centred in colwidth."""
    print(formatstring(cols, colwidth, spacing))


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    """The strings cols side by side, each centred in colwidth, spacing apart."""
    return (" " * spacing).join([col.center(colwidth) for col in cols])


def timegm(tuple):
    """The POSIX timestamp of a UTC time tuple (time.gmtime's inverse)."""
    year, month, day, hour, minute, second = tuple[:6]
    days = datetime.date(year, month, 1).toordinal() - _EPOCH_ORD + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second
