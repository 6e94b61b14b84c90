# datetime.datetime: construction and its errors, parts, combine, replace,
# arithmetic with timedeltas and other datetimes (naive and aware), the
# comparison rules, hashing across zones, text forms, timetuples, ordinals
# and the class attributes.
from datetime import date, datetime, time, timedelta, timezone, UTC


def show(f):
    try:
        print("  ", repr(f()))
    except Exception as e:
        print("  ", type(e).__name__, e)


for args, kw in [((2020, 1, 1), {}), ((2020, 1, 1, 1, 2, 3, 4), {}), ((2020, 1), {}), ((2020, 1, 1, 25), {}),
                 ((2020, 2, 30), {}), ((0, 1, 1), {}), ((2020, 1, 1, 0, 60), {}), ((2020, 1, 1, 0, 0, 60), {}),
                 ((2020, 1, 1, 0, 0, 0, 10**6), {}), ((2020, 1, 1), dict(tzinfo=1)), ((2020, 1, 1), dict(fold=2)),
                 ((2020, 1, 1, 1, 2, 3, 4, None, 1), {}), ((2020, 1, 1), dict(fold=1, hour=3)),
                 ((), dict(year=2020, month=1, day=2, minute=5, tzinfo=UTC)), ((2020, 1, 1), dict(foo=1)),
                 ((2020, 1, 1, 1, 2, 3, 4, UTC), {}), ((2020, 1, 1), dict(month=1)), ((2020.5, 1, 1), {})]:
    print(args, kw)
    show(lambda: datetime(*args, **kw))

dt = datetime(2024, 2, 29, 13, 45, 30, 123456)
print("fields", dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond, dt.tzinfo, dt.fold)
print("parts", repr(dt.date()), repr(dt.time()), repr(dt.timetz()), dt.weekday(), dt.isoweekday(),
      dt.isocalendar(), dt.toordinal())
aw = datetime(2024, 2, 29, 13, 45, tzinfo=timezone(timedelta(hours=5, minutes=30), "IST"))
print("aware", repr(aw), str(aw), aw.utcoffset(), aw.dst(), aw.tzname(), repr(aw.timetz()), repr(aw.time()))
print("limits", datetime.min, datetime.max, datetime.resolution, repr(datetime.min), UTC is timezone.utc)
print("combine", repr(datetime.combine(date(2020, 5, 6), time(7, 8, 9, 10))),
      repr(datetime.combine(date(2020, 5, 6), time(7, tzinfo=UTC))),
      repr(datetime.combine(date(2020, 5, 6), time(7, tzinfo=UTC), tzinfo=None)),
      repr(datetime.combine(date(2020, 5, 6), time(7, fold=1), UTC)),
      repr(datetime.combine(dt, time(1))))
show(lambda: datetime.combine(1, time()))
show(lambda: datetime.combine(date.today(), 2))
show(lambda: datetime.combine(date(2020, 1, 1), time(), 5))

print("text", repr(dt), str(dt), dt.isoformat(), dt.isoformat(" "), dt.isoformat("x", "minutes"), dt.ctime())
print(repr(datetime(2020, 1, 1)), repr(datetime(2020, 1, 1, 0, 0, 5)), repr(datetime(2020, 1, 1, fold=1)),
      repr(datetime(2020, 1, 1, 0, 0, 0, 5)), str(datetime(2020, 1, 1)))
for spec in ("auto", "hours", "minutes", "seconds", "milliseconds", "microseconds", "bad"):
    show(lambda: dt.isoformat(timespec=spec))
    show(lambda: aw.isoformat(timespec=spec))
show(lambda: dt.isoformat(sep="ab"))
show(lambda: dt.isoformat(sep=1))
show(lambda: dt.isoformat(timespec=1))
print("timetuple", dt.timetuple(), aw.timetuple(), aw.utctimetuple(), dt.utctimetuple())

