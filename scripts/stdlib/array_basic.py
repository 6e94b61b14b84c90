# array.array: construction, every typecode, the sequence operations,
# methods, repr and comparison.
import array
import copy
import io
import pickle
from array import array as A

print(array.typecodes, array.ArrayType is A)
for c in array.typecodes:
    a = A(c)
    print(c, a.itemsize, a.typecode, repr(a), len(a))

print(A('b', [-128, 0, 127]), A('B', [0, 255]), A('h', [-32768, 32767]), A('H', [65535]))
print(A('i', [-2**31, 2**31 - 1]), A('I', [2**32 - 1]), A('l', [-2**63]), A('L', [2**64 - 1]))
print(A('q', [2**63 - 1]), A('Q', [2**64 - 1]), A('f', [0.1, 1.5, float('inf')]), A('d', [0.1, -0.0, float('nan')]))
print(A('u', 'h\u00e9llo \U0001f600'), A('u', ['a', 'b']))
print(A('i', (1, 2, 3)), A('i', range(4)), A('i', (x * x for x in range(3))), A('d', A('i', [1, 2])))
print(A('h', b'\x01\x00\x02\x00'), A('B', bytearray(b'ab')), A('i', A('i', [7])))

a = A('i', [1, 2, 3, 2, 1])
print(a[0], a[-1], a[1:3], a[::-1], a[::2], a[10:], a[-2:])
a[0] = 10
a[-1] = -10
print(a, a.count(2), a.index(2), a.index(2, 2), a.index(2, -2), 2 in a, 9 in a)
a.append(4)
a.extend([5, 6])
a.extend(A('i', [7]))
a.insert(0, 0)
a.insert(-1, 99)
a.insert(100, 100)
a.insert(-100, -100)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(2)
a.reverse()
print(a, a.tolist(), list(a), len(a))
del a[0]
del a[-1]
del a[1:3]
print(a)
del a[::2]
print(a)
b = A('i', range(10))
del b[::-3]
print(b)
del b[5:1]
print(b)
b[1:3] = A('i', [20, 30, 40])
print(b)
b[::2] = A('i', [0, 0, 0, 0])
print(b)
b[:] = b
print(b)
b[2:2] = A('i', [5])
print(b)

print(A('i', [1, 2]) + A('i', [3]), A('i', [1, 2]) * 2, 2 * A('b', [1]), A('i', [1]) * 0, A('i', [1]) * -3)
c = A('h', [1])
c += A('h', [2])
c *= 3
print(c)

print(A('h', [1, 2]).tobytes(), A('d', [1.0]).tobytes().hex(), A('u', 'ab').tobytes())
d = A('h', [1, 256])
d.byteswap()
print(d)
d = A('d', [1.0])
d.byteswap()
print(d.tobytes().hex())
d = A('b', [1, -1])
d.byteswap()
print(d)
e = A('H')
e.frombytes(b'\x01\x00\xff\xff')
e.frombytes(memoryview(b'\x02\x00'))
e.fromlist([3, 4])
print(e)
u = A('u', 'ab')
u.fromunicode('cd')
print(u, u.tounicode(), u[1], u.index('c'))
print(A('i', [3]).buffer_info()[1], type(A('i').buffer_info()[0]).__name__)

# Comparisons.
print(A('i', [1, 2]) == A('i', [1, 2]), A('i', [1, 2]) == A('d', [1.0, 2.0]), A('i', [1]) != A('i', [1, 2]))
print(A('i', [1, 2]) < A('i', [1, 3]), A('i', [1, 2]) < A('i', [1, 2, 0]), A('i', [2]) > A('d', [1.5, 9]),
      A('i', [1, 2]) <= A('i', [1, 2]), A('i', []) >= A('i', [1]))
print(A('i', [1]) == [1], A('i', [1]) != (1,))
print(A('d', [float('nan')]) == A('d', [float('nan')]))

# Iteration sees changes.
a = A('i', [1, 2, 3])
it = iter(a)
print(next(it), type(it).__name__)
a.append(4)
print(list(it), list(it))

# Copies and pickles.
a = A('d', [1.5, 2.5])
b = copy.copy(a)
b[0] = 0
print(a, b, copy.deepcopy(a))
print(a.__reduce_ex__(2))
print(a.__reduce_ex__(4)[1][1:])
for proto in range(0, 6):
    print(proto, pickle.loads(pickle.dumps(A('H', [1, 2]), proto)), pickle.loads(pickle.dumps(A('u', 'xy'), proto)))
print(array._array_reconstructor(A, 'i', 9, b'\x00\x00\x00\x01\x00\x00\x00\x02'))
print(array._array_reconstructor(A, 'd', 15, b'\x3f\xc0\x00\x00'))
print(array._array_reconstructor(A, 'u', 18, 'ab'.encode('utf-16-le')))
print(array._array_reconstructor(A, 'u', 21, 'a\U0001f600'.encode('utf-32-be')))
print(array._array_reconstructor(A, 'q', 1, b'\xff\x01'))
print(array._array_reconstructor(A, 'i', 11, b'\x00' * 7 + b'\x09'))
print(array._array_reconstructor(A, 'b', 13, b'\xff' * 8))
print(array._array_reconstructor(A, 'f', 17, b'\x3f\xf0' + b'\x00' * 6))
for args in [(A, 'd', 15, b'\x3f\xc0\x00'), (A, 'u', 20, b'a\x00\x00'), (A, 'i', 22, b''),
             (A, 'x', 1, b''), (int, 'i', 1, b''), (A, 'i', 1, 'x'), (3, 'i', 1, b''),
             (A, 'u', 18, 'a\U0001f600'.encode('utf-16-le'))]:
    try:
        print(array._array_reconstructor(*args))
    except Exception as e:
        print(type(e).__name__, e)

# Files.
f = io.BytesIO()
A('i', [1, 2, 3]).tofile(f)
print(f.getvalue())
f.seek(0)
g = A('i')
g.fromfile(f, 2)
print(g)
try:
    g.fromfile(f, 5)
except EOFError as e:
    print("EOFError", e, g)


class MyArray(A):
    def total(self):
        return sum(self)


m = MyArray('i', [1, 2, 3])
print(m, m.total(), type(m[:2]).__name__, type(copy.copy(m)).__name__, isinstance(m, A))
m.attr = 5
print(m.attr, m.__reduce_ex__(2)[2])

# The buffer: bytes-like consumers read and write the items' memory.
import struct
a = A('i', [1, 2])
print(bytes(a), bytearray(a), struct.unpack('2i', a), b'x' + A('B', [65]))
f = io.BytesIO()
f.write(a)
print(f.getvalue())
f = io.BytesIO(b'\x07\x00\x00\x00\x08\x00\x00\x00')
print(f.readinto(a), a)
struct.pack_into('<i', a, 4, 9)
print(a, A('u', 'ab').tobytes() == bytes(A('u', 'ab')))
