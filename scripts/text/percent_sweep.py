# printf-style % formatting swept: every conversion with every flag,
# '*' width and precision, mapping keys, %c and %a, and the errors
# (argument count, bad characters, wrong types) with CPython's messages;
# then str.format's field access and conversions.
def p(fmt, args):
    try:
        return repr(fmt % args)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

convs = 'diouxXeEfFgGcrsa%'
flags = ['', '#', '0', '-', ' ', '+', '#08', '-+8', ' 010', '.3', '#.0', '0-5', '*', '.*', '*.*']
for v in [0, 42, -17, 3.75, -0.0, 1e100, float('nan'), True, 'str', 'é', None, [1], 2**70]:
    print('==', repr(v))
    for fl in flags:
        args = (v,)
        if fl.count('*') == 1:
            args = (7, v)
        elif fl.count('*') == 2:
            args = (9, 2, v)
        print(' ', repr(fl).ljust(7), ' '.join(p('%' + fl + c, args) for c in convs))

print('== mappings')
d = {'a': 1, 'b': 'two', 'c': 3.5, '': 'empty', 'x)y': 'paren', '(': 'open'}
for fmt in ['%(a)d %(b)s', '%(c)08.3f', '%()s', '%(a)s %(a)r', '%(missing)s', '%(a)', '%(a', '%(a)*d',
            '%(a)d %s', '%s', '%%', '%(x)y)s', '%((()s', '%(a)-5d|', '%(b).1s']:
    print(repr(fmt), p(fmt, d))
class M:
    def __getitem__(self, k):
        return k.upper()
print(p('%(hello)s %(x)r', M()), p('%(a)s', [1]), p('%(a)s', (1,)), p('%s', {}), p('%s %s', {}), p('%d', {}))
print(p('%(a)s', 'abc'), p('%s', ()), p('%s', ((),)), p('no specs', ()), p('no specs', 5), p('no specs', []), p('no specs', {}))
print(p('%s %s', (1,)), p('%s', (1, 2)), p('%*d', (1,)), p('%*d', ('x', 1)), p('%.*d', (1.5, 1)), p('%*.*d', (1, 2)))
print(p('%c', 0x110000), p('%c', -1), p('%c', 'ab'), p('%c', ''), p('%c', b'a'), p('%c', 65.0), p('%c', 128512))
print(p('%y', 1), p('%', ()), p('% ', 1), p('%-', 1), p('%5', 1), p('%.', 1), p('%l', 1), p('%ld', 1), p('%hd %Ld', (1, 2)))
print(p('%d', '1'), p('%x', 1.5), p('%o', 1.0), p('%e', 'x'), p('%f', None), p('%i', 2.9), p('%u', -3.9), p('%d', 1e300))
print(p('%a', 'é\n'), p('%r', 'é\n'), p('%s', b'b'), p('%5.2s|', 'abc'), p('%-5c|', 'x'), p('%05s', 'a'), p('%+s', 'a'))
print(p('%*s', (-6, 'x')), p('%.*f', (-1, 1.5)), p('%*d', (2**64, 1)), p('%.*f', (2**31, 1.0)))
class I:
    def __index__(self): return 10
class Fl:
    def __float__(self): return 2.5
class In:
    def __int__(self): return 3
print(p('%x %o %d %c', (I(), I(), I(), I())), p('%f %e', (Fl(), Fl())), p('%d', Fl()), p('%d', In()), p('%x', In()), p('%f', In()))
print(p(b'%s %d', (b'x', 1)), p(b'%c', 256), p(b'%a %r', ('é', 'x')), p(b'%s', 'str'))

print('== str.format fields')
class Obj:
    attr = 'A'
    def __repr__(self): return 'Obj!'
    def __str__(self): return 'ObjStr'
    lst = [1, [2, 3]]
    d = {'k': 'v', 1: 'one'}
def g(fmt, *a, **k):
    try:
        return repr(fmt.format(*a, **k))
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
o = Obj()
for fmt in ['{0.attr}', '{0.lst[1][0]}', '{0.d[k]}', '{0.d[1]}', '{0.d[01]}', '{0[0]}', '{x.attr!r:>6}',
            '{0!r}', '{0!s}', '{0!a}', '{1!a}', '{0!x}', '{0!}', '{0!rr}', '{0.}', '{0[]}', '{0[}', '{0.nope}',
            '{0[k]}', '{.attr}', '{[0]}', '{0]}', '{0}{}', '{}{0}', '{-1}', '{0.attr.__class__}', '{0[-1]}', '{2}',
            '{0:{1}}', '{x}', '{ x}', '{0 }', '{00}', '{0!r:}', '{!r}', '{0.lst[1]!r:^10}', '}', '{', '}}{{']:
    print(repr(fmt).ljust(20), g(fmt, o, 'é') if fmt != '{0[0]}' else g(fmt, 'xyz'), g(fmt, o, 'é', x=o))
print(g('{0[0]}', {0: 'int key'}), g('{0[0]}', {'0': 'str key'}), g('{a[b]}', a={'b': 1}), g('{0[a-b]}', {'a-b': 2}))
print('{!r:}'.format('x'), '{0:}'.format(5), '{:}{:}'.format(1, 2), format_map_result := '{a}'.format_map({'a': 1}))
class Missing(dict):
    def __missing__(self, k): return '<' + k + '>'
print('{a} {b}'.format_map(Missing(a=1)), g('{0}', **{}), g('{a}', 1))
