# memoryview over bytes and bytearray: attributes, indexing, slicing,
# writing through, casts, comparison, release and context manager.

def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        if isinstance(r, memoryview):
            r = 'memoryview of %r' % r.tobytes()
        print(label, '->', repr(r))


def attrs(m):
    return (m.format, m.itemsize, m.ndim, m.shape, m.strides, m.suboffsets, m.readonly, m.nbytes,
            m.c_contiguous, m.f_contiguous, m.contiguous, len(m))


ba = bytearray(b'abcdefgh')
m = memoryview(ba)
print(attrs(m), m.obj is ba)
r = memoryview(b'xyz')
print(attrs(r), r.tobytes(), r.tolist(), list(r), r[0], r[-1])
show('memoryview(str)', memoryview, 'abc')
show('memoryview(1)', memoryview, 1)
show('memoryview()', memoryview)
show('memoryview(object=)', memoryview, object=b'kw')
print(memoryview(m).tobytes(), memoryview(memoryview(b'mm')).obj)

print('-- indexing and slicing')
for k in [0, 7, -1, -8, 8, -9, 'a', 1.0]:
    show('m[%r]' % (k,), lambda: m[k])
for s in [slice(1, 3), slice(None, None, 2), slice(None, None, -1), slice(5, 1, -2), slice(10, 20), slice(None, None, 0)]:
    show('m[%r]' % (s,), lambda: m[s])
s = m[::2]
print(attrs(s), s.tobytes(), s.tolist(), bytes(s))
s2 = m[::-1]
print(attrs(s2), s2.tobytes())
print(m[2:6][1:3].tobytes(), m[1::2][::2].tobytes())

print('-- writing through')
m[0] = 65
m[-1] = 0x5a
m[1:3] = b'BC'
s[1] = ord('*')
print(ba)
m[::-2] = b'1234'
print(ba)
for k, v in [(0, 256), (0, -1), (0, b'a'), (0, 'a'), (0, 1.5), (slice(0, 2), b'xyz'), (slice(0, 2), 'ab'), (slice(0, 2), [1, 2]),
             ('a', 1), (8, 1), (slice(0, 2), bytearray(b'QR')), (slice(0, 2), memoryview(b'ST'))]:
    def f():
        m[k] = v
        return ba
    show('m[%r] = %r' % (k, v if not isinstance(v, memoryview) else 'memoryview'), f)
show('readonly write', lambda: r.__setitem__(0, 1))
show('readonly slice write', lambda: r.__setitem__(slice(0, 1), b'q'))
show('del m[0]', lambda: m.__delitem__(0))

print('-- casts')
h = memoryview(bytearray(b'\x01\x00\x02\x00\xff\xff\x00\x80')).cast('H')
print(attrs(h), h.tolist(), h[0], h[-1])
print(memoryview(b'\x01\x00\x02\x00\xff\xff\x00\x80').cast('h').tolist())
print(memoryview(b'\x01\x00\x00\x00\xff\xff\xff\xff').cast('i').tolist(), memoryview(b'\x01\x00\x00\x00\xff\xff\xff\xff').cast('I').tolist())
print(memoryview(b'\xff' * 8).cast('q').tolist(), memoryview(b'\xff' * 8).cast('Q').tolist(), memoryview(b'\xff' * 8).cast('@l').tolist())
print(memoryview(b'\x80\x7f\x00').cast('b').tolist(), memoryview(b'ab').cast('c').tolist(), memoryview(b'\x00\x01\x02').cast('?').tolist())
print(memoryview(b'\x00\x00\x80\x3f\x00\x00\x00\xc0').cast('f').tolist(), memoryview(bytes(8)).cast('P').tolist())
print(memoryview(bytes(8)).cast('d').tolist(), h.cast('B').tolist(), h.cast('B').format)
hb = h.cast('b')
print(hb.format, hb.tolist())
for args in [('x',), ('e',), ('H',), ('i', [2]), ('B', [3]), ('<i',), ('=B',), ('BB',), (1,), ('B', 'x')]:
    show('cast%r' % (args,), lambda: memoryview(b'abcdefgh').cast(*args))
show('cast odd', lambda: memoryview(b'abc').cast('H'))
show('cast strided', lambda: memoryview(b'abcd')[::2].cast('B'))
show('cast non-byte to non-byte', lambda: h.cast('i'))
w = memoryview(bytearray(4)).cast('H')
w[0] = 513
show('w[1] = 70000', lambda: w.__setitem__(1, 70000))
show('w[1] = -1', lambda: w.__setitem__(1, -1))
show('w[1] = 1.0', lambda: w.__setitem__(1, 1.0))
print(w.tolist(), bytes(w.obj))
c = memoryview(bytearray(b'ab')).cast('c')
c[0] = b'Z'
show('c[0] = 65', lambda: c.__setitem__(0, 65))
show('c[0] = b"xy"', lambda: c.__setitem__(0, b'xy'))
print(c.obj)

print('-- comparisons and hashing')
print(m == ba, m == bytes(ba), memoryview(b'ab') == b'ab', memoryview(b'ab') == memoryview(bytearray(b'ab')), memoryview(b'ab') != b'ac')
print(memoryview(b'ab') == 'ab', memoryview(b'ab') == [97, 98], b'ab' == memoryview(b'ab'), bytearray(b'ab') == memoryview(b'ab'))
print(memoryview(b'\x01\x00').cast('H') == memoryview(b'\x01\x00'), memoryview(b'\x01\x00').cast('H') == memoryview(b'\x01\x00').cast('H'))
print(memoryview(b'\x01\x00').cast('H') == memoryview(b'\x01\x00\x00\x00').cast('H')[:1])
show('m < m', lambda: m < m)
print(hash(memoryview(b'abc')) == hash(b'abc'), hash(memoryview(b'xabc')[1:]) == hash(b'abc'))
show('hash writable', hash, memoryview(bytearray(b'a')))
show('hash cast', hash, memoryview(b'ab').cast('H'))

print('-- hex, tobytes, tolist')
print(memoryview(b'\x01\xab\xff').hex(), memoryview(b'\x01\xab\xff').hex(':'), memoryview(b'\x01\xab\xff\x00').hex('-', 2), m[::3].hex())
print(m.tobytes(order='C'), m.tobytes(None))
show('tobytes bad order', lambda: m.tobytes('X'))
print(type(memoryview(b'ab').toreadonly()).__name__, memoryview(ba).toreadonly().readonly)
print(bytes(memoryview(b'abc')), bytearray(memoryview(b'abc')), b''.join([memoryview(b'a'), memoryview(b'b')]))

print('-- release and with')
v = memoryview(b'rel')
print(v.release(), v.release())
for name, f in [('len', lambda: len(v)), ('getitem', lambda: v[0]), ('tobytes', v.tobytes), ('tolist', v.tolist), ('format', lambda: v.format),
                ('obj', lambda: v.obj), ('nbytes', lambda: v.nbytes), ('eq self', lambda: v == v), ('eq other', lambda: v == b'rel'),
                ('hex', v.hex), ('cast', lambda: v.cast('B')), ('bytes', lambda: bytes(v)), ('enter', lambda: v.__enter__()), ('hash', lambda: hash(v))]:
    show(name, f)
with memoryview(bytearray(b'ctx')) as cm:
    cm[0] = ord('C')
    print(cm.tobytes(), cm.obj)
show('after with', lambda: cm[0])
print('released' if 'released' in repr(cm) else 'not released', 'released' not in repr(memoryview(b'')))
