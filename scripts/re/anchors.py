# ^ $ \A \Z with and without MULTILINE; $ before a final newline.
import re


def show(pattern, string, flags=0):
    r = [m.span() for m in re.finditer(pattern, string, flags)]
    print(repr(pattern), repr(string), flags, '->', r)


for s in ['abc', 'abc\n', 'abc\n\n', 'a\nb\nc', '', '\n']:
    for p in ['^', '$', '\\A', '\\Z', '^\\w', '\\w$', '\\w\\Z', '$\\n', '^$']:
        show(p, s)
        show(p, s, re.M)
print(re.search('a$', 'a\n').span(), re.search('a\\Z', 'a\n'))
print(re.match('.*$', 'line1\nline2'), re.match('.*$', 'line1'), re.match('(?s).*$', 'line1\nline2\n').group())
print(re.match('(?m).*$', 'line1\nline2').group())
print(re.compile('^a').search('ba', 1), re.compile('^a', re.M).search('\nab', 1))
print(re.compile('a$').search('ab', 0, 1), re.compile('a\\Z').search('ab', 0, 1))
print(re.compile('\\Aa').search('ba', 1), re.compile('$').search('ab\n', 0, 2))
print(re.compile('\\b').search('ab', 1), re.compile('\\B').search('ab', 1), re.compile('\\b').search('ab', 0, 1))
print(re.compile('x*$').findall('ab\n'), re.compile('(?m)x*$').findall('a\nb\n'))
