# ** and pow() for ints: negative exponents, three-argument pow with
# negative exponents (modular inverse) and every error.
def safe(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

bases = [0, 1, -1, 2, -2, 3, 10, -7, 2**40, 10**20]
exps = [0, 1, 2, 3, 10, 63, 64, 100, -1, -2, -10]
for b in bases:
    print(b, [safe(lambda: b ** e) for e in exps])
print(safe(lambda: 2 ** -1075), safe(lambda: 2 ** -1074), safe(lambda: 10 ** -400), safe(lambda: (10**400) ** -1))
print(safe(lambda: 2 ** 1024 * 1.0), safe(lambda: 0 ** 0), safe(lambda: 0 ** -1), safe(lambda: 0.0 ** -1))
print(safe(lambda: (-8) ** (1/3)), safe(lambda: (-1) ** 0.5), safe(lambda: (-2) ** -0.5))
print(safe(lambda: (-2) ** 2.0), safe(lambda: 2 ** 0.5), safe(lambda: 10 ** 400.0), safe(lambda: 10.0 ** 400))

print('-- pow3')
for b in [0, 1, 2, 3, -3, 7, 10**20, -10**20]:
    for e in [0, 1, 5, 100, -1, -3, 10**20]:
        for m in [1, -1, 2, 7, -7, 13, 10**9 + 7, 2**64 + 13, -(2**64 + 13), 0]:
            print(b, e, m, safe(lambda: pow(b, e, m)))
for src in ['pow(2, 3, 0)', 'pow(2, -1, 4)', 'pow(0, -1, 5)', 'pow(2.0, 3, 5)', 'pow(2, 3.0, 5)',
            'pow(2, 3, 5.0)', 'pow(2, 3, None)', 'pow(2, -1, None)', 'pow("2", 3, 5)', 'pow(2, 3, "5")',
            'pow(2)', 'pow()', 'pow(1, 2, 3, 4)', 'pow(base=2, exp=5)', 'pow(2, exp=5, mod=3)',
            'pow(2, 5, mod=None)', 'pow(x=1, y=2)', 'pow(2+1j, 2, 3)', 'pow(True, True, True)',
            'pow(3, 2, True)', 'pow(2, 10**3)', 'pow(-1, 10**20)', 'pow(1, -10**20)', 'pow(-1, -10**20 - 1)',
            'pow(0, 10**20)', 'pow(2, -2**70, 5)', 'pow(4, -1, 8)', 'pow(3, -1, -7)', 'pow(-3, -2, 7)']:
    print(src, '->', safe(lambda: eval(src)))

class P:
    def __pow__(self, other, mod=None):
        return ('pow', other, mod)
    def __rpow__(self, other, mod=None):
        return ('rpow', other, mod)
print(P() ** 2, 2 ** P(), pow(P(), 2, 5), pow(P(), 2), pow(2, P()))
print(safe(lambda: pow(2, P(), 5)))
class Q:
    def __pow__(self, other):
        return 'q'
print(safe(lambda: pow(Q(), 2, 3)))
x = 3
x **= 2
print(x)
class R:
    def __ipow__(self, other):
        return 'ipow', other
r = R()
r **= 5
print(r)
