# int(): every argument form and its errors.
def show(src):
    try:
        r = eval(src)
    except Exception as e:
        print(src, '->', type(e).__name__, e)
    else:
        print(src, '->', type(r).__name__, repr(r))

cases = [
    "int()", "int(0)", "int(-7)", "int(True)", "int(3.99)", "int(-3.99)", "int(1e20)",
    "int(float('inf'))", "int(float('-inf'))", "int(float('nan'))",
    "int('  42  ')", "int('-0')", "int('+17')", "int('1_000')", "int('1__0')", "int('_1')",
    "int('1_')", "int('')", "int(' ')", "int('12a')", "int('0x10')", "int('0x10', 16)",
    "int('0x10', 0)", "int('0o17', 0)", "int('0b101', 0)", "int('010', 0)", "int('0', 0)",
    "int('00', 0)", "int('0_0', 0)", "int('z', 36)", "int('Z', 36)", "int('10', 37)",
    "int('10', 1)", "int('10', -1)", "int('10', 2)", "int('12', 2)", "int('ff', 16)",
    "int('0b1', 2)", "int('0o7', 8)", "int('0x_f', 16)", "int('0_x1', 0)",
    "int(b'42')", "int(bytearray(b'42'))", "int(b'ff', 16)", "int(b'zz')", "int(b' 7 ')",
    "int(5, 10)", "int(5.0, 10)", "int(None)", "int([1])", "int('1', base=10)",
    "int(x='1')", "int('1', 10, 3)", "int(base=10)", "int('10', base=2.0)",
    "int('١٢٣')", "int('\\u0663')", "int('1\\x00')", "int('1e5')", "int('1.5')",
    "int('99999999999999999999999999')", "int('-99999999999999999999999999', 16)",
    "int('   -  5')", "int('- 5')", "int('\\t\\n12\\r\\f')", "int(3+0j)",
    "int('10', 36)", "int('abc', 16)", "int('ABC', 16)", "int('0X1F', 0)", "int('0B11', 0)",
    "int('0O7', 0)", "int('08', 0)", "int('0_8', 0)", "int('1', 0)", "int('-0x1', 0)",
    "int('0x', 16)", "int('0x', 0)", "int('x1', 16)",
]
for c in cases:
    show(c)

class Idx:
    def __index__(self): return 7
class IntM:
    def __int__(self): return 8
class Trunc:
    def __trunc__(self): return 9
class BadInt:
    def __int__(self): return 'x'
class BadIdx:
    def __index__(self): return 1.5
class IntAndIdx:
    def __int__(self): return 1
    def __index__(self): return 2
class TruncRetIdx:
    def __trunc__(self): return Idx()
class TruncBad:
    def __trunc__(self): return 'q'
class Sub(int): pass
class IntSub:
    def __int__(self): return Sub(5)

for cls in [Idx, IntM, BadInt, BadIdx, IntAndIdx]:
    try:
        r = int(cls())
        print(cls.__name__, repr(r), type(r).__name__)
    except Exception as e:
        print(cls.__name__, type(e).__name__, e)

# base with __index__
print(int('11', Idx()))
try:
    int('11', IntM())
except Exception as e:
    print(type(e).__name__, e)

# int subclasses
class MyInt(int):
    pass
m = MyInt('12', 3)
print(type(m).__name__, m, m + 1, type(m + 1).__name__)
print(repr(MyInt()), MyInt(7) == 7, hash(MyInt(7)) == hash(7))
print(int(MyInt(4)), type(int(MyInt(4))).__name__)
