# match, fullmatch and search, as functions and as Pattern methods with
# pos and endpos.
import re


def show(label, f):
    try:
        m = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', m and (m.span(), m.group(), m.pos, m.endpos))


show('match', lambda: re.match('ab', 'abc'))
show('match miss', lambda: re.match('bc', 'abc'))
show('search', lambda: re.search('bc', 'abc'))
show('search miss', lambda: re.search('x', 'abc'))
show('fullmatch', lambda: re.fullmatch('abc', 'abc'))
show('fullmatch short', lambda: re.fullmatch('ab', 'abc'))
show('fullmatch alt', lambda: re.fullmatch('a|ab', 'ab'))
show('fullmatch lazy', lambda: re.fullmatch('a.*?', 'abc'))
show('fullmatch empty', lambda: re.fullmatch('', ''))
show('fullmatch x*', lambda: re.fullmatch('x*', 'xxy'))
p = re.compile('[a-c]+')
for args in [(), (1,), (2,), (3,), (4,), (-1,), (0, 2), (1, 2), (2, 1), (0, 0), (0, -5), (0, 100),
             (100, 200)]:
    for meth in ['match', 'search', 'fullmatch']:
        show('%s%r' % (meth, args), lambda: getattr(p, meth)('abcab', *args))
show('kw pos', lambda: p.search('xxab', pos=2))
show('kw endpos', lambda: p.search('abab', endpos=3))
show('kw both', lambda: p.match(string='xabx', pos=1, endpos=3))
show('pos None', lambda: p.search('ab', None))
show('pos float', lambda: p.search('ab', 1.0))
show('pos str', lambda: p.search('ab', '1'))
show('pos big', lambda: p.search('ab', 10 ** 30))
show('endpos neg big', lambda: p.search('ab', 0, -10 ** 30))
show('pos bool', lambda: p.search('ab', True))


class Idx:
    def __index__(self):
        return 1


show('pos __index__', lambda: p.search('xab', Idx()))
show('^ with pos', lambda: re.compile('^b').search('ab', 1))
show('\\A with pos', lambda: re.compile('\\Ab').search('ab', 1))
show('$ with endpos', lambda: re.compile('a$').search('ab', 0, 1))
show('lookbehind before pos', lambda: re.compile('(?<=a)b').search('ab', 1))
show('\\b at pos', lambda: re.compile('\\bb').search('ab', 1))
show('empty pattern', lambda: re.search('', 'abc'))
show('empty pattern pos', lambda: re.compile('').search('abc', 3))
show('empty pattern past', lambda: re.compile('').search('abc', 4))
show('string subclass', lambda: re.search('b', type('S', (str,), {})('abc')))
show('bytes', lambda: re.search(b'b+', b'abbc'))
show('bytearray', lambda: re.search(b'b+', bytearray(b'abbc')))
show('memoryview', lambda: re.search(b'b+', memoryview(b'abbc')))
show('memoryview slice', lambda: re.search(b'b+', memoryview(b'abbcbbb')[4:]))
