# abs, divmod, pow, round, sum, min, max, bin/oct/hex, hash of numbers:
# results and CPython's argument and type errors.
def safe(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

class Abs:
    def __abs__(self): return 'abs!'
class Idx:
    def __index__(self): return 10
class Rnd:
    def __round__(self, n=None): return ('round', n)
class F:
    def __float__(self): return 2.5

cases = [
    'abs(-5)', 'abs(-2**100)', 'abs(-0.0)', 'abs(3-4j)', 'abs(True)', 'abs(Abs())', 'abs("x")', 'abs()', 'abs(1, 2)',
    'abs(x=1)', 'abs(float("-inf"))', 'abs(float("nan"))',
    'divmod(7, 2)', 'divmod(-7, 2)', 'divmod(7, -2)', 'divmod(-7, -2)', 'divmod(7.5, 2)', 'divmod(-7.5, 2)', 'divmod(7, 0)',
    'divmod(7.0, 0)', 'divmod(0.0, 0.0)', 'divmod(1j, 1)', 'divmod("a", 1)', 'divmod(1)', 'divmod(2**100, 3**50)',
    'divmod(-2**100, 3**50)', 'divmod(True, 2)', 'divmod(1e308, 1e-308)', 'divmod(float("inf"), 1)', 'divmod(5, float("inf"))',
    'divmod(-5, float("inf"))',
    'pow(2, 10)', 'pow(2, -1)', 'pow(2, 10, 1000)', 'pow(-2, 3, 5)', 'pow(3, -1, 7)', 'pow(2, 0.5)', 'pow(-8, 1/3)',
    'pow(0, 0)', 'pow(0.0, -1)', 'pow(2, 3, 0)', 'pow(2.0, 3, 4)', 'pow(base=2, exp=3)', 'pow(2, exp=3, mod=5)', 'pow()',
    'round(2.5)', 'round(3.5)', 'round(-2.5)', 'round(0.5)', 'round(1.5)', 'round(2.675, 2)', 'round(1234.5678, -2)',
    'round(1234, -2)', 'round(1250, -2)', 'round(1350, -2)', 'round(-1250, -2)', 'round(5, 2)', 'round(2**100, -10)',
    'round(1e308, -308)', 'round(float("inf"))', 'round(float("nan"))', 'round(float("inf"), 2)', 'round(1.5, None)',
    'round(1.5, 1.0)', 'round("1.5")', 'round(Rnd())', 'round(Rnd(), 3)', 'round(True)', 'round(True, 2)', 'round()',
    'round(number=2.5)', 'round(2.5, ndigits=0)', 'type(round(2.5, 0))', 'type(round(2.5))', 'round(0.1 + 0.2, 15)',
    'round(-0.0)', 'round(-0.4)', 'round(1e20)', 'round(123.456, 400)', 'round(123.456, -400)', 'round(5, -30)', 'round(5.5, -2**100)', 'round(5.5, 2**100)',
    'sum([1, 2, 3])', 'sum([1, 2, 3], 10)', 'sum([0.1] * 10)', 'sum([1, 2.5, 3])', 'sum([[1], [2]], [])', 'sum(["a"], "")',
    'sum([b"a"], b"")', 'sum([bytearray(b"a")], bytearray())', 'sum([1], start=5)', 'sum([1j, 2])', 'sum(range(101))',
    'sum([2**62, 2**62, 2**62])', 'sum([1e308, 1e308])', 'sum([1e100, 1.0, -1e100])', 'sum([0.1, 0.2, 0.3])',
    'sum([True, True])', 'sum([])', 'sum([], 0.0)', 'sum(5)', 'sum([1, "a"])', 'sum([[1]])', 'sum(iterable=[1])',
    'sum([float("inf"), float("-inf")])', 'sum([1, 2**100, 0.5])', 'sum([-0.0])', 'sum([-0.0], -0.0)',
    'bin(10)', 'bin(-10)', 'bin(0)', 'bin(2**70)', 'bin(Idx())', 'bin(1.0)', 'oct(8)', 'oct(-8)', 'hex(255)', 'hex(-255)',
    'hex(2**64)', 'hex(True)', 'hex("1")', 'oct()', 'hex(Idx())',
    'min(3, 1, 2)', 'max(3, 1, 2)', 'min([3, 1, 2])', 'max("hello")', 'min([], default=5)', 'max([], default=None)',
    'min([])', 'max()', 'min(1)', 'max(1, 2, key=lambda x: -x)', 'min([1, 2], key=lambda x: -x)', 'max([1, 2], default=0, key=abs)',
    'min(1, 2, default=0)', 'max([1, "a"])', 'min([(1, "b"), (1, "a")])', 'max([1, 1.0, True])', 'min([1, 1.0, True])',
    'max([2, 1, 2], key=lambda x: 0)', 'min(x for x in [4, 2, 6])', 'max(iter([]), default="empty")', 'max(1, 2, foo=3)',
    'min([1], key=None)', 'max([float("nan"), 1, 2])', 'max([1, float("nan"), 2])', 'min("bca", key=str.upper)',
    'max(1, 2, key=lambda: 1)',
    'hash(1) == hash(1.0) == hash(1+0j)', 'hash(-1)', 'hash(-2)', 'hash(2**61 - 1)', 'hash(2**61)', 'hash(-2**61)',
    'hash(0.5)', 'hash(-0.5)', 'hash(1e300)', 'hash(float("inf"))', 'hash(float("-inf"))', 'hash(2**100)',
    'hash(-2**100)', 'hash(1.5+2j)', 'hash(True)', 'hash([])', 'hash({})', 'hash(())', 'hash((1, 2))',
    'hash((1, (2, 3)))', 'hash(frozenset())', 'hash(frozenset([1, 2, 3]))', 'hash(None) == hash(None)', 'hash((1, []))',
]
for src in cases:
    print(src, '->', safe(lambda: eval(src)))
