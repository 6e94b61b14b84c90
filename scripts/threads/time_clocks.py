# time's clocks: types, units, monotonicity, get_clock_info, and sleep's
# argument checks.
import time


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


for name in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    f = getattr(time, name)
    ns = getattr(time, name + '_ns')
    a, b = f(), ns()
    print(name, type(a).__name__, type(b).__name__, abs(a - b / 1e9) < 1.0)
print(time.time() > 1.6e9, abs(time.time() - time.time_ns() / 1e9) < 1)
m1 = time.monotonic()
p1 = time.perf_counter()
time.sleep(0.05)
m2 = time.monotonic()
p2 = time.perf_counter()
print(m2 - m1 >= 0.049, p2 - p1 >= 0.049)
print(time.monotonic_ns() <= time.monotonic_ns())

for name in ['time', 'monotonic', 'perf_counter', 'process_time']:
    print(name, time.get_clock_info(name))
info = time.get_clock_info('thread_time')
print('thread_time', info.monotonic, info.adjustable, info.resolution)
show(time.get_clock_info, 'nope')
show(time.get_clock_info)
show(time.get_clock_info, 1)

# sleep: the number of seconds must be a non-negative int or float.
class Index:
    def __index__(self):
        return 0


class Float:
    def __float__(self):
        return 0.0


for v in [-1, -0.5, -1e-10, float('nan'), 1e300, float('inf'), 2 ** 70, -2 ** 70,
          9223372037, 1e10, 'x', None, Float(), b'1', [1]]:
    show(time.sleep, v)
for v in [0, 0.0, -0.0, 1e-10, True, Index(), 0.001]:
    show(time.sleep, v)
show(time.sleep)
show(time.sleep, 1, 2)
show(time.sleep, secs=1)
for name in ['time', 'time_ns', 'monotonic', 'perf_counter_ns', 'process_time', 'thread_time_ns']:
    show(getattr(time, name), 1)
print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID)
print(type(time.clock_gettime(time.CLOCK_REALTIME)), type(time.clock_gettime_ns(time.CLOCK_MONOTONIC)))
print(abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 1, time.clock_getres(time.CLOCK_REALTIME))
show(time.clock_gettime, 99)
show(time.clock_gettime, 1.5)
show(time.clock_gettime, 'x')
show(time.clock_gettime_ns)
show(time.clock_getres)
