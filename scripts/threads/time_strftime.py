# time.strftime in the C locale: every conversion, GNU's flags, widths
# and E/O modifiers, malformed conversions, and the argument checks.
import time

g = time.gmtime(1e9)


def fmt(f, tt=g):
    try:
        print(repr(f), repr(time.strftime(f, tt)))
    except Exception as e:
        print(repr(f), type(e).__name__, e)


fmt('%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %w %y %p %I %%')
fmt('%c|%x|%X|%D|%T|%R|%r|%F')
fmt('%e|%n|%t|%C|%g|%G|%V|%u|%h|%k|%l|%P|%z|%Z')
fmt('%q %')
y5 = (5, 1, 2, 3, 4, 5, 0, 2, 0)
for f in ['%Y', '%C', '%y', '%10Y', '%_10Y', '%-Y', '%010d', '%_d', '%-d', '%3d', '%1d', '%-j', '%_j',
          '%5a', '%^5a', '%#a', '%#A', '%^B', '%#p', '%^p', '%#Z', '%^Z', '%-m', '%05e', '%-e', '%_H',
          '%-k', '%Ea', '%Oa', '%EY', '%OY', '%Ec', '%Ex', '%OS', '%5%', '%5n', '%J', '%5J', '%_J',
          '%', '%-', '%E', '%10', '%-z', '%_z', '%:z', '%10c', '%^c', '%#c', '%Q%', '%ld',
          '%010a', '%-10a', '%_10a', '%^#a', '%#^p', '%^P', '%#P', '%10p', '%-5H', '%03H', '%_3H',
          '%10D', '%^10b', '%-10F', '%_10T', '%Ey', '%EC', '%EX', '%Ox', '%Ok', '%Ol', '%OI', '%Oj',
          '%OH', '%Op', '%Ou', '%OV', '%OU', '%OW', '%Ow', '%Oy', '%Ob']:
    fmt(f)
for f in ['%Y', '%C', '%y', '%G', '%g', '%F', '%4Y', '%c', '%x', '%D', '%5Y', '%05Y', '%_5Y', '%-5Y', '%5C', '%3y']:
    fmt(f, y5)
fmt('%Y %C %y %F', (-1234, 1, 2, 3, 4, 5, 0, 2, 0))
fmt('%5Y|%05Y|%_5Y|%-5Y|%5C|%3y', (-5, 1, 1, 0, 0, 0, 0, 1, 0))
# ISO weeks and week numbers around the turn of a year.
for tt in [(2021, 1, 1, 0, 0, 0, 4, 1, 0), (2020, 12, 31, 0, 0, 0, 3, 366, 0), (2019, 12, 30, 0, 0, 0, 0, 364, 0),
           (2016, 1, 3, 0, 0, 0, 6, 3, 0), (2015, 12, 31, 0, 0, 0, 3, 365, 0), (2018, 12, 31, 0, 0, 0, 0, 365, 0)]:
    fmt('%G %V %g %U %W %u %w %j', tt)
for h in [0, 1, 11, 12, 13, 23]:
    fmt('%I %l %p %P', (2020, 1, 1, h, 0, 0, 0, 1, 0))
# A struct_time's zone; a tuple with DST unknown has none.
fmt('%z|%Z', (2020, 1, 1, 0, 0, 0, 0, 1, -1))
fmt('%z|%Z|%s', time.gmtime(0))
# The fields are checked as asctime checks them; DST is clamped.
for tt in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 0, 0, 0, 0, 0, 0, 0, 0), (12345, 1, 1, 0, 0, 0, 0, 1, 0),
           (-5, 1, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 0, 0, 0, 0, 0, 0), (2020, 1, 1, 0, 0, 0, 0, 366, 0),
           (2020, 1, 1, 0, 0, 0, 0, 367, 0), (2020, 1, 1, 0, 0, 0, -1, 1, 0), (2020, 1, 1, 0, 0, 0, 7, 1, 0),
           (2020, 1, 1, 24, 0, 0, 0, 1, 0), (2020, 1, 1, 0, 0, 0, 0, 1, 5), (2020, 1, 1, 0, 0, 0, 0, 1, -5)]:
    fmt('%Y %m %d %a %j %H', tt)
for a in [(5,), ('%Y', 5), ('\x00%Y',), ('%Y', (2020, 1)), ('%Y', [2020, 1, 1, 0, 0, 0, 0, 1, 0]), ()]:
    try:
        print(repr(time.strftime(*a)))
    except Exception as e:
        print(type(e).__name__, e)
try:
    time.strftime('%Y', g, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    time.strftime(format='%Y')
except TypeError as e:
    print(type(e).__name__, e)
print(repr(time.strftime('é%Y\U0001f600', g)), type(time.strftime('%Y')))
