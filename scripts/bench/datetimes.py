# Benchmark kernel: what logging and report scripts do with datetime in a
# loop: build, shift, compare, subtract, format and parse timestamps.
from datetime import datetime, timedelta, timezone


def run(n):
    start = datetime(2024, 1, 1, tzinfo=timezone.utc)
    step = timedelta(seconds=37, microseconds=1234)
    total = timedelta(0)
    late = 0
    text = []
    when = start
    for i in range(n):
        when = when + step
        stamp = datetime(when.year, when.month, when.day, when.hour, when.minute, when.second)
        if stamp > datetime(2024, 1, 2):
            late += 1
        total += when - start
        if i % 10 == 0:
            s = when.strftime("%Y-%m-%d %H:%M:%S") if i % 20 else when.isoformat()
            text.append(datetime.fromisoformat(s[:19]).minute)
    return late, str(total), sum(text), when.isoformat()


print(run(100000))
