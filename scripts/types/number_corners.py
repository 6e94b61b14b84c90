# int/float/complex corners swept: to_bytes/from_bytes (signed, sizes,
# errors), bit_length/bit_count, float hex/fromhex, as_integer_ratio,
# is_integer, round with negative ndigits, int(s, base) with underscores
# and its errors, complex repr/str/format, divmod and 3-argument pow,
# and every binary operator's TypeError between mismatched types.
import operator

def s(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

print('== to_bytes / from_bytes')
for n in [0, 1, -1, 127, 128, -128, -129, 255, 256, 2**63, -2**63, 2**64 - 1]:
    print(n, [s(lambda: n.to_bytes(k, o, signed=sg)) for k in (0, 1, 2, 9) for o in ('big', 'little') for sg in (False, True)])
print(s(lambda: (5).to_bytes()), s(lambda: (5).to_bytes(-1)), s(lambda: (5).to_bytes(1, 'middle')), s(lambda: (5).to_bytes(1.0)),
      s(lambda: (5).to_bytes(length=2, byteorder='little')), s(lambda: (5).to_bytes(1, 'big', True)), s(lambda: (5).to_bytes(2**63)))
for b in [b'', b'\x00', b'\xff', b'\x80\x00', b'\x00\x80', b'\xff' * 9]:
    print(repr(b), [s(lambda: int.from_bytes(b, o, signed=sg)) for o in ('big', 'little') for sg in (False, True)])
print(s(lambda: int.from_bytes([1, 2], 'big')), s(lambda: int.from_bytes(bytearray(b'\x01\x02'))), s(lambda: int.from_bytes('ab', 'big')),
      s(lambda: int.from_bytes(b'\x01', 'x')), s(lambda: int.from_bytes([256])), s(lambda: int.from_bytes(memoryview(b'\x01\x00'), 'little')),
      s(lambda: bool.from_bytes(b'\x01')), s(lambda: type(bool.from_bytes(b'\x00'))), s(lambda: int.from_bytes(5)))
class MyInt(int):
    pass
print(s(lambda: type(MyInt.from_bytes(b'\x05')).__name__), s(lambda: MyInt.from_bytes(b'\x05')))

print('== bits')
for n in [0, 1, -1, 7, -8, 2**64, -2**64 + 1, 2**100 - 1, True]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.is_integer() if hasattr(n, 'is_integer') else '-', n.numerator, n.denominator, n.real, n.imag)

print('== float methods')
for x in [0.0, -0.0, 1.0, 0.1, -2.5, 1e-320, 5e-324, 1.7976931348623157e308, 1/3, float('inf'), float('-inf'), float('nan'), 2.0**53, 123.0]:
    print(repr(x), x.hex(), s(x.as_integer_ratio), x.is_integer(), s(lambda: float.fromhex(x.hex())), s(lambda: round(x)), [s(lambda: round(x, n)) for n in (-2, -1, 0, 1, 2, 400, -400)])
for h in ['0x1p0', '-0X1.8P+1', '0x.8p1', '1p4', '0x1.fffffffffffff8p1023', '0x1p-1075', '0x1p-1074', 'inf', '-Infinity', 'nan',
          ' 0x1p1 ', '0x1p', '0x', '', 'x1p1', '0x1.g', '0x1p99999', '0x1.000000000000080000001p0', '0x_1p0', '1_0']:
    print(repr(h), s(lambda: float.fromhex(h)))
print(s(lambda: float.fromhex(5)), s(lambda: (1.5).hex(1)), s(lambda: float.fromhex('0x1p1024')))
for n in [12345, -12345, 15, 25, -25, 35, 2**70 + 5, 0, 5, 50, 150, 250]:
    print(n, [s(lambda: round(n, k)) for k in (-1, -2, -3, -30, 0, 2)], s(lambda: round(n, None)), s(lambda: round(n, 1.0)))
for x in [2.5, 3.5, -2.5, 0.125, 0.375, 2.675, 1234.5, 1e16, -0.5, 0.5]:
    print(x, [s(lambda: round(x, k)) for k in (-1, 0, 1, 2)], s(lambda: round(x)), s(lambda: round(x, None)))
print(s(lambda: round(float('inf'))), s(lambda: round(float('nan'))), s(lambda: round(float('inf'), 1)), s(lambda: round(1.5, '1')), s(lambda: round()))
print(s(lambda: round(1, 2, 3)), s(lambda: round('1')), s(lambda: round(1e300 * 10)), s(lambda: (2.5).__round__()), s(lambda: (2.5).__round__(None)))

print('== int(s, base)')
for text in ['0', '-0', '1_000', '1__0', '_1', '1_', '0x_ff', '0b1_0', '0o_7', '0_0', '00', '007', ' 42 ', '\u0661\u0662',
             '+ 1', '1.0', '', '0x', '9' * 30, 'z', 'Z', '10', '٣', '1e3', '0X1F', '0B11', '0O17', '\t-7\n']:
    print(repr(text), [s(lambda: int(text, b)) for b in (0, 2, 8, 10, 16, 36)])