print("arithmetic")
for name, f in [("dt+td", lambda: dt + timedelta(hours=12)), ("td+dt", lambda: timedelta(days=-60) + dt),
                ("dt-td", lambda: dt - timedelta(microseconds=123457)), ("dt-dt", lambda: dt - datetime(2024, 1, 1)),
                ("dt-dt neg", lambda: datetime(2024, 1, 1) - dt), ("aw-aw", lambda: aw - datetime(2024, 2, 29, tzinfo=UTC)),
                ("aw+td", lambda: aw + timedelta(days=1)), ("dt-aw", lambda: dt - aw), ("aw-dt", lambda: aw - dt),
                ("max+us", lambda: datetime.max + timedelta(microseconds=1)),
                ("min-us", lambda: datetime.min - timedelta(microseconds=1)),
                ("max-min", lambda: datetime.max - datetime.min), ("min-max", lambda: datetime.min - datetime.max),
                ("dt-td.min", lambda: dt - timedelta.min), ("dt+1", lambda: dt + 1), ("dt-1", lambda: dt - 1),
                ("1-dt", lambda: 1 - dt), ("dt*2", lambda: dt * 2), ("dt-d", lambda: dt - date(2024, 1, 1)),
                ("fold", lambda: datetime(2020, 1, 1, fold=1) + timedelta(0))]:
    print(name)
    show(f)

print("compare")
u1 = datetime(2024, 1, 1, 12, tzinfo=UTC)
u2 = datetime(2024, 1, 1, 14, tzinfo=timezone(timedelta(hours=2)))
u3 = datetime(2024, 1, 1, 7, tzinfo=timezone(timedelta(hours=-5), "EST"))
nv = datetime(2024, 1, 1, 12)
print(u1 == u2, u1 == u3, u2 == u3, u1 < u2, u1 <= u2, u1 != u3, nv == u1, nv != u1, u1 == nv,
      hash(u1) == hash(u2) == hash(u3), len({u1, u2, u3}), len({nv, u1}))
print(nv < datetime(2024, 1, 1, 12, 0, 0, 1), nv == datetime(2024, 1, 1, 12, fold=1),
      hash(nv) == hash(nv.replace(fold=1)), sorted([u3, datetime(2023, 1, 1, tzinfo=UTC), u1]) == [datetime(2023, 1, 1, tzinfo=UTC), u1, u3])
for name, f in [("nv<u1", lambda: nv < u1), ("u1>=nv", lambda: u1 >= nv), ("dt<d", lambda: dt < date(2024, 1, 1)),
                ("d>dt", lambda: date(2024, 1, 1) > dt), ("dt==d", lambda: dt == date(2024, 2, 29)),
                ("d==dt", lambda: date(2024, 2, 29) == dt), ("dt<1", lambda: dt < 1), ("dt==1", lambda: dt == 1),
                ("dt>'x'", lambda: dt > "x")]:
    print(name)
    show(f)

print("replace", repr(dt.replace(year=2023, day=28)), repr(dt.replace(tzinfo=UTC)), repr(aw.replace(tzinfo=None)),
      repr(dt.replace(fold=1)), repr(dt.replace(2000, 1, 2, 3, 4, 5, 6, UTC)))
for kw in (dict(year=2023), dict(hour=24), dict(tzinfo="x"), dict(foo=1), dict(fold=5)):
    show(lambda: dt.replace(**kw))
show(lambda: dt.replace(1, 2, 3, 4, 5, 6, 7, None, 0))
print("format", format(dt, "%Y-%m-%dT%H:%M:%S.%f"), format(aw, "%H:%M %z %Z"), format(dt), f"{dt:%c}",
      "{0:%d %b %Y}".format(dt), f"{aw!s}")
print("types", type(dt).__name__, repr(datetime), issubclass(datetime, date), isinstance(dt, date),
      datetime.__mro__)


class Stamp(datetime):
    def label(self):
        return "stamp " + self.isoformat()


s = Stamp(2020, 1, 2, 3, 4)
print("subclass", repr(s), s.label(), type(s + timedelta(1)).__name__, type(s - timedelta(1)).__name__,
      type(s - s).__name__, type(s.replace(hour=1)).__name__, type(Stamp.combine(date(2020, 1, 1), time())).__name__,
      type(Stamp.fromisoformat("2020-01-01")).__name__, type(Stamp.fromtimestamp(0, UTC)).__name__,
      type(s.astimezone(UTC)).__name__)
