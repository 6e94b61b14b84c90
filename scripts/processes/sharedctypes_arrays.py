# multiprocessing.sharedctypes arrays: Array and RawArray of numbers,
# chars and wide chars; indexing, slicing and slice assignment, len,
# iteration, the char arrays' .value and .raw, the wrappers
# (SynchronizedArray, SynchronizedString) and their errors.
import multiprocessing as mp
from multiprocessing import sharedctypes as sc


def attempt(what, fn):
    try:
        print(what, '->', repr(fn()))
    except Exception as e:
        print(what, '->', type(e).__name__, e)


a = mp.Array('i', range(5))
print(type(a).__name__, repr(a))
print(repr(a.get_obj()), type(a.get_obj()).__name__, type(a.get_obj()).__module__)
print(a[:], a[1:3], a[::2], a[::-1], a[-2:], a[5:1], a[::-2], len(a), list(a))
print([x * 2 for x in a], 3 in a, a[0], a[-1], type(a[1:3]).__name__)
a[1:3] = [10, 11]
print(a[:])
a[::2] = (7, 8, 9)
print(a[:])
a[-1] = -5
print(a[:], a.get_obj()[:])
for what, fn in [
        ('short slice', lambda: a.__setitem__(slice(1, 3), [1])),
        ('long slice', lambda: a.__setitem__(slice(1, 3), [1, 2, 3])),
        ('slice = int', lambda: a.__setitem__(slice(1, 3), 5)),
        ('slice = str', lambda: a.__setitem__(slice(0, 3), 'abc')),
        ('item = str', lambda: a.__setitem__(0, 'x')),
        ('item = float', lambda: a.__setitem__(0, 1.5)),
        ('index 5', lambda: a[5]),
        ('index -6', lambda: a[-6]),
        ('set index 5', lambda: a.__setitem__(5, 1)),
        ('index str', lambda: a['x']),
        ('index float', lambda: a[1.0]),
        ('set index str', lambda: a.__setitem__('x', 1)),
        ('del', lambda: a.get_obj().__delitem__(0)),
        ('value', lambda: a.get_obj().value),
        ('raw', lambda: a.raw)]:
    attempt(what, fn)
print(a[:])

print('-- kinds')
for c, init in [('d', [1, 2.5]), ('f', 3), ('b', [127, 128, -129]),
                ('B', [256, -1]), ('Q', [2**64 - 1]), ('u', 3),
                ('u', 'hé'), ('c', 4), ('c', [b'a', b'b', 99])]:
    x = mp.Array(c, init)
    print(c, repr(init), type(x).__name__, repr(x[:]), len(x), repr(x[0]))
for c, init in [('x', 3), ('i', -1), ('i', 'ab'), ('i', [1, 'a']),
                ('c', 'abc'), ('i', 2.0), ('i', (n for n in range(2))),
                ('u', [1])]:
    attempt('Array(%r, %r)' % (c, init), lambda: mp.Array(c, init))
print(mp.Array('i', True)[:], mp.Array('i', 0)[:], mp.Array('c', b'')[:])
for bad in ['x', 0]:
    attempt('lock=%r' % (bad,), lambda: mp.Array('i', 2, lock=bad))

print('-- char arrays')
s = mp.Array('c', b'hello')
print(type(s).__name__, repr(s), repr(s.get_obj()))
print(s.value, s.raw, s[:], s[0], s[1:3], list(s), len(s))
s.value = b'hi'
print(s.raw, s.value, s[:])
s.raw = b'HEL'
print(s.raw, s.value)
s[1:3] = b'xy'
print(s.raw)
s[3:5] = [b'p', 113]
s[0] = bytearray(b'q')
print(s.raw)
s[0] = 255
print(s.raw)
for what, fn in [
        ('value = str', lambda: setattr(s, 'value', 'str')),
        ('value too long', lambda: setattr(s, 'value', b'toolong')),
        ('value = bytearray', lambda: setattr(s, 'value', bytearray(b'a'))),
        ('value = int', lambda: setattr(s, 'value', 5)),
        ('raw = str', lambda: setattr(s, 'raw', 'str')),
        ('raw = int', lambda: setattr(s, 'raw', 5)),
        ('raw too long', lambda: setattr(s, 'raw', b'toolong')),
        ('item 256', lambda: s.__setitem__(0, 256)),
        ('item str', lambda: s.__setitem__(0, 'a')),
        ('item two bytes', lambda: s.__setitem__(0, b'ab'))]:
    attempt(what, fn)
s.raw = bytearray(b'ab')
print(s.raw)
s.raw = memoryview(b'c')
print(s.raw, s.value)
z = mp.Array('c', 10)
print(z.raw, z.value, repr(z.get_obj()).split(' object')[0])
print(sc.RawArray('c', b'ab\x00c').value, sc.RawArray('c', b'abc').value)
s.value = b'hello'
print(s.raw, s.value)

print('-- wide char arrays')
u = mp.Array('u', 'abc')
print(type(u).__name__, u[:], u[0], list(u), u.get_obj().value)
u.get_obj().value = 'z'
print(repr(u[:]), u.get_obj().value)
u[0:2] = 'xy'
print(u[:])
for what, fn in [
        ('value too long', lambda: setattr(u.get_obj(), 'value', 'abcd')),
        ('value = int', lambda: setattr(u.get_obj(), 'value', 5)),
        ('value = bytes', lambda: setattr(u.get_obj(), 'value', b'a')),
        ('item two chars', lambda: u.__setitem__(0, 'ab')),
        ('item int', lambda: u.__setitem__(0, 5)),
        ('raw', lambda: u.get_obj().raw),
        ('wrapper value', lambda: u.value)]:
    attempt(what, fn)

print('-- raw arrays, copy, synchronized')
r = sc.RawArray('i', 3)
print(repr(r).split(' object')[0], type(r).__name__, r[:])
r[0] = 4
c = sc.copy(r)
c[1] = 9
print(r[:], c[:], type(c) is type(r), type(r) is type(sc.RawArray('i', [1, 2, 3])))
print(type(sc.RawArray('i', 4)) is type(r), type(sc.RawArray('l', 3)).__name__,
      type(sc.RawArray('q', 3)).__name__)
for obj in [r, sc.RawArray('c', b'ab'), sc.RawArray('u', 'ab')]:
    w = sc.synchronized(obj)
    print(type(w).__name__, w[:], repr(w).split(' object')[0],
          isinstance(w, sc.SynchronizedArray))
cs = sc.synchronized(sc.RawArray('c', b'ab'))
print(cs.value, cs.raw)
cs.value = b'z'
cs.raw = b'q'
print(cs.raw)
cc = sc.copy(sc.RawArray('c', b'xy'))
print(type(cc).__name__, cc.raw)
with a:
    a[0] = 100
a.acquire()
a[1] = 101
a.release()
print(a[:2], type(a.get_lock()).__name__, repr(a.get_lock()).startswith('<RLock('))
