# sys.setswitchinterval and getswitchinterval: the interval is kept in
# whole microseconds, so tiny values read back as 0.0; the argument must
# be a real number and strictly positive.
import sys

print(sys.getswitchinterval())


class F:
    def __float__(self):
        return 0.25


class I:
    def __index__(self):
        return 2


class B:
    def __float__(self):
        return 'x'


for v in [F(), I(), B(), 1e-6, 1.5e-6, 0.9999999e-6, 1e-9, 0.0123456789, 0, -1, 'a', None, True, -0.0]:
    try:
        sys.setswitchinterval(v)
        print(repr(sys.getswitchinterval()))
    except Exception as e:
        print(type(e).__name__, e)
for a, k in [((), {}), ((1, 2), {}), ((), {'interval': 1})]:
    try:
        sys.setswitchinterval(*a, **k)
    except Exception as e:
        print(type(e).__name__, e)
try:
    sys.getswitchinterval(1)
except Exception as e:
    print(type(e).__name__, e)
sys.setswitchinterval(0.005)
print(sys.getswitchinterval())
