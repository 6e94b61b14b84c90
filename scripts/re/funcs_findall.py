# findall and finditer: group shapes, empty matches, pos/endpos.
import re


def show(pattern, string, *args):
    try:
        r = re.compile(pattern).findall(string, *args)
        it = [m.span() for m in re.compile(pattern).finditer(string, *args)]
    except Exception as e:
        print(repr(pattern), repr(string), '->', type(e).__name__ + ':', e)
    else:
        print(repr(pattern), repr(string), args, '->', r, it)


show('\\w+', 'hello big world')
show('(\\w)(\\w)?', 'abc')
show('(\\w)\\w', 'abcd')
show('(a)|(b)', 'abab')
show('(?:a)(b)', 'abab')
show('(?P<x>a)(?P<y>b)?', 'aab')
show('', 'abc')
show('x*', 'axxb')
show('\\b', 'ab cd')
show('a|', 'baa')
show('|a', 'baa')
show('a*?', 'aaa')
show('(a*)', 'baab')
show('(?=a)', 'aaba')
show('$', 'a\nb\n')
show('(?m)^', 'a\nb\n')
show('(?m)$', 'a\nb\n')
show('\\s*', 'a  b')
show('b*', 'abbbc')
show('\\w+', 'abcdef', 2)
show('\\w+', 'abcdef', 2, 4)
show('\\w+', 'abcdef', 4, 2)
show('', 'ab', 1, 1)
show(b'\\d+', b'a12b345')
show(b'(\\d)(\\d)', bytearray(b'1234'))
show('[\u00e9\u4e2d]+', 'a\u00e9\u4e2db\U0001F600')
show('.', '\U0001F600x\u00e9')
print(list(re.finditer('a', 'aa'))[1])
it = re.finditer('a', 'aa')
print(iter(it) is it, next(it).span(), next(it).span())
try:
    next(it)
except StopIteration:
    print('StopIteration')
print(type(it).__name__)
print(re.findall('(a)(b)(c)', 'abcabc'), re.findall('((a)b)', 'abab'))
