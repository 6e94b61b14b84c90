# int methods: to_bytes/from_bytes, bit_length/bit_count,
# as_integer_ratio, is_integer, attributes, __index__ users, round.
def safe(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

vals = [0, 1, -1, 127, 128, -128, -129, 255, 256, 65535, -32768, 2**63, -2**63, 2**64 - 1, 10**20, -10**20]
for v in vals:
    print(v, v.bit_length(), v.bit_count(), v.as_integer_ratio(), hasattr(v, "is_integer"), v.real, v.imag,
          v.numerator, v.denominator, v.conjugate(), v.__index__(), v.__int__(), v.__float__(), v.__trunc__(),
          v.__floor__(), v.__ceil__(), v.__round__(), v.__round__(-1), v.__round__(2), v.__abs__(), v.__neg__(), v.__pos__(),
          v.__invert__(), v.__bool__(), safe(lambda: v.__getnewargs__()), safe(lambda: v.__sizeof__() > 0))
    for n in [0, 1, 2, 4, 8, 9]:
        for order in ['big', 'little']:
            print(' ', n, order, safe(lambda: v.to_bytes(n, order)), safe(lambda: v.to_bytes(n, order, signed=True)))
print(safe(lambda: (1).to_bytes()), safe(lambda: (255).to_bytes()), safe(lambda: (256).to_bytes()), safe(lambda: (-1).to_bytes()))
print(safe(lambda: (1).to_bytes(2)), safe(lambda: (1).to_bytes(length=2, byteorder='little')), safe(lambda: (1).to_bytes(-1)))
print(safe(lambda: (1).to_bytes(2, 'middle')), safe(lambda: (1).to_bytes(2, 5)), safe(lambda: (1).to_bytes(2.0)), safe(lambda: (1).to_bytes(2, 'big', True)))
print(safe(lambda: (1).to_bytes(2, 'big', signed=True, foo=1)), safe(lambda: (1).to_bytes(2, 'big', 'x')), safe(lambda: (-1).to_bytes(0, signed=True)))
print(safe(lambda: (0).to_bytes(0)), safe(lambda: (-128).to_bytes(1, signed=True)), safe(lambda: (128).to_bytes(1, signed=True)))
print(safe(lambda: (1).to_bytes(2**63)), safe(lambda: (1).to_bytes(10**30)))

for data in [b'', b'\x00', b'\x01', b'\xff', b'\x00\xff', b'\xff\x00', b'\x80\x00\x00\x00\x00\x00\x00\x00\x00', bytes(range(20))]:
    for order in ['big', 'little']:
        print(data, order, int.from_bytes(data, order), int.from_bytes(data, order, signed=True))
print(safe(lambda: int.from_bytes(b'\x01\x02')), safe(lambda: int.from_bytes([1, 2], 'big')), safe(lambda: int.from_bytes(bytearray(b'\x01'), 'little')))
print(safe(lambda: int.from_bytes('ab', 'big')), safe(lambda: int.from_bytes(1, 'big')), safe(lambda: int.from_bytes([256], 'big')), safe(lambda: int.from_bytes([-1], 'big')))
print(safe(lambda: int.from_bytes(b'a', 'medium')), safe(lambda: int.from_bytes(b'a', 1)), safe(lambda: int.from_bytes()), safe(lambda: int.from_bytes(bytes=b'\x05')))
print(safe(lambda: int.from_bytes(b'a', byteorder='big', signed=1)), safe(lambda: int.from_bytes(iter([1, 2]))), safe(lambda: int.from_bytes(memoryview(b'\x07'))))
print(safe(lambda: bool.from_bytes(b'\x01')), safe(lambda: bool.from_bytes(b'\x00')))
class MyInt(int):
    def __repr__(self): return 'MyInt(%d)' % self
print(safe(lambda: MyInt.from_bytes(b'\x05')), type(MyInt.from_bytes(b'\x05')).__name__)
print(safe(lambda: MyInt(5).bit_length()), safe(lambda: MyInt(5).to_bytes(2)), safe(lambda: MyInt(6).as_integer_ratio()), safe(lambda: type(MyInt(6).as_integer_ratio()[0]).__name__))
print(safe(lambda: type(MyInt(5).real).__name__), type(MyInt(5).numerator).__name__, type(+MyInt(5)).__name__, type(-MyInt(5)).__name__, type(abs(MyInt(5))).__name__)
print(safe(lambda: True.as_integer_ratio()), safe(lambda: type(True.real).__name__), safe(lambda: True.bit_length()), safe(lambda: (True).__index__()))

print('-- __index__ users')
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
lst = list(range(10))
for src in ['lst[I(3)]', 'lst[I(-1)]', 'lst[I(1):I(5)]', 'lst[::I(2)]', '"abcdef"[I(2)]', 'range(I(5))', 'range(10)[I(2)]',
            'bin(I(5))', 'hex(I(255))', 'oct(I(8))', '[1] * I(3)', 'I(3) * [1]', '"ab" * I(2)', 'bytes(I(3))', 'chr(I(65))',
            'operator_index', 'lst[I(2**70)]', 'lst[I("x")]', 'lst[1.0]', 'lst["a"]', 'lst[None]', '(1,2)[True]',
            'range(10)[I(2):I(8):I(3)]', 'round(1.2345, I(2))', 'int("10", I(8))', '"abc".__getitem__(I(1))',
            'pow(2, I(10))', 'I(2) ** 3', '(5).to_bytes(I(2), "big")', 'format(I(5), "d")', 'list(range(I(1), I(7), I(2)))']:
    if src == 'operator_index':
        continue
    print(src, safe(lambda: eval(src)))

print('-- str/repr of huge ints')
import sys
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
x = 10 ** 4299
print(len(str(x)), len(repr(x)))
for src in ['str(10**4300)', 'repr(-10**4300)', 'int("1" * 4301)', 'int("1" * 4300)', '"%d" % 10**4300', 'f"{10**4300}"',
            'format(10**4300, "d")', 'format(10**4300, "x")[:10]', 'hex(10**4300)[:10]', 'int("f" * 5000, 16) > 0', 'str(2**20000)[:5]']:
    print(src, safe(lambda: eval(src))[:80])
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits(), len(str(10**4500)), safe(lambda: str(10**5000)))
sys.set_int_max_str_digits(0)
print(sys.get_int_max_str_digits(), len(str(10**6000)), len(str(int('9' * 6000))))
for bad in [1, 639, -1, 'x', 4300.0]:
    print(bad, safe(lambda: sys.set_int_max_str_digits(bad)))
sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits(), safe(lambda: str(10**640)), safe(lambda: int('1' * 641)), safe(lambda: sys.set_int_max_str_digits(maxdigits=700)), sys.get_int_max_str_digits())
print(sys.flags.int_max_str_digits)
