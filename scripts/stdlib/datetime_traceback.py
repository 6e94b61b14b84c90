# Errors raised by datetime show no frames of the module (CPython's is C):
# tracebacks from constructors, arithmetic, parsing and a user tzinfo whose
# method fails, printed by traceback and by an uncaught exception.
import traceback
from datetime import date, datetime, timedelta, tzinfo


class Broken(tzinfo):
    def utcoffset(self, dt):
        raise RuntimeError("no offset for %s" % dt.year)


def make(y, m, d):
    return date(y, m, d)


for f in (lambda: make(2020, 13, 1), lambda: datetime.fromisoformat("x"), lambda: timedelta(days=10**10),
          lambda: datetime(2020, 1, 1, tzinfo=Broken()).isoformat(), lambda: datetime.strptime("2020", "%d"),
          lambda: datetime.max + timedelta(1), lambda: datetime(2020, 1, 1) < datetime(2020, 1, 1, tzinfo=Broken())):
    try:
        f()
    except Exception:
        traceback.print_exc()
print("last one is not caught")
make(2021, 2, 29)
