# re.DEBUG prints the parsed pattern and the compiled code; such patterns
# are not cached.
import re

for p in ['abc', 'a|b', '(?P<x>a+?)(?P=x)', '[^a-z\\d]', '(?i)K', '(?<=ab)c', '(?(1)a|b)',
          'a{2,5}+', '(?>x*)y', '^$\\b\\Z', '(?s).(?m)', b'\\w+', '\\d{3,}?', '(?x) a b # c', '(?>(?>a)|b)c', '(?:ab)++']:
    print('---', repr(p))
    try:
        re.compile(p, re.DEBUG)
    except re.error as e:
        print('error:', e)
print(re.compile('abc', re.DEBUG) is re.compile('abc', re.DEBUG))
