# Literal characters and the escapes that stand for one character.
import re


def show(pattern, string, flags=0):
    try:
        m = re.search(pattern, string, flags)
    except Exception as e:
        print(repr(pattern), '->', type(e).__name__ + ':', e)
    else:
        print(repr(pattern), repr(string), '->', m and (m.span(), m.group()))


show('abc', 'xxabcxx')
show('a.c', 'abc')
show('a\\.c', 'a.c')
show('a\\.c', 'abc')
show('\\*\\+\\?', 'x*+?')
show('\\(\\)\\[\\]\\{\\}', '()[]{}')
show('\\^\\$\\|\\\\', '^$|\\')
show('\\a\\f\\n\\r\\t\\v', '\a\f\n\r\t\v')
show('\\x41\\x62', 'Ab')
show('\\u00e9', 'caf\u00e9')
show('\\U0001F600', 'smile \U0001F600')
show('\\N{EM DASH}', 'a\u2014b')
show('\\N{LATIN SMALL LETTER E WITH ACUTE}', 'caf\u00e9')
show('\\N{em dash}', '\u2014')
show('\\0', 'a\x00b')
show('\\07', '\x07')
show('\\012', 'a\nb')
show('\\101', 'A')
show('\\1010', 'A0')
show('\\377', '\xff')
show('\\-', '-')
show('\\#', '#')
show('\\ ', ' ')
show('\\@', '@')
show('\\\u00e9', '\u00e9')
show('}', '}')
show(']', ']')
show('a{', 'a{')
show('a{}', 'a{}')
show('a{x}', 'a{x}')
show('a{1', 'a{1')
show('a{1,x}', 'a{1,x}')
show('{1,2}', '{1,2}')
show('x{,}', 'x{,}')
show('\U0001F600+', '\U0001F600\U0001F600!')
show('\ud800', 'a\ud800b')
show(b'\\x80\\xff', b'\x80\xff')
show(b'caf\xe9', b'caf\xe9!')
show(b'\\u00e9', b'u00e9')
show(b'\\N{EM DASH}', b'')
