# datetime.time: construction and its errors, fold, tzinfo, text forms,
# isoformat's timespec, fromisoformat, comparisons (naive and aware),
# hashing and replace.
from datetime import time, timedelta, timezone, tzinfo


def show(f):
    try:
        print("  ", repr(f()))
    except Exception as e:
        print("  ", type(e).__name__, e)


for args, kw in [((), {}), ((1,), {}), ((1, 2), {}), ((1, 2, 3), {}), ((1, 2, 3, 4), {}),
                 ((23, 59, 59, 999999), {}), ((24,), {}), ((-1,), {}), ((1, 60), {}), ((1, 1, 60), {}),
                 ((1, 1, 1, 1000000), {}), ((), dict(fold=1)), ((), dict(fold=2)), ((), dict(fold=-1)),
                 ((), dict(tzinfo=1)), ((1, 2, 3, 4, None, 5), {}), ((1, 2, 3, 4, None), dict(fold=1, x=2)),
                 ((), dict(hour=5, second=7)), ((), dict(minute=5, hours=2)), ((1.0,), {}), (("1",), {}),
                 ((1,), dict(hour=2)), ((12, 30), dict(tzinfo=timezone.utc)),
                 ((12, 30), dict(tzinfo=timezone(timedelta(hours=-5, minutes=-30), "X")))]:
    print(args, kw)
    show(lambda: time(*args, **kw))

t = time(13, 5, 9, 1234, tzinfo=timezone(timedelta(hours=2)))
print("fields", t.hour, t.minute, t.second, t.microsecond, t.tzinfo, t.fold, t.utcoffset(), t.dst(), t.tzname())
n = time(7, 8)
print("naive", n.utcoffset(), n.dst(), n.tzname(), n.tzinfo, bool(time()), bool(n))
print("text", repr(t), str(t), repr(n), str(n), repr(time(1, 2, 3)), repr(time(0, 0, 0, 1)), repr(time(fold=1)))
for spec in ("auto", "hours", "minutes", "seconds", "milliseconds", "microseconds", "x", ""):
    print(spec)
    show(lambda: t.isoformat(spec))
    show(lambda: n.isoformat(timespec=spec))
show(lambda: t.isoformat(1))
print("limits", time.min, time.max, time.resolution)
print("format", format(t, "%H.%M.%S %f %z %Z %p %I"), format(n), f"{n:%H}", n.strftime("%Y-%m-%d %j %a"))

print("fromisoformat")
for s in ("12", "12:30", "12:30:45", "12:30:45.1", "12:30:45.123", "12:30:45.123456", "12:30:45.1234567",
          "12:30:45,5", "1230", "123045", "123045.5", "T12:30", "12:30Z", "12:30+05:30", "12:30-0800",
          "12:30:45+01:30:15", "12:30:45+01:30:15.25", "24:00", "12:60", "x", "", "12:3", "12:30:",
          "12:30:45.", "12:30+", "12:30+2", "12:30Z1", "12:30:45+24:00", "1230:45", "12:3045",
          "١٢:30", "12:30 ", " 12:30", "12:30:45.123Z"):
    print(repr(s))
    show(lambda: time.fromisoformat(s))
show(lambda: time.fromisoformat(1230))
for x in (time(12, 30), time(12, 30, 45, 123), t):
    assert time.fromisoformat(x.isoformat()) == x

print("compare")
a, b = time(10, tzinfo=timezone.utc), time(12, tzinfo=timezone(timedelta(hours=2)))
c = time(11, 59)
print(a == b, a < b, a <= b, hash(a) == hash(b), c < time(12), c == time(11, 59), c != a, a == c, a == 1)
for name, f in [("naive<aware", lambda: c < a), ("aware>naive", lambda: a > c), ("t<1", lambda: c < 1),
                ("t+td", lambda: c + timedelta(1)), ("t-t", lambda: c - c)]:
    print(name)
    show(f)
print("hash", len({time(1), time(1, 0, 0, 0), time(1, fold=1), time(2)}), hash(time(1, fold=1)) == hash(time(1)))

print("replace", t.replace(hour=0), t.replace(tzinfo=None), n.replace(fold=1), n.replace(1, 2, 3, 4),
      n.replace(tzinfo=timezone.utc))
for kw in (dict(hour=24), dict(tzinfo=5), dict(fold=3), dict(foo=1)):
    show(lambda: n.replace(**kw))
show(lambda: n.replace(1, 2, 3, 4, None, 1))


class Fixed(tzinfo):
    def utcoffset(self, dt):
        print("    utcoffset got", dt)
        return timedelta(hours=-3)

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return "MINUS3"


f = time(9, tzinfo=Fixed())
print("custom tz", f.utcoffset(), f.tzname(), f.dst(), f.isoformat())
print(f == time(12, tzinfo=timezone.utc))


class Odd(tzinfo):
    def utcoffset(self, dt):
        return 30

    def tzname(self, dt):
        return 5

    def dst(self, dt):
        return timedelta(hours=24)


o = time(1, tzinfo=Odd())
for name in ("utcoffset", "tzname", "dst", "isoformat"):
    print(name)
    show(getattr(o, name))
