# printf-style formatting of bytes and bytearray (PEP 461).

def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))


class WithBytes:
    def __bytes__(self):
        return b'<bytes>'


class Num:
    def __index__(self):
        return 65


cases = [
    (b'%s', b'abc'), (b'%s', bytearray(b'ba')), (b'%s', memoryview(b'mv')), (b'%s', WithBytes()), (b'%s', 'str'), (b'%s', 5),
    (b'%b', b'x'), (b'%b', 'x'), (b'%5s|%-5s|', (b'a', b'b')), (b'%.2s', b'abcdef'), (b'%r', 'caf\xe9'), (b'%a', 'caf\xe9'),
    (b'%r', b'x'), (b'%a', [1, 'x']), (b'%c', 65), (b'%c', b'Z'), (b'%c', bytearray(b'Y')), (b'%c', 256), (b'%c', -1), (b'%c', b'ab'),
    (b'%c', 'a'), (b'%c', Num()), (b'%d', 42), (b'%5d|%-5d|%05d', (1, 2, 3)), (b'%x %X %o %#x %#o', (255, 255, 8, 255, 8)),
    (b'%+d % d', (5, 5)), (b'%f %.2e %g', (1.5, 12345.678, 0.0001)), (b'%d', 'x'), (b'%d', 1.9), (b'%x', 1.5), (b'%i', True),
    (b'%(a)s-%(b)d', {b'a': b'A', b'b': 2}), (b'%(a)s', {'a': b'A'}), (b'%s %s', (b'a',)), (b'%s', (b'a', b'b')), (b'no args', ()),
    (b'no args', 5), (b'%%', ()), (b'%y', 1), (b'%', ()), (b'abc%', ()), (b'%*d', (5, 1)), (b'%.*f', (2, 3.14159)),
    (b'\xff%s\x00', b'\xfe'), (b'%s', b'\xff\xfe'), (b'%5s', b'\xff'), (b'%-4c|', 66), (b'%s', None), (b'%r', None),
    (b'abc', bytearray(b'x')), (b'abc', b'x'), (b'%s', [b'list']),
]
for fmt, args in cases:
    show('%r %% %r' % (fmt, args if not isinstance(args, (memoryview, WithBytes, Num)) else type(args).__name__), lambda: fmt % args)
    show('  bytearray', lambda: bytearray(fmt) % args)
print(type(bytearray(b'%s') % b'x').__name__)
show('rmod', lambda: 'x' % b'y')
show('bytes % dict-like', lambda: b'%(x)s' % type('M', (), {'__getitem__': lambda s, k: k * 2})())
