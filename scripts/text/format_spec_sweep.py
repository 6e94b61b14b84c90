# The format-spec mini-language swept: every type letter with the
# '#', ',', '_', 'z', '=', '0' and fill options for int, bool, float,
# complex, str and None, printing the result or CPython's exact error.
from decimal import Decimal
from fractions import Fraction

def f(v, spec):
    try:
        return repr(format(v, spec))
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

values = [0, 7, -255, 123456789, True, 0.0, -0.0, 1234.5678, -1e-7, 1e22,
          float('inf'), float('nan'), -float('nan'), 3-4j, -0.0-0j, 'text', None]
letters = ['', 'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'E', 'f', 'F', 'g', 'G', '%', 's', 'r']
flags = ['', '#', ',', '_', 'z', '#_', '+,', ' _', 'z.1', '=12', '*^13', '012', '<012',
         'z#08.2', '-#,', '.3', ',.2', '_.0', '+#']
for v in values:
    print('==', repr(v))
    for flag in flags:
        print(' ', repr(flag).ljust(9), ' '.join(f(v, flag + L) for L in letters))

print('== nested and field specs')
for spec, args in [('{:{w}.{p}f}', dict(w=10, p=3)), ('{:{}{}}', ()), ('{0:{1}{2}}', ('x', '>', 5)),
                   ('{:{fill}{align}{width}}', dict(fill='*', align='^', width=7)),
                   ('{:{}}', (3.5, '+08.2f')), ('{0:{0}}', (5,)), ('{:{:{}}}', (1, 2, 3))]:
    try:
        if isinstance(args, dict):
            print(repr(spec), repr(spec.format(3.14159, **args)))
        else:
            print(repr(spec), repr(spec.format(*(args or (1, '>', 6))) if args else spec.format(42, '>', 6)))
    except Exception as e:
        print(repr(spec), type(e).__name__, e)

print('== other numbers')
for v in [Decimal('1234.5678'), Decimal('-0'), Decimal('nan'), Fraction(1, 3)]:
    print(repr(v), [f(v, s) for s in ['', ',', '_', 'z.1f', '.3e', '=+12,.2f', '#x', 'x', '%', '_g', '.3']])
class Fmt:
    def __format__(self, spec):
        return 'Fmt<' + spec + '>'
class Bad:
    def __format__(self, spec):
        return 42
class Plain:
    pass
print(f(Fmt(), ''), f(Fmt(), 'x>10'), '{:abc}'.format(Fmt()), f'{Fmt():{1+1}d}')
print(f(Bad(), ''), f(Plain(), '').startswith("'<__main__.Plain object at 0x"), f(Plain(), 's'), f(object(), '>5'))
print(f(1, 5), f(1, None), f('x', '\x00<5'), f(12, '\U0001F600^9,'), f(5, '=^5'), f(5, '==5'))
print(f(123, '99999999999999999999'), f(1.5, '.99999999999999999999'), f(1, ',_'), f(1, '_,'), f(1, ',,'))
print(f(1.0, '.2n'), f(1234567, 'n'), f(1234567.0, 'n'), f('abc', '=5'), f('abc', '+'), f('abc', '05'))
