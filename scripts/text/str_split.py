# str.split/rsplit (whitespace rules, maxsplit, separators), splitlines
# (every line boundary, keepends), partition/rpartition, join.
def call(s, m, *args, **kw):
    try:
        r = getattr(s, m)(*args, **kw)
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print('%r.%s%r%s -> %r' % (s, m, args, kw or '', r))


texts = ['a b  c', '  a b  c  ', '', '   ', 'a,b,,c,', ',a,', 'a\tb\nc\x0bd\x0ce\rf\x1cg\x1dh\x1ei\x1fj\x85k\xa0l\u2028m\u3000n',
         'a\u200bb', 'αβ γ  δ', 'a::b::c', ':::', 'x']
for s in texts:
    for args in [(), (None,), (None, 1), (None, 0), (None, -1), (' ',), (',',), ('::',), (':',), (',', 1), (',', 2),
                 ('::', 1), (None, 2)]:
        call(s, 'split', *args)
        call(s, 'rsplit', *args)
call('a b c', 'split', maxsplit=1)
call('a b c', 'rsplit', sep=' ', maxsplit=1)
call('a b c', 'split', '')
call('a b c', 'rsplit', '')
call('a b c', 'split', 1)
call('a b c', 'split', ' ', 'x')
call('a b c', 'split', ' ', 1.0)
call('a b c', 'split', ' ', 1, 2)
call('a b c', 'split', x=1)
call('a b c', 'split', b' ')

lines = ['a\nb\r\nc\rd', 'a\n\nb\n', '\n', '', 'abc', 'a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i', 'a\r\r\nb',
         'x\r', 'a\x1fb', 'a\u0085', 'a\n\r']
for s in lines:
    call(s, 'splitlines')
    call(s, 'splitlines', True)
    call(s, 'splitlines', keepends=True)
call('a\nb', 'splitlines', 2)
call('a\nb', 'splitlines', 'x')
call('a\nb', 'splitlines', None)
call('a\nb', 'splitlines', 1.5)

for s in ['a=b=c', '=', 'abc', '', 'αβγβα', 'a==b']:
    for sep in ['=', '==', 'β', 'x']:
        call(s, 'partition', sep)
        call(s, 'rpartition', sep)
call('abc', 'partition', '')
call('abc', 'rpartition', '')
call('abc', 'partition', None)
call('abc', 'partition', b'b')
call('abc', 'partition')

for sep, items in [(',', ['a', 'b', 'c']), ('', ['x', 'y']), ('--', []), ('€', ('α', 'β')), (', ', 'abc'),
                   ('', iter(['p', 'q'])), (',', ['a', 1]), (',', ['a', b'b']), (',', 5), ('x', ['only']),
                   (',', [None]), (',', {'k': 1, 'j': 2})]:
    try:
        print(repr(sep), 'join ->', repr(sep.join(items)))
    except Exception as e:
        print(repr(sep), 'join ->', type(e).__name__, e)


class S(str):
    pass


r = ''.join([S('x')])
print(type(r).__name__, r)
r = ','.join([S('x'), S('y')])
print(type(r).__name__, r)
r = S('x').split()
print([type(p).__name__ for p in r])
print([type(p).__name__ for p in 'a'.partition(',')])
