# calendar's text output: month/prmonth and calendar/prcal exactly as
# CPython prints them, with widths, line spacing, columns and first
# weekdays; TextCalendar's pieces; and HTMLCalendar.
import calendar

print(calendar.month(2024, 2))
print(calendar.month(2024, 9, 4, 2))
print(repr(calendar.month(2023, 1, 0, 0)))
calendar.prmonth(1999, 12)
calendar.prmonth(2024, 3, w=3)
print(calendar.calendar(2024))
print(calendar.calendar(2023, 3, 1, 4, 4))
print(calendar.calendar(2021, m=2, c=2, w=1, l=0))
calendar.prcal(2026, m=6)
print(calendar.calendar(1))
print(calendar.calendar(9999, m=1))
print(calendar.week([(1, 0), (2, 1), (0, 2)], 3) + "|")
print(calendar.weekheader(1), calendar.weekheader(2), calendar.weekheader(3), calendar.weekheader(9), calendar.weekheader(12), sep="|")

tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2024, 6))
tc.prmonth(2024, 7, 5)
print(tc.formatyear(2025, 2, 1, 6, 4))
tc.pryear(2020, m=12, c=1)
for w in (1, 2, 3, 8, 9, 10):
    print(repr(tc.formatweekday(0, w)), repr(tc.formatweekheader(w)), repr(tc.formatmonthname(2024, 5, w)),
          repr(tc.formatmonthname(2024, 5, w + 10, False)), repr(tc.formatday(7, 2, w)), repr(tc.formatday(0, 2, w)))
tc.prweek([(5, 0), (6, 1)], 4)
print("|")
print(calendar.formatstring(["a", "bb", "ccc"], 5, 2) + "|")
calendar.format(["x", "y"], 4, 1)
calendar.format(["x", "y"])
print(repr(calendar.formatstring([])))
for fw in range(7):
    print(calendar.TextCalendar(fw).formatmonth(2024, 2, 2, 1))

h = calendar.HTMLCalendar()
print(h.formatmonth(2024, 2))
print(h.formatmonth(2024, 2, withyear=False))
print(calendar.HTMLCalendar(6).formatyear(2024, 4))
print(h.formatyearpage(2024, 6, css=None, encoding="ascii")[:400])
print(h.formatyearpage(2024).decode()[-300:])
print(h.formatday(0, 3), h.formatday(9, 5), h.formatweekday(6), h.formatweekheader(), h.formatmonthname(2024, 11))


class Marked(calendar.HTMLCalendar):
    cssclass_noday = "blank"
    cssclasses = ["a", "b", "c", "d", "e", "f", "g"]


print(Marked().formatweek([(0, 0), (1, 1), (2, 2)]))