print(s(lambda: int('1', 1)), s(lambda: int('1', 37)), s(lambda: int('1', -1)), s(lambda: int(1, 10)), s(lambda: int(b'12', 16)),
      s(lambda: int(bytearray(b'z'), 36)), s(lambda: int('1', base=2**70)), s(lambda: int(base=10)), s(lambda: int('12', '10')))
print(s(lambda: int('x' * 100)), s(lambda: int(' ')), s(lambda: int('1 2')), s(lambda: int('１２')), s(lambda: int('1\x00')))

print('== complex')
for z in [0j, -0j, complex(0, -0.0), complex(-0.0, 0), 1 + 2j, -1.5 - 0.25j, 1e20j, complex(1e16, 1e-5), complex('inf'),
          complex(float('nan'), float('-inf')), complex(1, float('nan')), 3j ** 2, (1 + 1j) / 3]:
    print(repr(z), str(z), [s(lambda: format(z, sp)) for sp in ('', '.2f', '+.1e', '>20', '^20.3g', 'g', '08.2f', '=10', 'z.1f', '%', 'd', 'n', ',.2f', '#g')])
for text in ['1+2j', ' (1-2j) ', '2j', 'j', '-j', '1e3j', '1+j', 'inf-infj', 'nanj', '1 + 2j', '(1+2j', '1+2', 'j1', '', '1__0j', '1_0j']:
    print(repr(text), s(lambda: complex(text)))
print(s(lambda: complex('1', 2)), s(lambda: complex(1, '2')), s(lambda: complex(1j, 1j)), s(lambda: complex(None)), s(lambda: complex(real=1, imag=2)))
print(s(lambda: 1j < 2j), s(lambda: abs(3 + 4j)), s(lambda: (1 + 2j).conjugate()), s(lambda: divmod(1j, 2)), s(lambda: 1j // 1), s(lambda: 1j % 1),
      s(lambda: int(1j)), s(lambda: float(1j)), s(lambda: 0j ** -1), s(lambda: 0j ** 0j), s(lambda: pow(1j, 2, 3)), s(lambda: round(1j)))

print('== divmod / pow')
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (7.5, 2), (-7.5, 2), (7, 0), (7.0, 0), (0, 0.0), (2**70, 3), (-1e300, 1e-300), (True, 2), (1, float('inf')), (-1, float('inf'))]:
    print(a, b, s(lambda: divmod(a, b)), s(lambda: a // b), s(lambda: a % b))
for args in [(2, 10, 1000), (2, -1, 7), (3, -2, 7), (2, -1, 4), (0, -1, 5), (2, 10, 0), (2, 10, -7), (-2, 3, 5), (2, 10, 1), (2, 10, -1),
             (2.0, 2, 3), (2, 2.0, 3), (2, 2, 3.0), (2, 2, None), (2**100, 2**100, 2**61 - 1), (True, True, 2), (0, 0, 1), ('2', 2, 3)]:
    print(args, s(lambda: pow(*args)))
print(s(lambda: pow(0, -1)), s(lambda: pow(0.0, -1)), s(lambda: pow(-8, 1 / 3)), s(lambda: pow(-2.0, 0.5)), s(lambda: 10 ** -2), s(lambda: pow(2, 3, mod=5)),
      s(lambda: pow(base=2, exp=3)), s(lambda: pow(1e300, 2)), s(lambda: 2 ** 2 ** 2), s(lambda: (-2) ** 0.5), s(lambda: pow()), s(lambda: divmod(1)))

print('== operator TypeErrors')
ops = [('+', operator.add), ('-', operator.sub), ('*', operator.mul), ('/', operator.truediv), ('//', operator.floordiv),
       ('%', operator.mod), ('**', operator.pow), ('<<', operator.lshift), ('>>', operator.rshift), ('&', operator.and_),
       ('|', operator.or_), ('^', operator.xor), ('@', operator.matmul), ('<', operator.lt), ('>=', operator.ge)]
class R:
    def __radd__(self, o): return 'R.__radd__'
    def __rpow__(self, o): return 'R.__rpow__'
    def __rlshift__(self, o): return NotImplemented
for a, b in [(1, 'a'), ('a', 1), (1.5, None), (1j, 1), ([1], (1,)), (b'x', 'x'), (1, R()), (R(), 1), ({1}, [1]), (2**70, 1j), (True, 'x')]:
    print(type(a).__name__, type(b).__name__, [s(lambda: fn(a, b)) if not isinstance(a, R) else s(lambda: type(fn(a, b)).__name__ if False else fn(a, b)) for name, fn in ops])
print(s(lambda: -'a'), s(lambda: +[]), s(lambda: ~1.5), s(lambda: abs('x')), s(lambda: ~True), s(lambda: -True), s(lambda: 1 << -1), s(lambda: 1 >> -1), s(lambda: 1 << 2**70))
x = 1
try:
    x += 'a'
except TypeError as e:
    print(e)
try:
    x **= None
except TypeError as e:
    print(e)
try:
    x @= 1
except TypeError as e:
    print(e)
