# datetime: the isocalendar() result's fields, timedelta's bounds and
# resolution, fold on times and datetimes, timezone equality and hashes.
import copy
import pickle
from datetime import date, datetime, time, timedelta, timezone

ic = date(2021, 1, 3).isocalendar()
print(ic, ic.year, ic.week, ic.weekday, tuple(ic), ic == (2020, 53, 7), type(ic).__name__)
print(pickle.loads(pickle.dumps(ic)), type(pickle.loads(pickle.dumps(ic))).__name__, copy.copy(ic))
# (Assigning a field fails with another message: docs/deviations.md.)
print(repr(timedelta.min), repr(timedelta.max), repr(timedelta.resolution))
print(timedelta.max.days, timedelta.max.seconds, timedelta.max.microseconds, str(timedelta.max))
try:
    timedelta.max + timedelta.resolution
except OverflowError as e:
    print("OverflowError", e)
print(timedelta.min + timedelta.max, timedelta(1) == timedelta(hours=24), hash(timedelta(1)) == hash(timedelta(hours=24)))
t = time(1, 2, fold=1)
print(t.fold, time(1, 2).fold, repr(t), t == time(1, 2), t.replace(fold=0).fold)
dt = datetime(2020, 1, 1, fold=1)
print(dt.fold, repr(dt), dt.replace(fold=0) == dt, hash(dt) == hash(dt.replace(fold=0)))
for bad in [lambda: time(fold=2), lambda: datetime(2020, 1, 1, fold=-1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
a = timezone(timedelta(hours=2), "A")
b = timezone(timedelta(hours=2), "B")
c = timezone(timedelta(0))
print(a == b, hash(a) == hash(b), c == timezone.utc, c is timezone.utc, a == 5, a != b,
      len({a, b, c, timezone.utc}), repr(a), repr(c), timezone.utc == timezone(timedelta(0), "UTC"))
print(date(2020, 2, 29) == date(2020, 2, 29), hash(date(2020, 2, 29)) == hash(date(2020, 2, 29)))
