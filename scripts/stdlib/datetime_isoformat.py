# datetime's ISO 8601 parsing (3.11's extended formats): date.fromisoformat
# and datetime.fromisoformat with calendar and week dates, basic and
# extended forms, any separator, fractions, offsets; their errors; and the
# round trip through isoformat.
from datetime import date, datetime, time, timedelta, timezone


def show(f):
    try:
        print("  ", repr(f()))
    except Exception as e:
        print("  ", type(e).__name__, e)


print("date.fromisoformat")
for s in ("2020-01-01", "20200101", "2020-W01", "2020W01", "2020-W01-1", "2020W011", "2020-W53-7", "2020W537",
          "2021-W53", "2020-W54", "2020-W01-8", "2020-W00-1", "0001-01-01", "9999-12-31", "0000-01-01",
          "2020-13-01", "2020-02-30", "2020-1-01", "2020-0101", "202001-01", "2020-01-01T", "2020-01-0a",
          "２０２０-01-01", "2020/01/01", "", "x", "2020-01", "2020", "20200101T00", " 2020-01-01", "2020-W1",
          "9999-W52-6", "0001-W01-1", "2020-01-01 "):
    print(repr(s))
    show(lambda: date.fromisoformat(s))
show(lambda: date.fromisoformat(20200101))
show(lambda: date.fromisoformat(b"2020-01-01"))

print("datetime.fromisoformat")
for s in ("2020-01-01", "2020-01-01T12", "2020-01-01T12:30", "2020-01-01 12:30:45", "2020-01-01x12:30:45.5",
          "2020-01-01T12:30:45.123456", "2020-01-01T12:30:45.1234567", "2020-01-01T12:30:45,12+05:30",
          "2020-01-01T12:30:45.12Z", "2020W011T1230", "2020-W01-1 12", "2020-W01T08", "20200101T123045.5-0130",
          "2020-01-01 12:30:45+01:30:15.5", "2020-01-01T00:00-00:00", "2020-01-01T00:00+00:00",
          "2020-01-01T24:00", "2020-01-01T24:00:01", "2020-01-01T", "2020-01-01T1", "2020-01-01T12:3",
          "2020-01-01T12:30:", "2020-01-01T12:30:45.", "2020-01-01T12:30+", "2020-01-01T12:30+2",
          "2020-01-01T12:30+24:00", "2020-01-01T12:30:45.123Z1", "2020-01-0112:30", "20200101 1230",
          "2020-01-01T12:30:45+0530", "2020-01-01T12-05", "2020-01-01T12Z", "2020-13-01T00:00",
          "2020-01-01T12:30:45.123-23:59", "2020-W01", "2020W01", "2020-W01-1", "2020W011",
          "20_4-03-05T07:08:09", "2024-03-05T07:08:09.12_456", "2024-03-05T07:08:09.12345 ",
          "2024-03-05T07:08:09.1234 5", "2024-03-05T07:08:+9", "2024-03-05T07:08:09.123456",
          "2024-03-05 07:08:09", "2024-13-05T07:08:09", "2024-03-05T07:68:09", "2024-03-05T07:08:09.1234567",
          "٢٠٢٤-03-05T07:08:09", "2024-03-05T07:08:0٩"):
    print(repr(s))
    show(lambda: datetime.fromisoformat(s))
show(lambda: datetime.fromisoformat(None))

print("round trip")
for d in (datetime(2020, 5, 6, 7, 8, 9, 10), datetime(1, 1, 1), datetime.max,
          datetime(2020, 5, 6, tzinfo=timezone(timedelta(hours=-3, minutes=-30))),
          datetime(2020, 5, 6, 1, tzinfo=timezone(timedelta(seconds=5, microseconds=7)))):
    for sep in ("T", " "):
        s = d.isoformat(sep)
        print(s, datetime.fromisoformat(s) == d, date.fromisoformat(s[:10]) == d.date(),
              time.fromisoformat(s[11:]) == d.timetz())
