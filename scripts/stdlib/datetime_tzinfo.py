# datetime.timezone and tzinfo: fixed offsets with and without names, their
# repr/str/tzname, limits and errors; a tzinfo subclass with DST rules
# (utcoffset, dst, tzname, fromutc through the default algorithm), fold,
# astimezone between zones, and bad tzinfo results.
from datetime import datetime, time, timedelta, timezone, tzinfo, UTC
import datetime as dtmod


def show(f):
    try:
        print("  ", repr(f()))
    except Exception as e:
        print("  ", type(e).__name__, e)


print("timezone")
for args, kw in [((timedelta(0),), {}), ((timedelta(hours=2),), {}), ((timedelta(hours=-5), "EST"), {}),
                 ((timedelta(minutes=90),), dict(name="X")), ((timedelta(seconds=1),), {}),
                 ((timedelta(hours=-1, microseconds=-5),), {}), ((timedelta(hours=24),), {}),
                 ((timedelta(hours=-24),), {}), ((timedelta(0), "UTC"), {}), ((timedelta(0), ""), {}),
                 ((3,), {}), ((timedelta(hours=2), 3), {}), ((timedelta(hours=2), "x", 1), {}), ((), {}),
                 ((), dict(offset=timedelta(hours=3))), ((timedelta(hours=1),), dict(foo=1))]:
    print(args, kw)
    show(lambda: timezone(*args, **kw))
for tz in (UTC, timezone(timedelta(0)), timezone(timedelta(hours=5, minutes=45)), timezone(timedelta(hours=-3), "BRT"),
           timezone(timedelta(seconds=-30)), timezone(timedelta(hours=-1, microseconds=-5)), timezone.min, timezone.max):
    print(repr(tz), str(tz), tz.tzname(None), tz.utcoffset(None), tz.dst(None), hash(tz) == hash(tz.utcoffset(None)))
print(timezone(timedelta(0)) is UTC, timezone(timedelta(0), "UTC") is UTC, timezone.utc is dtmod.timezone.utc,
      timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), "A"), UTC == 0, UTC != timezone.min)
show(lambda: UTC.utcoffset(1))
show(lambda: UTC.tzname(1))
show(lambda: UTC.dst("x"))
show(lambda: UTC.fromutc(datetime(2020, 1, 1)))
show(lambda: UTC.fromutc(1))
show(lambda: timezone(timedelta(hours=3)).fromutc(datetime(2020, 1, 1, tzinfo=UTC)))
tz3 = timezone(timedelta(hours=3))
print(repr(tz3.fromutc(datetime(2020, 1, 1, 22, tzinfo=tz3))))
try:
    class Sub(timezone):
        pass
except TypeError as e:
    print(type(e).__name__, e)

print("tzinfo base")
base = tzinfo()
for name in ("utcoffset", "dst", "tzname"):
    show(lambda: getattr(base, name)(None))
show(lambda: base.fromutc(datetime(2020, 1, 1)))
show(lambda: base.fromutc(5))
print(isinstance(UTC, tzinfo), issubclass(timezone, tzinfo), repr(tzinfo), tzinfo.__module__)


class Eastern(tzinfo):
    """US Eastern time with the 2007 rules."""

    def _dst_window(self, year):
        start = datetime(year, 3, 8, 2)
        start += timedelta(days=(6 - start.weekday()) % 7)
        end = datetime(year, 11, 1, 2)
        end += timedelta(days=(6 - end.weekday()) % 7)
        return start, end

    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def dst(self, dt):
        if dt is None:
            return timedelta(0)
        start, end = self._dst_window(dt.year)
        naive = dt.replace(tzinfo=None)
        if start + timedelta(hours=1) <= naive < end - timedelta(hours=1):
            return timedelta(hours=1)
        if end - timedelta(hours=1) <= naive < end:
            return timedelta(0) if dt.fold else timedelta(hours=1)
        if start <= naive < start + timedelta(hours=1):
            return timedelta(hours=1) if dt.fold else timedelta(0)
        return timedelta(0)

    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"

    def __repr__(self):
        return "Eastern()"


ET = Eastern()
print("custom zone")
for d in (datetime(2024, 1, 15, 12, tzinfo=ET), datetime(2024, 7, 4, 9, 30, tzinfo=ET),
          datetime(2024, 11, 3, 1, 30, tzinfo=ET), datetime(2024, 11, 3, 1, 30, fold=1, tzinfo=ET),
          datetime(2024, 3, 10, 2, 30, tzinfo=ET)):
    print(repr(d), d.utcoffset(), d.dst(), d.tzname(), d.isoformat(), d.astimezone(UTC), d.timetuple().tm_isdst,
          d.utctimetuple())
for h in range(3, 9):
    u = datetime(2024, 11, 3, h, 30, tzinfo=UTC)
    local = u.astimezone(ET)
    print(u, "->", repr(local), local.tzname(), local.astimezone(UTC) == u)
for h in range(5, 9):
    u = datetime(2024, 3, 10, h, 30, tzinfo=UTC)
    print(u, "->", u.astimezone(ET), u.astimezone(ET).tzname())
a = datetime(2024, 11, 3, 1, 30, tzinfo=ET)
b = a.replace(fold=1)
print("fold compare", a == b, a.astimezone(UTC) == b.astimezone(UTC), b - a, a.replace(tzinfo=UTC) == a,
      b.astimezone(UTC) - a.astimezone(UTC))
x = datetime(2024, 6, 1, 12, tzinfo=timezone(timedelta(hours=-4)))
print("astimezone", repr(x.astimezone(UTC)), repr(x.astimezone(timezone(timedelta(hours=9), "JST"))),
      repr(x.astimezone(ET)), x.astimezone(x.tzinfo) is x)
show(lambda: x.astimezone(5))
print("time with tz", time(1, tzinfo=ET).utcoffset(), time(1, tzinfo=ET).tzname())


class Bad(tzinfo):
    def __init__(self, off, name=None, dst=None):
        self.off, self.name, self.d = off, name, dst

    def utcoffset(self, dt):
        return self.off

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return self.d


for bad in (Bad(5), Bad(timedelta(hours=24)), Bad(timedelta(hours=-24)), Bad(None, 3), Bad(timedelta(0), None, 7),
            Bad(timedelta(hours=1), "x", None)):
    d = datetime(2020, 1, 1, tzinfo=bad)
    for name in ("utcoffset", "tzname", "dst", "isoformat", "timetuple"):
        print(name)
        show(getattr(d, name))
    show(lambda: d.astimezone(UTC))
    show(lambda: UTC.fromutc(d))
    show(lambda: bad.fromutc(d))
