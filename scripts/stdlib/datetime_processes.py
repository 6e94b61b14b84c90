# datetime values cross process boundaries: a Pool sends dates, datetimes
# (naive and aware), timedeltas and timezones to workers and back.
import multiprocessing
from datetime import date, datetime, timedelta, timezone


def shift(item):
    when, delta = item
    return when + delta, type(when).__name__, getattr(when, "tzinfo", None)


def send(q, value):
    q.put(value)


if __name__ == "__main__":
    tz = timezone(timedelta(hours=-7), "MST")
    items = [(date(2024, 2, 28), timedelta(days=1)), (datetime(2024, 12, 31, 23, 59), timedelta(minutes=2)),
             (datetime(2024, 3, 5, 12, tzinfo=tz), timedelta(hours=-13)),
             (datetime(2020, 1, 1, fold=1, tzinfo=timezone.utc), timedelta(microseconds=-1))]
    with multiprocessing.Pool(2) as pool:
        for result in pool.map(shift, items):
            print(repr(result))
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=send, args=(q, datetime(2001, 2, 3, 4, 5, 6, 7, tz)))
    p.start()
    got = q.get()
    p.join()
    print(repr(got), got.tzname(), got.utcoffset())
