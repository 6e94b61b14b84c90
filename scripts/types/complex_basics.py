# complex: construction from strings and numbers, repr, arithmetic,
# abs, conjugate, errors for ordering.
def safe(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

for src in ['complex()', 'complex(1)', 'complex(1.5, -2)', 'complex(-0.0, -0.0)', 'complex(0.0, -0.0)', 'complex(-0.0, 0.0)',
            'complex("1+2j")', 'complex(" (1+2j) ")', 'complex("1")', 'complex("j")', 'complex("-j")', 'complex("+J")',
            'complex("1e3-2.5e-3j")', 'complex("inf+nanj")', 'complex("-infj")', 'complex("1+2j", 1)', 'complex("1 + 2j")',
            'complex("(1+2j")', 'complex("1+2jj")', 'complex("")', 'complex("  ")', 'complex("1_0+2_0j")', 'complex("1__0j")',
            'complex("()")', 'complex("(  3j )")', 'complex("1e")', 'complex("1+j2")', 'complex("--1j")', 'complex("1+-2j")',
            'complex(1, "2")', 'complex(None)', 'complex([])', 'complex(1j, 1j)', 'complex(1+2j, 3+4j)', 'complex(2, 1j)',
            'complex(real=1, imag=2)', 'complex(imag=3)', 'complex(1, 2, 3)', 'complex(10**400)', 'complex(1, 10**400)',
            'complex("1e400j")', 'complex("nan")', 'complex(b"1")', 'complex(True, False)', 'complex("0x1j")',
            'complex("1.5j+1")', 'complex("\\t1-1j\\n")', 'complex("1\\x00j")', 'complex(" 1 ")', 'complex("1j ")']:
    print(src, safe(lambda: eval(src)))
class C:
    def __complex__(self): return 2 + 3j
class CBad:
    def __complex__(self): return 2
class F:
    def __float__(self): return 1.5
class Idx:
    def __index__(self): return 4
for cls in [C, CBad, F, Idx]:
    print(cls.__name__, safe(lambda: complex(cls())), safe(lambda: complex(1, cls())))
class CSub(complex):
    pass
print(repr(CSub(1, 2)), type(CSub(1, 2) + 1).__name__, CSub('3j'))

print('-- repr')
vals = [0j, -0j, 1j, -1j, 1 + 0j, complex(-0.0, 0), complex(0, -0.0), complex(-0.0, -0.0), 1.5 + 2.25j, 1e20 + 1e-20j,
        complex(float('inf'), float('nan')), complex(float('-inf'), -float('inf')), complex(float('nan'), -1), 1e16j, 1e15j,
        123456789.123 + 0.1j, 3.0 - 4.0j]
for v in vals:
    print(repr(v), str(v), v.real, v.imag, v.conjugate(), safe(lambda: abs(v)), hash(v) if v == v else 'nan')
print(safe(lambda: abs(complex(1e308, 1e308))), safe(lambda: abs(3 + 4j)), abs(complex(float('inf'), float('nan'))))

print('-- arithmetic')
ops = [(1+2j, 3-4j), (1+2j, 2), (2, 1+2j), (1.5, 1j), (1j, 0), (0j, 1j), (1e300+1e300j, 1e-300j), (1+1j, 1e308)]
for a, b in ops:
    print(a, b, safe(lambda: a + b), safe(lambda: a - b), safe(lambda: a * b), safe(lambda: a / b), safe(lambda: a ** b),
          safe(lambda: a == b), safe(lambda: a != b))
for src in ['1j < 2j', '1j <= 1', '1 > 1j', '1j // 2', '1j % 2', 'divmod(1j, 2)', 'int(1j)', 'float(1j)', 'round(1j)',
            '1j ** 2', '(1+1j) ** 0.5', '1j ** -1', '0j ** 0', '0j ** -1', '0j ** 1j', '(2+0j) ** 1000', '(1+1j) ** 100',
            '(1+1j) ** 101', '(1+1j) ** -100', 'pow(1j, 2, 3)', '1j + "a"', '"a" * 1j', '1j == 1', '1 + 0j == 1', '1j in {1j: 1}',
            'hash(1+0j) == hash(1)', 'hash(complex(1.5, 0)) == hash(1.5)', 'bool(0j)', 'bool(-0j)', 'bool(1e-300j)', '-(1+1j)',
            '+(1-1j)', '~1j', '1j.real', '(2j).imag', '1j.__eq__(1j)', '1j.__lt__(1j)', '1j.__add__(1)', '1j.__radd__(1)',
            '(1j).__rsub__(1)', '(1j).__rtruediv__(1)', '(1j).__rpow__(2)', '1j.__getnewargs__()', 'complex.__new__(complex, 1)',
            '(1+1j) * (1e308+1e308j)', '1e308j * 10', 'complex(1e308, 1e308) / complex(1e-308, 1e-308)', '(3+4j) / (1e-320+0j)']:
    print(src, safe(lambda: eval(src)))
x = 1 + 2j
x += 1; x *= 2j; x -= 1j; x /= 2; x **= 2
print(x)
