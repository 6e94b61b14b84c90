# bool: arithmetic, bit operators, repr, subclassing refused.
def safe(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

B = [True, False]
for a in B:
    for b in B + [1, 0, 2, 1.5, -1]:
        print(a, b, [safe(lambda: eval('a %s b' % op)) for op in ['+', '-', '*', '/', '//', '%', '**', '&', '|', '^', '<<', '>>', '<', '==', '>=']])
for src in ['~True', '~False', '-True', '+True', '+False', 'abs(True)', 'True + True', 'True * "ab"', 'True * [1, 2]',
            'repr(True)', 'str(False)', 'bool()', 'bool(0)', 'bool([])', 'bool([0])', 'bool("")',
            'bool(" ")', 'bool(None)', 'bool(0.0)', 'bool(-0.0)', 'bool(float("nan"))', 'bool(1, 2)', 'bool(x=1)',
            'bool.__new__(bool, 5)', 'bool.__new__(int, 5)', 'int(True)', 'float(True)', 'complex(True)', 'hash(True)',
            'True.__and__(1)', 'True.__and__(True)', 'True.__rand__(False)', 'True.__or__(2)', 'True.__xor__(True)',
            'True.__invert__()', 'type(True & 1).__name__', 'type(True & False).__name__', 'type(True ^ 2).__name__',
            'True.real', 'True.imag', 'True.numerator', 'True.denominator', 'True.conjugate()', 'type(True.conjugate()).__name__',
            'True.__index__()', 'type(True.__int__()).__name__', 'format(True)', 'format(True, "d")', 'format(True, "")',
            'format(True, ">6")', 'format(False, "^7")', 'f"{True!s:>5}"', 'f"{True:5}"', 'f"{True:.1f}"', '"%s %d %r" % (True, True, False)',
            'isinstance(True, int)', 'issubclass(bool, int)', 'bool.__mro__', 'bool.__bases__', 'True == 1.0', '{True: "a", 1: "b"}',
            '{1, True, 1.0}', '{0: 1, False: 2, 0.0: 3}', 'sum([True, True, False])', 'max(True, 2)', 'sorted([True, False, 2, -1])',
            'True.__class__', 'type(True)(0)', 'bool("False")', '[10, 20][True]', 'divmod(True, True)', 'True ** -1',
            'pow(True, 2, 3)', 'True / False', 'round(True)', 'type(round(True)).__name__', 'True.bit_length()',
            'True << 70', 'int.__add__(True, True)', 'bool.__add__(True, True)', 'True.__bool__()', 'bool.__doc__[:20]']:
    print(src, '->', safe(lambda: eval(src)))
try:
    class B2(bool):
        pass
except TypeError as e:
    print('TypeError', e)
class Truthy:
    def __bool__(self): return True
class BadBool:
    def __bool__(self): return 1
class LenOnly:
    def __len__(self): return 0
class LenBad:
    def __len__(self): return -1
class LenBig:
    def __len__(self): return 2**70
class LenFloat:
    def __len__(self): return 1.5
class BoolNone:
    __bool__ = None
for c in [Truthy, BadBool, LenOnly, LenBad, LenBig, LenFloat, BoolNone]:
    print(c.__name__, safe(lambda: bool(c())), safe(lambda: not c()), safe(lambda: 1 if c() else 0))
