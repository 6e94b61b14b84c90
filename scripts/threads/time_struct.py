# struct_time and the conversions between seconds and broken-down time:
# gmtime, localtime, mktime, asctime, ctime, with their errors.
import time


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


T = time.struct_time
print(T, T.__mro__, T.n_sequence_fields, T.n_fields, T.n_unnamed_fields)
print(T.__match_args__)
for secs in [0, 1e9, -1, 1.9, -1.5, 951782400, 253402300800, -62135596800, -62135596801, 1e11 * 1000]:
    show(time.gmtime, secs)
g = time.gmtime(1e9)
print(g.tm_year, g[0], g[-1], g[1:3], len(g), g.tm_zone, g.tm_gmtoff, tuple(g))
print(g == tuple(g), hash(g) == hash(tuple(g)), list(g)[6])
show(setattr, g, 'tm_year', 5)
show(setattr, g, 'foo', 5)
for a in [((1, 2),), (range(12),), (5,), ('abcdefghi',), (range(9),), (range(10),),
          (range(9), {'tm_zone': 'X'}), (range(9), 5), (range(9), None), ()]:
    show(T, *a)
x = T(range(11))
print(x.tm_zone, x.tm_gmtoff)
show(T, range(9), dict(tm_zone='a'))
try:
    class S(T):
        pass
except TypeError as e:
    print(type(e).__name__, e)
for v in ['x', float('nan'), 1e20, 2 ** 63, 2 ** 62]:
    show(time.gmtime, v)
show(time.gmtime, 1, 2)
show(time.gmtime, x=1)
print(type(time.gmtime()), type(time.gmtime(None)), type(time.localtime()), type(time.localtime(None)))

# localtime and mktime undo each other, whatever the time zone.
for secs in [0, 1e9, 1234567890, 1700000000]:
    lt = time.localtime(secs)
    print(time.mktime(lt) == secs, time.mktime(tuple(lt)) == secs, type(lt.tm_zone), type(lt.tm_gmtoff))
print(time.mktime((2020, 14, 40, 25, 61, 61, 0, 1, -1)) == time.mktime((2021, 3, 13, 2, 2, 1, 0, 1, -1)))
show(time.mktime, (2020, 1, 1))
show(time.mktime, 5)
show(time.mktime, (1e20, 1, 1, 0, 0, 0, 0, 1, 0))
show(time.mktime, (2 ** 40, 1, 1, 0, 0, 0, 0, 1, 0))
show(time.mktime, (2 ** 70, 1, 1, 0, 0, 0, 0, 1, 0))
show(time.mktime)

# asctime: the fields are checked, 0 means the first day/month.
for tt in [time.gmtime(0), (2020, 1, 1, 0, 0, 0, 0, 1, 0), (2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 1),
           (2020, 1, 1, 0, 0, 0, 7, 1, 0), (2020, 0, 0, 0, 0, 0, 0, 0, 0), (-5, 1, 1, 0, 0, 0, 0, 1, 0),
           (12345, 1, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 24, 0, 0, 0, 1, 0), (2020, 1, 1, 0, 60, 0, 0, 1, 0),
           (2020, 1, 1, 0, 0, 61, 0, 1, 0), (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0),
           (2020, 1, 1, 0, 0, 0, -1, 1, 0), (2020, 1, 1, 0, 0, 0, -2, 1, 0), (2020, 1, 1, 0, 0, 0, 0, 367, 0),
           (2020, 1, 1, 0, 0, 0, 0, 0, -2), "abc", [2020, 1, 1, 0, 0, 0, 0, 1, 0], (2020.5, 1, 1, 0, 0, 0, 0, 1, 0),
           (2020, -1, 1, 0, 0, 0, 0, 1, 0)]:
    show(time.asctime, tt)
show(time.asctime, 1, 2)
show(time.asctime, x=1)
print(type(time.asctime()), type(time.ctime()), len(time.ctime(0)))
show(time.ctime, 'x')
show(time.ctime, 1, 2)
print(time.ctime(0) == time.asctime(time.localtime(0)))
print(time.timezone == -time.localtime(0).tm_gmtoff or time.daylight == 1, type(time.altzone), type(time.daylight))
print(type(time.tzname), len(time.tzname), time._STRUCT_TM_ITEMS)
