# POSIX timestamps: fromtimestamp with an explicit zone, utcfromtimestamp,
# timestamp() of aware datetimes, rounding of float timestamps to the
# microsecond, the limits and errors; local time is checked only through
# relations that hold in every zone, so the output does not depend on the
# machine's zone or the current date.
from datetime import date, datetime, timedelta, timezone, UTC
import time


def show(f):
    try:
        print("  ", repr(f()))
    except Exception as e:
        print("  ", type(e).__name__, e)


for ts in (0, 1, -1, 86399, 86400, 1e9, 1709622489.123456, 1709622489.9999996, 1709622489.0000004,
           -0.5, -1.5e-6, 0.5e-6, 1.5e-6, 2.5e-6, 253402300799, 253402300800, -62135596800, -62135596801,
           1e12, 1e20, -1e20, float("nan"), float("inf"), "0", None, True):
    print(repr(ts))
    show(lambda: datetime.fromtimestamp(ts, UTC))
    show(lambda: datetime.utcfromtimestamp(ts))
show(lambda: datetime.fromtimestamp(0, timezone(timedelta(hours=-8), "PST")))
show(lambda: datetime.fromtimestamp(0, tz=timezone(timedelta(hours=5, minutes=30))))
show(lambda: datetime.fromtimestamp(0, 5))
show(lambda: datetime.fromtimestamp())
for d in (datetime(1970, 1, 1, tzinfo=UTC), datetime(2024, 3, 5, 7, 8, 9, 123456, tzinfo=UTC),
          datetime(2024, 3, 5, tzinfo=timezone(timedelta(hours=-3))), datetime(1, 1, 1, tzinfo=UTC),
          datetime(9999, 12, 31, 23, 59, 58, 999999, tzinfo=UTC), datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=UTC)):
    print(repr(d), d.timestamp(), datetime.fromtimestamp(d.timestamp(), UTC) == d)

# Local time: the same instant whatever the zone.
for ts in (0, 1e9, 1709622489.25, 1234567890):
    local = datetime.fromtimestamp(ts)
    print("local", local.tzinfo, local.timestamp() == ts, local.astimezone(UTC) == datetime.fromtimestamp(ts, UTC),
          date.fromtimestamp(ts) == local.date(), local.astimezone().utcoffset() == local.astimezone().tzinfo.utcoffset(None),
          datetime.fromtimestamp(ts, UTC).astimezone().replace(tzinfo=None) == local,
          time.localtime(ts)[:6] == local.timetuple()[:6])
now, utcnow, aware = datetime.now(), datetime.utcnow(), datetime.now(UTC)
print("now", type(now).__name__, now.tzinfo, utcnow.tzinfo, aware.tzinfo, abs(aware - utcnow.replace(tzinfo=UTC)) < timedelta(minutes=1),
      abs(now.astimezone(UTC) - aware) < timedelta(minutes=1), abs(now.timestamp() - time.time()) < 60,
      date.today() - now.date() <= timedelta(1), datetime.today().tzinfo, type(date.today()).__name__)
show(lambda: datetime.now(5))
show(lambda: datetime.now(tz=timezone(timedelta(hours=1))).utcoffset())
show(lambda: date.fromtimestamp(1e20))
show(lambda: date.fromtimestamp("x"))
