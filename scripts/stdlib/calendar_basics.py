# calendar's functions and data: isleap, leapdays, weekday, monthrange,
# monthcalendar, the first weekday, the name sequences, timegm, the
# Calendar iterators and their errors.
import calendar
import time
from datetime import date


def show(f):
    try:
        print("  ", repr(f()))
    except Exception as e:
        print("  ", type(e).__name__, e)


print([y for y in range(1896, 1912) if calendar.isleap(y)], calendar.isleap(2000), calendar.isleap(2100))
print(calendar.leapdays(2000, 2025), calendar.leapdays(1900, 1901), calendar.leapdays(2025, 2000),
      calendar.leapdays(-400, 400), calendar.leapdays(0, 1), calendar.leapdays(1, 10000))
print([calendar.weekday(2024, 3, d) for d in range(1, 8)], calendar.weekday(1, 1, 1), calendar.weekday(0, 1, 1),
      calendar.weekday(-1, 12, 31), calendar.weekday(10000, 1, 1), calendar.weekday(12345, 6, 7))
for args in ((2024, 2, 30), (2024, 13, 1), (2024, 0, 1), ("2024", 1, 1)):
    show(lambda: calendar.weekday(*args))
print([calendar.monthrange(2024, m) for m in range(1, 13)], calendar.monthrange(1900, 2), calendar.monthrange(0, 2),
      calendar.monthrange(10000, 3))
for m in (0, 13, -1, "x"):
    show(lambda: calendar.monthrange(2024, m))
e = calendar.IllegalMonthError(13)
print(isinstance(e, ValueError), e.month, str(e), repr(e), e.args, calendar.error is ValueError)
w = calendar.IllegalWeekdayError(9)
print(isinstance(w, ValueError), w.weekday, str(w), w.args)

print(calendar.monthcalendar(2024, 2))
print(calendar.monthcalendar(2015, 2))
print(calendar.firstweekday(), calendar.MONDAY, calendar.TUESDAY, calendar.WEDNESDAY, calendar.THURSDAY,
      calendar.FRIDAY, calendar.SATURDAY, calendar.SUNDAY, calendar.January, calendar.February, calendar.EPOCH,
      calendar.mdays)
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.monthcalendar(2024, 2), calendar.weekheader(2))
print(calendar.month(2024, 2))
for bad in (7, -1, 10):
    show(lambda: calendar.setfirstweekday(bad))
show(lambda: calendar.setfirstweekday("x"))
calendar.setfirstweekday(0)

print(list(calendar.day_name), list(calendar.day_abbr), list(calendar.month_name), list(calendar.month_abbr))
print(len(calendar.month_name), len(calendar.day_abbr), calendar.month_name[-1], calendar.month_abbr[1:4],
      calendar.day_name[::2], calendar.month_name[0] == "")
show(lambda: calendar.month_name[13])
show(lambda: calendar.day_name[7])

print(calendar.timegm((1970, 1, 1, 0, 0, 0)), calendar.timegm((2024, 3, 5, 7, 8, 9, 0, 0, 0)),
      calendar.timegm(time.gmtime(1709622489)), calendar.timegm((2024, 1, 32, 25, 61, 61)),
      calendar.timegm((1969, 12, 31, 23, 59, 59)), calendar.timegm((1, 1, 1, 0, 0, 0)))
show(lambda: calendar.timegm((2024, 13, 1, 0, 0, 0)))
show(lambda: calendar.timegm((2024, 1)))

cal = calendar.Calendar()
print(cal.firstweekday, cal.getfirstweekday(), list(cal.iterweekdays()))
cal.firstweekday = 10
print(cal.firstweekday, cal.getfirstweekday(), list(cal.iterweekdays()), cal._firstweekday)
cal.setfirstweekday(6)
print(list(cal.itermonthdays(2024, 3)))
print(list(cal.itermonthdays2(2024, 3)))
print(list(cal.itermonthdays3(2024, 1))[:8], list(cal.itermonthdays4(2024, 12))[-8:])
print(list(cal.itermonthdates(2024, 3))[:3], cal.monthdatescalendar(2024, 3)[-1])
print(cal.monthdays2calendar(2024, 4))
print(cal.monthdayscalendar(2024, 4))
print([len(r) for r in cal.yeardatescalendar(2024)], [len(r) for r in cal.yeardays2calendar(2024, 5)],
      cal.yeardayscalendar(2024, 12)[0][1])
print(list(calendar.Calendar(0).itermonthdays3(1, 1))[:3], list(calendar.Calendar(0).itermonthdays3(9999, 12))[-3:])
show(lambda: list(calendar.Calendar(0).itermonthdates(9999, 12)))
show(lambda: list(calendar.Calendar(0).itermonthdates(1, 1)))
show(lambda: list(cal.itermonthdays(2024, 13)))
show(lambda: cal.monthdayscalendar(2024, 0))
# The locale calendars are left out: see docs/deviations.md.
print(type(cal.itermonthdays(2024, 1)).__name__, sorted(set(calendar.__all__) - {"LocaleTextCalendar", "LocaleHTMLCalendar"}))
