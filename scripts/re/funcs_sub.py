# sub and subn: templates, group references, callables, count, empty
# matches, and the errors of bad templates.
import re


def name(repl):
    # Functions and memoryviews print their address: show their type.
    if isinstance(repl, (str, bytes, bytearray)):
        return repr(repl)
    return type(repl).__name__


def show(pattern, repl, string, *args, **kw):
    try:
        r = re.subn(pattern, repl, string, *args, **kw)
        r2 = re.sub(pattern, repl, string, *args, **kw)
        assert r[0] == r2
    except Exception as e:
        print(repr(pattern), name(repl), repr(string), '->', type(e).__name__ + ':', e)
    else:
        print(repr(pattern), name(repl), repr(string), args, kw, '->', r)


show('a', 'x', 'banana')
show('a', 'x', 'banana', 2)
show('a', 'x', 'banana', count=1)
show('a', 'x', 'banana', -1)
show('(a)(n)', '\\2\\1', 'banana')
show('(?P<a>a)', '[\\g<a>]', 'banana')
show('(a)', '[\\g<1>]', 'banana')
show('a', '[\\g<0>]', 'banana')
show('(a)', '\\g<1>0', 'banana')
show('(a)', '\\10', 'banana')
show('(((((((((((a)))))))))))', '\\11', 'banana')
show('a', '\\n\\t\\\\', 'ab')
show('a', '\\x41', 'ab')
show('a', '\\0', 'ab')
show('a', '\\07', 'ab')
show('a', '\\177', 'ab')
show('a', '\\400', 'ab')
show('(a)?b', '[\\1]', 'b')
show('(a)|b', '[\\1]', 'ab')
show('x*', '-', 'abc')
show('x*', '-', 'axc')
show('', '-', '')
show('\\b', '|', 'ab cd')
show('(?=a)', '^', 'aba')
show('a|', '-', 'baac')
show('a', lambda m: m.group().upper(), 'banana')
show('(a)', lambda m: str(m.span()), 'ba')
show('a', lambda m: None, 'ab')
show('a', lambda m: 1, 'ab')
show('a', lambda m: b'x', 'ab')
show('a', lambda m: 1 / 0, 'ab')
show('a', '\\q', 'ab')
show('a', '\\1', 'ab')
show('(a)', '\\2', 'ab')
show('a', '\\g<1>', 'ab')
show('a', '\\g<x>', 'ab')
show('a', '\\g<', 'ab')
show('a', '\\g<1', 'ab')
show('a', '\\g', 'ab')
show('a', '\\g<>', 'ab')
show('a', '\\g<1a>', 'ab')
show('a', '\\g<-1>', 'ab')
show('a', '\\g<+1>', 'ab')
show('a', '\\g< 1>', 'ab')
show('a', '\\g<\u0661>', 'ab')
show('a', '\\', 'ab')
show('a', 'x\\', 'ab')
show('a', '\\8', 'ab')
show('a', '\\N{EM DASH}', 'ab')
show('a', '\\u00e9', 'ab')
show('a', '\\ ', 'ab')
show(b'a', b'\\g<0>\\g<0>', b'bab')
show(b'(a)', b'\\1\\1', bytearray(b'bab'))
show(b'a', 'x', b'ab')
show('a', b'x', 'ab')
show(b'a', b'x', 'ab')
show('a', 'x', b'ab')
show('a', bytearray(b'x'), 'ab')
show(b'a', bytearray(b'x'), b'ab')
show(b'a', memoryview(b'x'), b'ab')
show('a', 1, 'ab')
show('a', None, 'ab')
show('a', 'x', 'ab', 'y')
show('a', 'x', 'ab', count=None)
show('a', 'x', 'ab', 1, re.I)
show('A', 'x', 'ab', flags=re.I)
print(re.compile('a').sub('x', 'aa', 1), re.compile('a').subn(repl='x', string='aa', count=1))
s = 'abc'
print(re.sub('x', 'y', s) is s, type(re.sub('x', 'y', type('S', (str,), {})('ab'))).__name__)
print(re.sub('(?P<first>\\w+) (?P<last>\\w+)', '\\g<last>, \\g<first>', 'John Smith'))
