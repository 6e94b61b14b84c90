# str methods that build new text: strip family, replace, padding,
# zfill, expandtabs, removeprefix/removesuffix, translate and maketrans.
def call(s, m, *args, **kw):
    try:
        r = getattr(s, m)(*args, **kw)
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print('%r.%s%r%s -> %r' % (s, m, args, kw or '', r))


for s in ['  hi  ', '\t\n hi \x0b\x0c\r', '\xa0\u3000hi\u2028\x85', 'xxhixx', '', 'hi', 'αβαhiβα', '\x1chi\x1f']:
    for args in [(), (None,), ('x',), ('xh',), ('αβ',), ('',)]:
        for m in ('strip', 'lstrip', 'rstrip'):
            call(s, m, *args)
call('a', 'strip', 1)
call('a', 'strip', 'a', 'b')
call('a', 'strip', chars='a')

for s in ['aaa', 'abcabc', '', 'αβα', 'a.b.c']:
    for args in [('a', 'x'), ('a', 'x', 1), ('a', 'x', 0), ('a', 'x', -1), ('a', 'x', 2), ('', '-'), ('', '-', 2),
                 ('bc', ''), ('α', 'AA'), ('abc', 'X'), ('.', '::')]:
        call(s, 'replace', *args)
call('abc', 'replace', 'a')
call('abc', 'replace', 1, 'x')
call('abc', 'replace', 'a', 1)
call('abc', 'replace', 'a', 'b', 'c')
call('abc', 'replace', 'a', 'b', 1.0)
call('abc', 'replace', old='a', new='b')

for s in ['abc', '', 'αβ', '\U0001F600']:
    for w in [-1, 0, 2, 3, 6, 7]:
        for m in ('center', 'ljust', 'rjust'):
            call(s, m, w)
            call(s, m, w, '*')
            call(s, m, w, 'é')
        call(s, 'zfill', w)
call('abc', 'center', 10, '')
call('abc', 'center', 10, 'ab')
call('abc', 'center', 10, 1)
call('abc', 'center', '10')
call('abc', 'center', 2**70)
call('abc', 'zfill', '3')
call('abc', 'ljust')
for s in ['42', '-42', '+42', '', '-', '+', 'abc', '--1', '٣', '\u00b2']:
    call(s, 'zfill', 6)

for s in ['a\tb', '\t', 'ab\tc\td\n\te', '12345678\tx', 'a\r\tb', 'α\tβ', '\t\t', 'a\x0b\tb', 'a\n\tb\r\n\tc']:
    for args in [(), (4,), (1,), (0,), (-1,), (3,)]:
        call(s, 'expandtabs', *args)
call('a\tb', 'expandtabs', tabsize=2)
call('a\tb', 'expandtabs', '2')
call('a\tb', 'expandtabs', 2.0)

for s in ['prefix-body-suffix', 'pre', '', 'αβγ']:
    for a in ['prefix-', 'pre', '', '-suffix', 'suffix', 'αβ', 'γ', 'x']:
        call(s, 'removeprefix', a)
        call(s, 'removesuffix', a)
call('a', 'removeprefix', 1)
call('a', 'removesuffix', None)

print('== maketrans')
for args in [({'a': 'x', 'b': None, ord('c'): 'yz', 100: 101},), ('abc', 'xyz'), ('abc', 'xyz', 'de'), ('', '', 'q'),
             ({},), ('ab', 'x'), ({'ab': 'x'},), ({1.5: 'x'},), ([1],), ('a',), ('a', 'b', 1), (1, 'b'),
             ({'a': 1, 'b': 'β'},), ('αβ', 'ab'), ('\U0001F600', 'x')]:
    try:
        t = str.maketrans(*args)
        print(args, '->', sorted(t.items()))
    except Exception as e:
        print(args, '->', type(e).__name__, e)
try:
    str.maketrans()
except Exception as e:
    print(type(e).__name__, e)

print('== translate')
tables = [str.maketrans('abc', 'xyz', 'd'), {ord('a'): 'ABC', ord('b'): None, ord('c'): 0x263A},
          {97: -1}, {97: 0x110000}, {97: 1.5}, {97: b'x'}, 'xyz' * 50, [None, 'q'] * 60, {}, None]


class Lookup:
    def __getitem__(self, k):
        if k == ord('a'):
            return 'A'
        if k == ord('b'):
            raise LookupError
        if k == ord('z'):
            raise ValueError('z!')
        return None


tables.append(Lookup())
for t in tables:
    for s in ['abcd', 'aabbccdd', '', 'αa', 'xyz']:
        try:
            print(repr(s), '->', repr(s.translate(t)))
        except Exception as e:
            print(repr(s), '->', type(e).__name__, e)
call('abc', 'translate')
call('abc', 'translate', {}, {})
