# calendar corners the other goldens leave out: negative and large first
# weekdays, uneven year bands in text and HTML, name-table slicing, the
# shared module calendar, and errors of the pieces.
import calendar


def show(f):
    try:
        print("  ", repr(f()))
    except Exception as e:
        print("  ", type(e).__name__, e)


for fw in (-1, -8, 13, 700):
    cal = calendar.Calendar(fw)
    print(fw, cal.firstweekday, list(cal.iterweekdays()), list(cal.itermonthdays2(2023, 2))[:3],
          list(cal.itermonthdays4(2023, 2))[-2:], cal.monthdayscalendar(2023, 2)[0])
print(calendar.TextCalendar(3).formatyear(2023, 2, 1, 3, 5))
print(calendar.TextCalendar().formatyear(2024, 0, 0, 0, 7))
print(calendar.HTMLCalendar().formatyear(2023, 5))
print(calendar.HTMLCalendar().formatyear(2023, 0)[:300])
print(calendar.HTMLCalendar().formatyear(2023, 13)[:300])
print(calendar.HTMLCalendar().formatyearpage(2023, css="x\u00e9.css", encoding="ascii")[:420])
print(calendar.HTMLCalendar().formatyearpage(2023, encoding="utf-8")[360:520])
print(calendar.month_abbr[::-1], calendar.day_abbr[-2:], calendar.month_name[3:1], calendar.day_name[-7])
print(calendar.month_name.format, calendar.day_abbr.format, type(calendar.month_name).__name__ != "list")
show(lambda: calendar.month_name["a"])
show(lambda: calendar.day_name[-8])
print(calendar.month.__self__ is calendar.c, calendar.prcal.__name__, calendar.monthcalendar.__name__,
      calendar.week.__name__, calendar.weekheader.__name__, calendar.firstweekday.__name__,
      calendar.prweek.__name__, calendar.calendar.__name__, calendar.prmonth.__name__)
calendar.setfirstweekday(2)
print(calendar.c.firstweekday, calendar.monthcalendar(2024, 5)[0], calendar.week([(3, 2)], 2) + "|")
calendar.setfirstweekday(True)
print(calendar.firstweekday())
calendar.setfirstweekday(0)
show(lambda: calendar.setfirstweekday(1.5))
print(calendar.firstweekday())
calendar.setfirstweekday(0)
show(lambda: calendar.setfirstweekday(None))
print(calendar.leapdays(-10, -1), calendar.leapdays(5, 5), calendar.isleap(-4), calendar.isleap(0), calendar.isleap(-100))
print(calendar.weekday(-400, 3, 1), calendar.weekday(-4, 2, 29), calendar.weekday(99999, 2, 28))
show(lambda: calendar.weekday(-1, 2, 30))
show(lambda: calendar.weekday(2023, 2, 29))
print(calendar.monthrange(-5, 2), calendar.monthrange(2000, 2), calendar.monthrange(True, True))
show(lambda: calendar.monthrange(2024, 2.5))
show(lambda: calendar.monthrange(2024, None))
print(calendar.timegm([2000, 2, 29, 12, 0, 0]), calendar.timegm((2024, 1, 0, 0, 0, 0)), calendar.timegm((2024, 1, 1, -1, 0, 0.5)))
show(lambda: calendar.timegm((0, 1, 1, 0, 0, 0)))
show(lambda: calendar.timegm(None))
e = calendar.IllegalMonthError("m")
print(str(e), e.args, calendar.IllegalWeekdayError(-1).args, str(calendar.IllegalWeekdayError([1])))
tc = calendar.TextCalendar()
print(repr(tc.formatday(31, 0, 1)), repr(tc.formatday(5, 0, 5)), repr(tc.formatweekday(6, 0)), repr(tc.formatmonthname(-3, 1, 12)))
print(repr(tc.formatmonth(2024, 2, -5, -5)))
h = calendar.HTMLCalendar(6)
print(h.formatweekheader(), h.formatmonthname(-1, 12, False), h.formatday(31, 6))
show(lambda: h.formatmonth(2024, 0))
show(lambda: tc.formatmonth(2024, 13))
print(calendar.formatstring(["a"], 0, 0), repr(calendar.formatstring(["ab", "c"], 1, -1)))
