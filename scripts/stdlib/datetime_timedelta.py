# datetime.timedelta: normalization of every unit (ints and floats, with
# CPython's rounding of the fraction), repr and str, arithmetic with ints,
# floats and timedeltas, comparisons, hashing, limits and their errors.
from datetime import timedelta


def show(f):
    try:
        r = f()
    except Exception as e:
        print("  ", type(e).__name__, e)
    else:
        print("  ", repr(r), "|", str(r) if isinstance(r, timedelta) else "")


print("normalization")
for args, kw in [((), {}), ((1,), {}), ((1, 2, 3), {}), ((0, 0, -1), {}),
                 ((-1,), {}), ((0, -1), {}), ((0, 86400), {}), ((0, 0, 1000000), {}),
                 ((), dict(weeks=1, days=1, hours=1, minutes=1, seconds=1, milliseconds=1, microseconds=1)),
                 ((), dict(hours=-25)), ((), dict(minutes=1441)), ((), dict(milliseconds=-1)),
                 ((), dict(days=1.5)), ((), dict(hours=0.1)), ((), dict(seconds=0.5e-6)),
                 ((), dict(microseconds=1.5)), ((), dict(microseconds=2.5)), ((), dict(microseconds=-1.5)),
                 ((), dict(days=0.1, seconds=0.1, microseconds=0.1)), ((), dict(weeks=-0.5)),
                 ((), dict(seconds=1e-7)), ((), dict(days=1e-11)), ((), dict(minutes=-1.25, seconds=0.75)),
                 ((True, False), {}), ((), dict(days=999999999)), ((), dict(days=-999999999)),
                 ((), dict(days=1000000000)), ((), dict(days=-1000000000)), ((), dict(days=1e10)),
                 ((), dict(days=float("inf"))), ((), dict(seconds=float("nan"))),
                 (("1",), {}), ((), dict(foo=1)), ((1, 2, 3, 4, 5, 6, 7, 8), {}), ((), dict(hours=1j))]:
    print(args, kw)
    show(lambda: timedelta(*args, **kw))

d = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print("fields", d.days, d.seconds, d.microseconds, d.total_seconds())
print("total", timedelta(microseconds=1).total_seconds(), timedelta(days=-1).total_seconds(),
      timedelta(days=10**6, microseconds=1).total_seconds())
print("str", [str(timedelta(days=n, seconds=s, microseconds=u)) for n, s, u in
              [(0, 0, 0), (1, 0, 0), (2, 0, 0), (-1, 0, 0), (-2, 5, 0), (0, 3661, 7), (0, 0, -1), (10, 86399, 999999)]])

print("arithmetic")
a, b = timedelta(hours=5), timedelta(minutes=-90)
for name, f in [("a+b", lambda: a + b), ("a-b", lambda: a - b), ("-a", lambda: -a), ("+b", lambda: +b),
                ("abs(b)", lambda: abs(b)), ("a*3", lambda: a * 3), ("3*a", lambda: 3 * a),
                ("a*-1", lambda: a * -1), ("a*0.1", lambda: a * 0.1), ("a*1.5", lambda: 1.5 * a),
                ("us*0.5", lambda: timedelta(microseconds=1) * 0.5),
                ("us*1.5", lambda: timedelta(microseconds=1) * 1.5),
                ("us*2.5", lambda: timedelta(microseconds=3) * 2.5 / 3),
                ("a/b", lambda: a / b), ("a//b", lambda: a // b), ("a%b", lambda: a % b),
                ("divmod", lambda: divmod(a, b)), ("divmod2", lambda: divmod(b, timedelta(minutes=7))),
                ("a/7", lambda: a / 7), ("a/-7", lambda: a / -7), ("a/0.3", lambda: a / 0.3),
                ("a//7", lambda: a // 7), ("b//7", lambda: b // 7),
                ("us/2", lambda: timedelta(microseconds=1) / 2), ("us3/2", lambda: timedelta(microseconds=3) / 2),
                ("a/0", lambda: a / 0), ("a//0", lambda: a // 0), ("a/0.0", lambda: a / 0.0),
                ("a/td0", lambda: a / timedelta(0)), ("a//td0", lambda: a // timedelta(0)),
                ("a%td0", lambda: a % timedelta(0)), ("divmod td0", lambda: divmod(a, timedelta(0))),
                ("a+1", lambda: a + 1), ("1-a", lambda: 1 - a), ("a*'x'", lambda: a * "x"),
                ("a*a", lambda: a * a), ("a%2", lambda: a % 2), ("a/'x'", lambda: a / "x"),
                ("max+1", lambda: timedelta.max + timedelta(microseconds=1)),
                ("-min", lambda: -timedelta.min), ("-max", lambda: -timedelta.max),
                ("big*", lambda: timedelta(1) * 10**10), ("a*nan", lambda: a * float("nan"))]:
    print(name)
    show(f)

print("compare", a > b, a == timedelta(seconds=18000), a != b, b < timedelta(0), a <= a, a >= b,
      a == 5, a != "x", timedelta(0) == timedelta(days=0, microseconds=0))
for op in ("<", ">="):
    try:
        print(eval("a %s 5" % op))
    except TypeError as e:
        print(type(e).__name__, e)
print("bool", bool(timedelta(0)), bool(timedelta(microseconds=1)), bool(timedelta(days=-1)))
print("hash", hash(timedelta(1)) == hash(timedelta(seconds=86400)), len({timedelta(1), timedelta(hours=24), timedelta(0)}))
print("limits", timedelta.min, "|", timedelta.max, "|", timedelta.resolution, "|", repr(timedelta.max))
print("sorted", sorted([timedelta(1), timedelta(-1), timedelta(0, 1), timedelta(0)]))
print("sum", sum([timedelta(hours=h) for h in range(30)], timedelta()))
print("type", type(a).__name__, type(a).__module__, repr(timedelta), type(a * 2) is timedelta)


class Span(timedelta):
    def hours(self):
        return self.total_seconds() / 3600


s = Span(hours=3)
print("subclass", repr(s), s.hours(), type(s + s).__name__, type(-s).__name__, isinstance(s, timedelta))
try:
    a.days = 3
except AttributeError as e:
    print("AttributeError")
