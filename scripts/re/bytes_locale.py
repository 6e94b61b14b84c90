# bytes patterns: ASCII-only classes, bytes escapes, the LOCALE flag and
# the flag combinations CPython refuses.
import re


def show(pattern, string, flags=0):
    try:
        r = re.findall(pattern, string, flags)
    except Exception as e:
        print(repr(pattern), flags, '->', type(e).__name__ + ':', e)
    else:
        print(repr(pattern), repr(string), flags, '->', r)


high = bytes(range(0x7b, 0x100, 7))
show(b'\\w+', b'ab\xe9cd_1')
show(b'\\W+', b'ab\xe9cd\xff ')
show(b'\\d+', b'12\xb2')
show(b'\\s+', b'a \t\n\r\x0b\x0c\x1c\x1d\x1e\x1fb\x85\xa0')
show(b'[\\x80-\\xff]+', b'a\x80\xffb')
show(b'(?i)\xe9', b'\xc9\xe9')
show(b'(?i)k', b'kK\xe2\x84\xaa')
show(b'(?i)[a-z]+', b'ABC\xc0')
show(b'(?L)\\w+', b'ab\xe9cd')
show(b'(?L)(?i)a', b'aA')
show(b'\\w+', b'ab\xe9', re.L)
show(b'[\\w]+', high, re.L)
show(b'\\u00e9', b'x')
show(b'\\U0001F600', b'x')
show(b'\\N{EM DASH}', b'x')
show(b'\\x4', b'x')
show(b'\\xzz', b'x')
show(b'\\400', b'x')
show(b'a', b'a', re.A)
show(b'a', b'a', re.U)
show(b'(?u)a', b'a')
show('a', 'a', re.L)
show('(?L)a', 'a')
show('a', 'a', re.A | re.U)
show('(?au)a', 'a')
show(b'a', b'a', re.A | re.L)
show(b'(?aL)a', b'a')
show('(?a)\\w+', 'ab\xe9')
show('\\w+', 'ab\xe9', re.A)
show('(?a:\\w+)\\w', 'ab\xe9')
show('(?i)\\xe9', '\xc9')
show('(?ia)\\xe9', '\xc9')
show('(?ia)k', '\u212a')
show('(?i)k', '\u212a')
print(re.compile(b'a', re.L).flags, re.compile(b'(?L)a').flags, re.compile('a', re.A).flags)
print(re.compile(b'a').flags, re.compile('a').flags)
