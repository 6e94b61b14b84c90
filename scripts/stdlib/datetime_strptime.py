# datetime.strptime: the directives, %f, %z (with colons, seconds and
# fractions) and %Z, defaults for missing fields, week-based dates, and
# the errors with their exact messages.
from datetime import datetime


def show(s, fmt):
    try:
        print(repr(s), repr(fmt), "->", repr(datetime.strptime(s, fmt)))
    except Exception as e:
        print(repr(s), repr(fmt), "->", type(e).__name__, e)


for s, fmt in [("2024-03-05 07:08:09", "%Y-%m-%d %H:%M:%S"), ("05/03/24", "%d/%m/%y"), ("5/3/69", "%d/%m/%y"),
               ("5/3/68", "%d/%m/%y"), ("12:30:45.5", "%H:%M:%S.%f"), ("12:30:45.000123", "%H:%M:%S.%f"),
               ("12:30:45.1234567", "%H:%M:%S.%f"), ("Tue Mar  5 07:08:09 2024", "%c"), ("03/05/24", "%x"),
               ("07:08:09", "%X"), ("Tuesday, March 05 2024", "%A, %B %d %Y"), ("tue mar 5 2024", "%a %b %d %Y"),
               ("2024 65", "%Y %j"), ("2024 366", "%Y %j"), ("2023 366", "%Y %j"), ("7 PM", "%I %p"),
               ("12 am", "%I %p"), ("12 PM", "%I %p"), ("2024 10 1", "%Y %W %w"), ("2024 10 0", "%Y %U %w"),
               ("2024 0 3", "%Y %W %w"), ("2024-W10-2", "%G-W%V-%u"), ("2021-W53-7", "%G-W%V-%u"),
               ("2024 +0530", "%Y %z"), ("2024 -05:30", "%Y %z"), ("2024 Z", "%Y %z"), ("2024 +01:30:15", "%Y %z"),
               ("2024 -01:30:15.25", "%Y %z"), ("2024 +013015.5", "%Y %z"), ("2024 UTC", "%Y %Z"), ("2024 gmt", "%Y %Z"),
               ("2024 +0100 UTC", "%Y %z %Z"), ("2024-03-05T07:08:09+00:00", "%Y-%m-%dT%H:%M:%S%z"),
               ("  2024   3", "%Y %m"), ("2024\t3", "%Y %m"), ("100%", "%d%%"), ("", ""), ("02-29", "%m-%d"),
               ("2024 02 29", "%Y %m %d"), ("2023 02 29", "%Y %m %d"), ("x", "%Y"), ("2020x", "%Y"),
               ("2020", "%Q"), ("2020", "%"), ("2024 13", "%Y %m"), ("24:00", "%H:%M"),
               ("2024 W10", "%Y W%V"), ("2024 10 1", "%G %V %u"), ("2024 1", "%G %u"),
               ("2024 +05:3", "%Y %z"), ("2024 +0530:15", "%Y %z"), ("12", "%j"), ("1 1 1", "%G %V %j"),
               ("9999 12 31 23 59 59", "%Y %m %d %H %M %S"), ("0001", "%Y"), ("61", "%S"), ("60", "%S")]:
    show(s, fmt)
for args in ((1, "%Y"), ("1", 1), ("1",), ()):
    try:
        datetime.strptime(*args)
    except TypeError as e:
        print(type(e).__name__, e)
for cls in ("date", "time"):
    import datetime as m
    print(cls, hasattr(getattr(m, cls), "strptime"))
