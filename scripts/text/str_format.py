# str.format and format_map: field names, indexes, attributes, conversions,
# nested specs, automatic numbering, and the errors; str % formatting.
class P:
    x = 5
    items = [10, 20]

    def __format__(self, spec):
        return 'P<%s>' % spec

    def __repr__(self):
        return 'P()'


class Missing(dict):
    def __missing__(self, key):
        return '<%s>' % key


def f(fmt, *args, **kw):
    try:
        print(repr(fmt), '->', repr(fmt.format(*args, **kw)))
    except Exception as e:
        print(repr(fmt), '->', type(e).__name__, e)


f('{} {}', 1, 2)
f('{1} {0} {1}', 'a', 'b')
f('{} {1}', 1, 2)
f('{0} {}', 1, 2)
f('{}', )
f('{2}', 1)
f('{x}', y=1)
f('{x.real} {x.imag}', x=3)
f('{0.x} {0.items[0]} {0.items[-1]}', P())
f('{0[a]} {0[1]}', {'a': 1, 1: 'one', '1': 'str1'})
f('{0[1]}', [5, 6])
f('{0[ 1 ]}', {' 1 ': 'spaced'})
f('{0.nope}', 1)
f('{0[9]}', [1])
f('{0!r} {0!s} {0!a}', 'é')
f('{0!x}', 1)
f('{0!}', 1)
f('{:{}}', 'x', 5)
f('{:{}{}}', 3.14159, '.', '3f')
f('{0:{1}}', 'x', '>4')
f('{:{:{}}}', 1, 2, 3)
f('{0:{1:{2}}}', 1, 2, 3)
f('{{}} {{{}}}', 7)
f('{', 1)
f('}', 1)
f('{0', 1)
f('{0:}}', 1)
f('{0]}', 1)
f('{0[}', 1)
f('{a.}', a=1)
f('{a[]}', a=[1])
f('{0[0]x}', [1])
f('{:d}', 'x')
f('{:s}', 5)
f('{0:abc}', P())
f('{:>10}|{:<10}|{:^10}|{:*^9}', 'r', 'l', 'c', 'm')
f('{:x} {:#o} {:+d} {:,} {:_b} {:08.3f} {:e} {:%}', 255, 8, 5, 1234567, 10, 3.14159, 12345.678, 0.25)
f('{!r:>8}', 'ab')
f('{0}{0}{0}', 'ab')
f('{é}', é=1)
f('{0.__class__.__name__}', 1)
f('{0[-1]}', {'-1': 'neg'})
f('{-1}', 1)
f('{00}', 'zero')
f('{٣}', 0, 1, 2, 3)
for m in [{'a': 1}, Missing(), {}]:
    for fmt in ['{a}', '{b}', '{a} {b}', '{0}', '{}', '{a[0]}']:
        try:
            print(repr(fmt), type(m).__name__, repr(fmt.format_map(m)))
        except Exception as e:
            print(repr(fmt), type(m).__name__, type(e).__name__, e)
try:
    '{}'.format_map()
except TypeError as e:
    print(type(e).__name__, e)
try:
    '{a}'.format_map(1)
except TypeError as e:
    print(type(e).__name__, e)

print('== %')
for fmt, args in [('%s %r %a', ('é', 'é', 'é')), ('%d %i %u', (1, 2.7, -3)), ('%5s|%-5s|%.2s', ('ab', 'ab', 'abc')),
                  ('%x %X %o %#x %#o', (255, 255, 8, 255, 8)), ('%e %E %f %g %G', (1.5, 1.5, 1.5, 1e-10, 1e20)),
                  ('%c%c', (65, 'é')), ('%%', ()), ('%(a)s %(b)d', {'a': 'x', 'b': 2}), ('%*d|%-*d', (5, 1, 4, 2)),
                  ('%.*f', (2, 3.14159)), ('%s', ((1, 2),)), ('%s', [1, 2]), ('%d', ('x',)), ('%s %s', ('a',)),
                  ('%s', ('a', 'b')), ('%z', (1,)), ('%c', (0x110000,)), ('%c', ('ab',)), ('%(a)s', ('x',)),
                  ('%', ()), ('%(a', {'a': 1}), ('%+05d|% d', (3, 4)), ('%s', P()), ('%r', (P(),)), ('%x', (3.5,)),
                  ('%.3d', (7,)), ('%5.1s|', ('abc',)), ('%i', (True,)), ('%d', (2**70,)), ('%s', ())]:
    try:
        print(repr(fmt), '->', repr(fmt % args))
    except Exception as e:
        print(repr(fmt), '->', type(e).__name__, e)
