# datetime.date: construction and its errors, fields, ordinals, weekdays,
# the ISO calendar, arithmetic, comparisons, replace, text forms and the
# class attributes.
from datetime import date, datetime, timedelta, MINYEAR, MAXYEAR
import datetime as dtmod


def show(f):
    try:
        print("  ", repr(f()))
    except Exception as e:
        print("  ", type(e).__name__, e)


print("constants", MINYEAR, MAXYEAR, date.min, date.max, date.resolution)
for args, kw in [((2024, 2, 29), {}), ((2023, 2, 29), {}), ((1900, 2, 29), {}), ((2000, 2, 29), {}),
                 ((0, 1, 1), {}), ((10000, 1, 1), {}), ((2020, 0, 1), {}), ((2020, 13, 1), {}),
                 ((2020, 4, 31), {}), ((2020, 1, 0), {}), ((2020, 1, 32), {}), ((-1, 1, 1), {}),
                 ((2020.0, 1, 1), {}), (("2020", 1, 1), {}), ((2020, 1), {}), ((2020,), {}), ((), {}),
                 ((2020, 1, 1, 1), {}), ((), dict(year=2020, month=5, day=17)), ((2020,), dict(day=3, month=4)),
                 ((2020,), dict(foo=1)), ((2020, 1, 1), dict(day=3)), ((2020, 1), dict(month=2, day=3)),
                 ((True, True, True), {}), ((2020, 1, 1.5), {}), ((2**64, 1, 1), {})]:
    print(args, kw)
    show(lambda: date(*args, **kw))

d = date(2024, 3, 15)
print("fields", d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal())
print("ordinal", date(1, 1, 1).toordinal(), date.max.toordinal(), date.fromordinal(730120), date.fromordinal(1),
      date.fromordinal(3652059))
for n in (0, -5, 3652060, 1.5, "1"):
    show(lambda: date.fromordinal(n))
for y in (1, 4, 100, 400, 1582, 1899, 1900, 1970, 1999, 2000, 2023, 2024, 9999):
    for m, dd in ((1, 1), (2, 28), (3, 1), (12, 31)):
        x = date(y, m, dd)
        assert date.fromordinal(x.toordinal()) == x
    print(y, date(y, 1, 1).toordinal(), date(y, 12, 31).weekday(), date(y, 3, 1).isocalendar())

print("isocalendar")
for x in (date(2020, 1, 1), date(2021, 1, 3), date(2021, 1, 4), date(2019, 12, 30), date(2026, 12, 31),
          date(2015, 12, 31), date(2016, 1, 1), date(1, 1, 1), date(9999, 12, 31)):
    ic = x.isocalendar()
    print("  ", x, ic, tuple(ic), ic.year, ic.week, ic.weekday, ic[0], type(ic).__name__, ic == tuple(ic))
ic = date(2020, 6, 1).isocalendar()
y, w, wd = ic
print("unpack", y, w, wd, len(ic), isinstance(ic, tuple), ic.__reduce__())
for args in ((2020, 53, 7), (2020, 1, 1), (2021, 53, 1), (2020, 54, 1), (2020, 0, 1), (2020, 5, 0),
             (2020, 5, 8), (0, 1, 1), (10000, 1, 1), (9999, 52, 5), (9999, 52, 6), (1, 1, 1)):
    show(lambda: date.fromisocalendar(*args))

print("arithmetic")
for name, f in [("d+1d", lambda: d + timedelta(days=1)), ("1d+d", lambda: timedelta(days=1) + d),
                ("d+23h", lambda: d + timedelta(hours=23)), ("d-1d", lambda: d - timedelta(days=1)),
                ("d-23h", lambda: d - timedelta(hours=23)), ("d-(-25h)", lambda: d - timedelta(hours=-25)),
                ("d-d", lambda: d - date(2024, 1, 1)), ("d-d2", lambda: date(2020, 1, 1) - d),
                ("d+400w", lambda: d + timedelta(weeks=400)), ("max+1", lambda: date.max + timedelta(1)),
                ("min-1", lambda: date.min - timedelta(1)), ("d+1", lambda: d + 1), ("d-1", lambda: d - 1),
                ("d-dt", lambda: d - datetime(2024, 1, 1)), ("dt-d", lambda: datetime(2024, 1, 1) - d),
                ("td-d", lambda: timedelta(1) - d)]:
    print(name)
    show(f)

print("compare")
e = date(2024, 3, 16)
print(d < e, d <= e, d > e, d >= e, d == e, d != e, d == date(2024, 3, 15), d == "2024-03-15", d != 1)
print(sorted([e, d, date.min, date.max]), max(d, e), min([d, e]))
for name, f in [("d<1", lambda: d < 1), ("d<dt", lambda: d < datetime(2024, 3, 15)),
                ("dt>d", lambda: datetime(2024, 3, 15) > d), ("d==dt", lambda: d == datetime(2024, 3, 15)),
                ("d!=dt", lambda: d != datetime(2024, 3, 15)), ("dt==d", lambda: datetime(2024, 3, 15) == d)]:
    print(name)
    show(f)
print("hash", hash(d) == hash(date(2024, 3, 15)), len({d, date(2024, 3, 15), e}), {d: 1}[date(2024, 3, 15)])

print("replace", d.replace(year=2000), d.replace(month=2, day=29), d.replace(2001), d.replace(), d.replace(2001, 2, 3))
for kw in (dict(month=13), dict(year=2023, month=2, day=29), dict(foo=1), dict(day="x")):
    show(lambda: d.replace(**kw))
show(lambda: d.replace(1, 2, 3, 4))

print("text", repr(d), str(d), d.isoformat(), d.ctime(), date(5, 1, 2).isoformat(), repr(date(5, 1, 2)),
      date(2024, 12, 9).ctime())
print("format", format(d), format(d, "%d/%m/%Y"), f"{d:%A %d %B %Y}", "{:%j}".format(d), f"{d!r}", f"{d}")
show(lambda: format(d, 5))
show(lambda: d.__format__(1))
print("timetuple", d.timetuple(), tuple(d.timetuple()), date(2024, 12, 31).timetuple().tm_yday)
print("types", type(d).__name__, type(d).__module__, repr(date), repr(dtmod.date), date.__name__, date.__qualname__)
try:
    d.year = 1
except AttributeError:
    print("AttributeError on set")
try:
    d.foo = 1
except AttributeError:
    print("AttributeError on new attribute")


class Birthday(date):
    def age_on(self, other):
        return other.year - self.year - ((other.month, other.day) < (self.month, self.day))


b = Birthday(1990, 6, 15)
print("subclass", repr(b), b, b.age_on(date(2024, 6, 14)), b.age_on(date(2024, 6, 15)),
      type(b + timedelta(1)).__name__, type(b.replace(year=1991)).__name__, type(Birthday.fromordinal(5)).__name__,
      type(Birthday.fromisoformat("2000-01-01")).__name__, b == date(1990, 6, 15), isinstance(b, date))
b.note = "x"
print(b.note, b.__dict__)
