# Local time in the zone the test selects: fromtimestamp and fold around
# the zone's transitions, timestamp() of wall times that repeat or do not
# exist, astimezone() from and to local time, and today's relations.
import time
from datetime import date, datetime, timedelta, timezone

# Each hour across the year's transitions, found from the zone itself.
year = 2024
stamps = []
t = int(datetime(year, 1, 1, tzinfo=timezone.utc).timestamp())
end = int(datetime(year + 1, 1, 1, tzinfo=timezone.utc).timestamp())
prev = time.localtime(t).tm_gmtoff
while t < end:
    off = time.localtime(t).tm_gmtoff
    if off != prev:
        stamps += [t + k * 900 for k in range(-12, 13)]
        prev = off
    t += 3600
stamps += [0, 1e9, 1700000000.5, -1e9]
for ts in stamps:
    d = datetime.fromtimestamp(ts)
    local = d.astimezone()
    print(ts, repr(d), d.timestamp() == ts, repr(local), local.tzname(), date.fromtimestamp(ts))
walls = sorted({datetime.fromtimestamp(ts).replace(minute=m, second=0, microsecond=0, fold=0)
                for ts in stamps[:-4] for m in (0, 20, 40)})
for w in walls:
    for fold in (0, 1):
        d = w.replace(fold=fold)
        print(repr(d), d.timestamp(), repr(d.astimezone(timezone.utc)), repr(d.astimezone()),
              d.astimezone().tzname())
print(repr(datetime(2024, 6, 1, tzinfo=timezone.utc).astimezone()),
      repr(datetime(2024, 12, 1, tzinfo=timezone(timedelta(hours=-11))).astimezone()))
