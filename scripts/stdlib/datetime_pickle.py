# Pickling and copying datetime objects: the reduce values CPython gives
# (bytes states, fold only from protocol 4), round trips through every
# protocol, copy and deepcopy, and subclasses.
import copy
import pickle
from datetime import date, datetime, time, timedelta, timezone, tzinfo, UTC

tz = timezone(timedelta(hours=-5), "EST")
objs = [date(2024, 3, 5), date.min, date.max, time(1, 2, 3, 456789), time(23, 59, tzinfo=UTC),
        time(1, fold=1), datetime(2024, 3, 5, 7, 8, 9, 123456), datetime(2024, 3, 5, 7, tzinfo=tz),
        datetime(2024, 11, 3, 1, 30, fold=1), datetime.max, timedelta(days=-1, seconds=5, microseconds=7),
        timedelta.max, UTC, tz, timezone(timedelta(minutes=30)), date(2020, 1, 1).isocalendar()]
for o in objs:
    print(repr(o))
    print("   reduce", o.__reduce__())
    if hasattr(type(o), "__reduce_ex__"):
        print("   ex2", o.__reduce_ex__(2), "ex4", o.__reduce_ex__(4))
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(o, proto))
        assert back == o and type(back) is (tuple if isinstance(o, tuple) else type(o)), (o, proto, back)
        if hasattr(o, "fold"):
            assert back.fold == (o.fold if proto >= 4 else 0), (o, proto)
    print("   dumps", pickle.dumps(o, 2))
    print("   dumps3", pickle.dumps(o, 3))
    print("   copy", repr(copy.copy(o)), repr(copy.deepcopy(o)))
print(pickle.loads(pickle.dumps(UTC)) is UTC)
print(date(b"\x07\xe8\x03\x05"), datetime(b"\x07\xe8\x83\x05\x07\x08\x09\x00\x00\x01"), time(b"\x81\x02\x03\x00\x00\x04", UTC))
print(repr(datetime(b"\x07\xe8\x83\x05\x07\x08\x09\x00\x00\x01")), repr(time(b"\x81\x02\x03\x00\x00\x04")))


class Plain(tzinfo):
    def __init__(self, hours=0):
        self.hours = hours

    def utcoffset(self, dt):
        return timedelta(hours=self.hours)

    def __repr__(self):
        return "Plain(%d)" % self.hours


p = Plain(3)
print(p.__reduce__(), Plain().__reduce__())
d = datetime(2020, 1, 1, tzinfo=p)
back = pickle.loads(pickle.dumps(d))
print(repr(back), back.tzinfo.hours, back.utcoffset())


class MyDate(date):
    pass


m = MyDate(2020, 2, 3)
print(m.__reduce__(), repr(pickle.loads(pickle.dumps(m))), repr(copy.deepcopy(m)))
