# strftime and __format__ of date, time and datetime: every directive of
# the C library on Linux, padding flags, %f %z %Z from the object, years
# below 1000, literal text and percent signs, and the errors.
from datetime import date, datetime, time, timedelta, timezone

dt = datetime(2024, 3, 5, 7, 8, 9, 12345, tzinfo=timezone(timedelta(hours=-4, minutes=-30), "ZZ%Q"))
nv = datetime(2003, 12, 28, 23, 59, 1)
for d in (dt, nv, datetime(2024, 1, 1), datetime(2021, 1, 3, 12), datetime(999, 7, 4), datetime(5, 1, 1)):
    print(repr(d))
    for c in "aAbBcCdDeFgGhHIjmMnpPrRStTuUVwWxXyYzZf%":
        print("  %" + c, repr(d.strftime("%" + c)))
    print("  flags", d.strftime("%-d|%-m|%_d|%_H|%-I|%^a|%^B|%#b|%-j|%010Y|%5d|%-y|%e|%k|%l|%s" if False else
                                 "%-d|%-m|%_d|%_H|%-I|%^a|%^B|%-j|%-y|%e|%k|%l"))
print(date(2024, 3, 5).strftime("%Y-%m-%d %H:%M:%S.%f %z|%Z|%a %j %U %W"))
print(time(7, 8, 9, 10).strftime("%H:%M:%S.%f %p %I %Y %m %d %j %z|%Z"))
print(time(7, tzinfo=timezone.utc).strftime("%z %Z"), time(7, tzinfo=timezone(timedelta(hours=1, seconds=5))).strftime("%z %Z"))
print(dt.strftime("literal %% percent %%f %q %"), repr(dt.strftime("")), dt.strftime("%%%f%%"))
print(datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=-1, seconds=5, microseconds=9))).strftime("%z|%Z"))
print(format(dt, "%Y"), f"{nv:%d.%m.%y}", "{:%H}".format(time(5)), format(date(2020, 1, 1), ""), f"{time(5)}")
print("non-ASCII", dt.strftime("%d·%m→%Y ü"), nv.strftime("日%H時"))
for bad in (1, None, b"%Y"):
    for obj in (dt, date(2020, 1, 1), time()):
        try:
            obj.strftime(bad)
        except TypeError as e:
            print(type(obj).__name__, type(e).__name__, e)
        try:
            format(obj, bad)
        except TypeError as e:
            print(type(obj).__name__, type(e).__name__, e)
try:
    dt.strftime("%Y\0")
except ValueError as e:
    print(type(e).__name__, e)
