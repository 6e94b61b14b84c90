# struct: calcsize, unpack_from/pack_into offsets, iter_unpack, the Struct
# class and the format errors.
import struct

for f in ['3', 'i3', '2 i', ' i ', 'y', '<i@', '@@i', 'i!', '99999999999999999999i',
          '10000000000000000000x', '9223372036854775807x', '4611686018427387904i',
          '2147483647s2147483647s', b'<h', 'Z', '\0', '%']:
    try:
        print(repr(f), struct.calcsize(f))
    except Exception as e:
        print(repr(f), type(e).__name__, e)
for bad in [3, None, ['i'], bytearray(b'i')]:
    try:
        struct.calcsize(bad)
    except Exception as e:
        print(type(e).__name__, e)

print(struct.unpack('<2h', b'\x01\x00\x02\x00'))
print(struct.unpack('<2h', bytearray(b'\x01\x00\x02\x00')))
print(struct.unpack('<2h', memoryview(b'\x01\x00\x02\x00')))
for args in [('i', b'\x01\x00'), ('i', b'\x01\x00\x00\x00\x00'), ('i', 'abcd'), ('i',), ('i', b'1234', 0)]:
    try:
        print(struct.unpack(*args))
    except Exception as e:
        print(type(e).__name__, e)

data = b'\x01\x00\x02\x00\x03\x00'
for args in [(), (0,), (2,), (4,), (5,), (-2,), (-4,), (-6,), (-7,), (7,)]:
    try:
        print(args, struct.unpack_from('<h', data, *args))
    except Exception as e:
        print(args, type(e).__name__, e)
print(struct.unpack_from('<h', buffer=data, offset=2))
print(struct.unpack_from('<hh', memoryview(data)[2:]))
try:
    struct.unpack_from('<h', data, 'x')
except Exception as e:
    print(type(e).__name__, e)

buf = bytearray(8)
for args in [(0, 1), (2, 2), (4, 3), (5, 4), (6, 5), (-2, 6), (-4, 7), (-1, 8), (-9, 9), (9, 10)]:
    try:
        struct.pack_into('<h', buf, *args)
        print(args, buf.hex())
    except Exception as e:
        print(args, type(e).__name__, e)
mv = memoryview(buf)
struct.pack_into('>I', mv, 4, 0xdeadbeef)
print(buf.hex())
for target in [b'12345678', memoryview(b'12345678'), 'text', None]:
    try:
        struct.pack_into('<h', target, 0, 1)
    except Exception as e:
        print(type(e).__name__, e)
for args in [('<h', buf), ('<h', buf, 0), ('<h', buf, 0, 1, 2), ('<h',), ('<h', buf, 0, 'x')]:
    try:
        struct.pack_into(*args)
    except Exception as e:
        print(type(e).__name__, e)

it = struct.iter_unpack('<h', b'\x01\x00\x02\x00\x03\x00')
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(list(struct.iter_unpack('<hb', bytes(range(9)))))
print(list(struct.iter_unpack('<h', b'')))
for args in [('<h', b'\x01\x00\x02'), ('0s', b'12'), ('x0s', b'12')]:
    try:
        print(list(struct.iter_unpack(*args)))
    except Exception as e:
        print(type(e).__name__, e)

s = struct.Struct('<ih2s')
print(s.format, s.size, repr(struct.Struct(b'>q').format))
b = s.pack(1, -2, b'xy')
print(b.hex(), s.unpack(b), s.unpack_from(b'..' + b, 2), list(s.iter_unpack(b * 2)))
buf = bytearray(12)
s.pack_into(buf, 2, 3, 4, b'z')
print(buf.hex())
for call in [lambda: s.pack(1, 2), lambda: s.pack(1, 2, 'xy'), lambda: s.unpack(b'123'),
             lambda: struct.Struct(3), lambda: struct.Struct('y'), lambda: struct.Struct(),
             lambda: s.pack(1, 2, b'', x=1)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)


class Point(struct.Struct):
    def __init__(self):
        super().__init__('<2d')

    def make(self, x, y):
        return self.pack(x, y)


p = Point()
print(p.size, p.format, p.unpack(p.make(1.5, -2.0)), isinstance(p, struct.Struct))
print(struct.error.__name__, struct.error.__module__, issubclass(struct.error, Exception))
print(type(s).__name__, struct.Struct.__name__)
try:
    raise struct.error("custom")
except struct.error as e:
    print(repr(e))
struct._clearcache()
print(struct.pack('<?', 2))
