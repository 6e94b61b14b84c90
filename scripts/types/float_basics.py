# float: repr, parsing, round, is_integer, as_integer_ratio, hex/fromhex.
def safe(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

print('-- repr')
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 0.2 + 0.1, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0,
        1e-4, 1e-5, 0.0001234, 1.5e-7, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
        1e22, 1e23, 9007199254740993.0, 3.141592653589793, 2.718281828459045, 100.0, 1e100,
        float('inf'), float('-inf'), float('nan'), 0.3, 1.1, 2.675, 16.04, 1234.5678, 4.35,
        9.999999999999999e22, 1e21, 1e-7, 12345678901234567890.0]
for v in vals:
    print(repr(v), str(v), v.hex())
import math
for i in range(-30, 31):
    print(i, repr(10.0 ** i), repr(2.0 ** (i * 7)), repr(1.0 / 3 * 10.0 ** i))

print('-- parse')
for s in ['1', ' 1.5 ', '-2.5e3', '+.5', '5.', '.', 'e5', '1e', '1e+', '1_000.5', '1__0', '_1', '1_',
          '1_e5', '1e_5', '1e1_0', '0x10', 'inf', '-inf', '+inf', 'Infinity', '-iNfInItY', 'infinit',
          'nan', '-nan', '+NaN', 'nan(1)', '1,5', '', ' ', '\t3.25\n', '١٫٥', '١.٥', '1.5j', 'in f',
          '0.1e-400', '1e400', '-1e400', '4.9e-324', '2.4703282292062328e-324', '2.4703282292062327e-324',
          '1' * 400, '0.' + '0' * 400 + '1', '1\x00', ' \u2003 7 \u3000']:
    print(repr(s[:40]), safe(lambda: float(s)))
for x in [b'1.5', bytearray(b'2.5'), b'xx', memoryview(b'3.5'), None, [1], 10**400, -10**400, 2**1023, True]:
    print(safe(lambda: float(x)))
class F:
    def __float__(self): return 2.5
class FBad:
    def __float__(self): return 1
class Idx:
    def __index__(self): return 3
class FSub(float): pass
for c in [F, FBad, Idx]:
    print(c.__name__, safe(lambda: float(c())))
print(safe(lambda: float(x=1)), safe(lambda: float(1, 2)), safe(lambda: float()))
print(type(FSub(2)).__name__, FSub(2), FSub(2) + 1, type(FSub(2) + 1).__name__, repr(FSub('1e3')))

print('-- round')
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 16.04, 1.005, 0.125, 0.375, 123.456, -123.456, 1e300, 5e-324,
          2.5e-5, 1234567.891, 0.0, -0.0, 1e16 + 2, 4503599627370497.0]:
    print(repr(v), [safe(lambda: round(v, n)) for n in [None, 0, 1, 2, 3, -1, -2, 5, 20, 400, -400]])
for v in [float('inf'), float('-inf'), float('nan')]:
    print(repr(v), safe(lambda: round(v)), safe(lambda: round(v, 2)), safe(lambda: round(v, 0)))
print(safe(lambda: round(2.5, 2**100)), safe(lambda: round(2.5, -2**100)), safe(lambda: round(2.5, 1.0)), safe(lambda: round(1e308, -308)))
print(safe(lambda: round(1.5, None)), type(round(1.5)).__name__, type(round(1.5, 0)).__name__, safe(lambda: round(1.7976931348623157e308, -308)))
print(safe(lambda: round(5, 2)), safe(lambda: round(15, -1)), safe(lambda: round(25, -1)), safe(lambda: round(-25, -1)), safe(lambda: round(12345, -10)))
print(safe(lambda: round('1')), safe(lambda: round()), safe(lambda: round(1, 2, 3)), safe(lambda: round(number=2.5)), safe(lambda: round(2.567, ndigits=2)))
class R:
    def __round__(self, n=None): return ('round', n)
print(round(R()), round(R(), 3), safe(lambda: round(R(), ndigits=None)))

print('-- methods')
for v in [0.0, -0.0, 1.0, 1.5, -2.0, 1e300, 5e-324, 0.1, float('inf'), float('-inf'), float('nan'), 2**53 + 0.0]:
    print(repr(v), v.is_integer(), safe(lambda: v.as_integer_ratio()), v.hex(), safe(lambda: float.fromhex(v.hex())),
          safe(lambda: int(v)), safe(lambda: math.floor(v)), safe(lambda: math.ceil(v)), safe(lambda: math.trunc(v)),
          v.real, v.imag, v.conjugate())
for s in ['0x1p0', '0x1.8p1', '-0x1p-1074', '0x1p-1075', '0x1.0000000000001p0', '0x1.00000000000008p0',
          '0x1.00000000000018p0', '0x1p1024', '0x1.fffffffffffffp1023', '0x1.fffffffffffff8p1023',
          '1', 'ff', '0X1P+3', 'inf', '-Infinity', 'nan', ' 0x1p3 ', '0x.8', '0x1.', '0x', '', 'x1p3',
          '0x1p', '0x1q', '1.8p1', '0x1_0p0', '0x10000000000000000000p-80']:
    print(repr(s), safe(lambda: float.fromhex(s)))
print(safe(lambda: float.fromhex(1)), safe(lambda: FSub.fromhex('0x1p1')), type(FSub.fromhex('0x1p1')).__name__)
