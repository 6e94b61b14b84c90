# Lookahead and lookbehind assertions.
import re


def show(pattern, string, flags=0):
    try:
        r = [(m.span(), m.groups()) for m in re.finditer(pattern, string, flags)]
    except Exception as e:
        print(repr(pattern), '->', type(e).__name__ + ':', e)
    else:
        print(repr(pattern), repr(string), '->', r)


show('a(?=b)', 'ab ac ab')
show('a(?!b)', 'ab ac ab')
show('(?<=a)b', 'ab cb ab')
show('(?<!a)b', 'ab cb ab')
show('(?<=ab)c', 'abc xbc')
show('(?<=a|b)c', 'ac bc cc')
show('(?<=ab|cd)e', 'abe cde fge')
show('(?<!ab|cd)e', 'abe cde fge')
show('(?<=\\d{3})x', '123x 12x')
show('(?<=[ab]{2})x', 'abx ax')
show('(?=(\\w+))\\w', 'abc')
show('(?=(a))a', 'aa')
show('(?!(a)b)a(.)', 'ac ab')
show('(?<=(a))b', 'ab')
show('(a)(?<=(\\1))b', 'ab')
show('(?<=(?P<x>a))(?P=x)', 'aa')
show('\\b(?=\\w)', 'ab cd')
show('(?=.*\\d)(?=.*[a-z])\\w{4,}', 'ab1x cdef 1234')
show('(?=)', 'ab')
show('(?!)', 'ab')
show('(?<=)', 'ab')
show('(?<!)', 'ab')
show('(?<=^)a', 'aa')
show('(?<!^)a', 'aa')
show('(?<=\\b)a', 'ba a')
show('(?=a)*', '')
show('(?<=a*)b', '')
show('(?<=a+)b', '')
show('(?<=a|bc)d', '')
show('(?<=a{1,2})b', '')
show('(?<=(a)|b)c', 'ac bc')
show('(?<=(a))\\1', 'aa')
show('(?<=\\1(a))b', '')
show('(a)(?<=\\2(b))', '')
show('(?<=a(?=b))b', 'ab')
show('(?<=(?<=a)b)c', 'abc')
show('(?<=', '')
show('(?<=a', '')
show('(?=a', '')
show('(?<a', '')
show('(?<', '')
show('x(?=y', '')
print(re.match('(?<=a)b', 'ab', 1) , re.compile('(?<=a)b').match('ab', 1))
print(re.compile('(?<!a)b').match('ab', 1), re.compile('(?<=a)b').search('xab', 2))
