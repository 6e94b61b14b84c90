# multiprocessing.sharedctypes values: Value and RawValue for every type
# code, the ctypes objects behind them (class names, reprs, .value),
# storing each kind of wrong value (wrap-around, TypeErrors), the
# constructor's errors, the lock argument, and the Synchronized wrapper.
import multiprocessing as mp
from multiprocessing import sharedctypes as sc


def attempt(what, fn):
    try:
        print(what, '->', repr(fn()))
    except Exception as e:
        print(what, '->', type(e).__name__, e)


CODES = 'bBhHiIlLqQfdcu'
for c in CODES:
    v = mp.Value(c)
    obj = v.get_obj()
    print(c, type(v).__name__, repr(v), repr(obj), type(obj).__name__,
          type(obj).__module__, repr(v.value))

print('-- storing')
VALUES = [0, -1, 300, 70000, 2**31, 2**40, 2**64 + 5, 2**70, -2**63, 1.5,
          'x', b'x', bytearray(b'y'), b'xy', 'xy', 'é', True, None, 3+0j]
for c in CODES:
    row = []
    for x in VALUES:
        v = sc.RawValue(c)
        try:
            v.value = x
            row.append(repr(v))
        except Exception as e:
            row.append('%s: %s' % (type(e).__name__, e))
    print(c, row)

print('-- initial values')
for c, x in [('i', 7), ('d', 1.5), ('f', 1.1), ('f', 1e300), ('c', b'a'),
             ('c', 7), ('u', 'é'), ('b', True), ('L', -1), ('Q', 2**64 - 1)]:
    attempt('Value(%r, %r)' % (c, x), lambda: mp.Value(c, x).get_obj())
    attempt('RawValue(%r, %r)' % (c, x), lambda: sc.RawValue(c, x))
attempt('float too big', lambda: sc.RawValue('f', 2**2000))
attempt('two values', lambda: mp.Value('i', 1, 2))
attempt('keyword', lambda: sc.RawValue('i', value=3))
for bad in ['x', 5, '?', 'ii', None]:
    attempt('Value(%r)' % (bad,), lambda: mp.Value(bad))
    attempt('RawValue(%r)' % (bad,), lambda: sc.RawValue(bad))

print('-- the lock argument')
raw = mp.Value('i', 7, lock=False)
print(repr(raw), type(raw).__name__, hasattr(raw, 'get_lock'))
raw.value += 1
print(raw.value, bool(raw), bool(sc.RawValue('i')), bool(sc.RawValue('d', 0.5)))
print(type(mp.Value('i', lock=True).get_lock()).__name__,
      type(mp.Value('i', lock=None).get_lock()).__name__,
      type(mp.Value('i', lock=1).get_lock()).__name__)
lock = mp.Lock()
own = mp.Value('d', 2.5, lock=lock)
print(own.get_lock() is lock, own.acquire(False), own.acquire(False))
own.release()
for bad in ['x', 0, 2.5]:
    attempt('lock=%r' % (bad,), lambda: mp.Value('i', lock=bad))

print('-- Synchronized')
v = mp.Value('i', 5)
print(repr(v), v.value, v.get_obj().value, v.get_obj() is v.get_obj())
with v as entered:
    print('entered', entered, v.value)
with v.get_lock():
    v.value += 10
print(v.acquire(), v.acquire(), v.release(), v.release(), v.value)
v.value = 2**33 + 3
print(v.value, repr(v.get_obj()))
attempt('value = x', lambda: setattr(v, 'value', 'x'))
attempt('value = 1.5', lambda: setattr(v, 'value', 1.5))
attempt('len', lambda: len(v))
attempt('index', lambda: v[0])
attempt('raw index', lambda: v.get_obj()[0])
attempt('raw len', lambda: len(v.get_obj()))
print(sc.RawValue('i', 3) == sc.RawValue('i', 3))
print(isinstance(v, sc.SynchronizedBase), sc.Synchronized.__mro__[1].__name__)

print('-- copy and synchronized')
r = sc.RawValue('d', 2.5)
c = sc.copy(r)
c.value = 4.0
print(repr(c), repr(r), type(c) is type(r))
s = sc.synchronized(r)
print(type(s).__name__, repr(s), s.value, type(s.get_lock()).__name__)
s = sc.synchronized(r, lock)
print(s.get_lock() is lock)
attempt('synchronized(5)', lambda: sc.synchronized(5))
attempt('copy(5)', lambda: sc.copy(5))
print(sc.__all__)
