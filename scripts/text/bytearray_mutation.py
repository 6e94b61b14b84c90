# bytearray's mutating methods and item and slice assignment.

def lbl(x):
    # repr without memory addresses, so that labels are deterministic
    if isinstance(x, memoryview):
        return 'memoryview(%r)' % x.tobytes()
    if isinstance(x, tuple):
        return '(' + ', '.join(lbl(i) for i in x) + (',)' if len(x) == 1 else ')')
    if isinstance(x, list):
        return '[' + ', '.join(lbl(i) for i in x) + ']'
    return repr(x)


def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))


class Idx:
    def __index__(self):
        return 66


b = bytearray(b'abc')
show('append', b.append, 100)
show('append Idx', b.append, Idx())
show('append 256', b.append, 256)
show('append -1', b.append, -1)
show('append str', b.append, 'x')
show('append bytes', b.append, b'x')
show('append none', b.append)
print(b)
for arg in [b'xy', bytearray(b'z'), memoryview(b'mv'), [1, 2], range(3), (x for x in [65, 66]), 'str', [256], ['a'], 5, iter([])]:
    c = bytearray(b'-')
    show('extend ' + (lbl(arg) if not hasattr(arg, '__next__') else 'iterator'), c.extend, arg)
    print('   ', c)
c = bytearray(b'abc')
c.extend(c)
print('extend self', c)
c = bytearray(b'abcdef')
for args in [(0, 65), (-1, 66), (100, 67), (-100, 68), (2, 256), (2, 'x'), ('1', 65), (1,)]:
    show('insert%r' % (args,), c.insert, *args)
print(c)
c = bytearray(b'abcdef')
for args in [(), (0,), (-1,), (10,), ('1',), (1, 2)]:
    show('pop%r' % (args,), c.pop, *args)
print(c)
show('pop empty', bytearray().pop)
c = bytearray(b'abcabc')
for args in [(98,), (98,), (98,), (300,), (b'a',), ('a',), ()]:
    show('remove%r' % (args,), c.remove, *args)
print(c)
c = bytearray(b'abc')
print(c.reverse(), c, c.copy(), c.copy() is c, c.clear(), c, len(c))

print('-- setitem and delitem')
c = bytearray(b'0123456789')
for k, v in [(0, 65), (-1, 66), (10, 67), (-11, 67), (1, 256), (1, b'x'), (1, 'x'), ('x', 1), (slice(0, 2), b'ab'),
             (slice(0, 2), b''), (slice(0, 0), b'XYZ'), (slice(None), b'0123456789'), (slice(0, 10, 2), b'abcde'),
             (slice(0, 10, 2), b'ab'), (slice(1, 3), [1, 2, 3]), (slice(1, 3), 'str'), (slice(1, 3), 5), (slice(1, 3), [300]),
             (slice(8, 2, -2), b'xyz'), (slice(None, None, -1), bytearray(b'0123456789')), (slice(2, 5), memoryview(b'MV')),
             (slice(None, None, 0), b''), (slice(1, 4), None)]:
    def f():
        c[k] = v
        return c
    show('c[%r] = %s' % (k, lbl(v)), f)
c = bytearray(b'0123456789')
c[2:5] = c
print('self assign', c)
c = bytearray(b'0123456789')
for k in [0, -1, 20, slice(0, 2), slice(None, None, 3), slice(None, None, -2), slice(5, 1), 'x']:
    def f():
        del c[k]
        return c
    show('del c[%r]' % (k,), f)

print('-- in-place operators')
c = bytearray(b'ab')
d = c
c += b'cd'
c += bytearray(b'e')
c += memoryview(b'f')
print(c, c is d)
try:
    c += 'str'
except TypeError as e:
    print('TypeError:', e)
try:
    c += 5
except TypeError as e:
    print('TypeError:', e)
c *= 2
print(c, c is d)
c *= 0
print(c, c is d)
c = bytearray(b'xy')
c *= -3
print(c)
try:
    c *= 'a'
except TypeError as e:
    print('TypeError:', e)
s = bytearray(b'abc')
print(s == b'abc', s.count(b'b'), s.find(98), bytes(s), s.decode(), s.decode('latin-1'), str(s, 'ascii'))
show('decode bad', bytearray(b'\xff').decode)
print(s.__alloc__() >= len(s))
