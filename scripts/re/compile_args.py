# re: odd flags and pattern arguments to compile(), compiled patterns
# passed back with and without flags, the cache across purge(), and a
# Scanner stopping at an empty match or at text no phrase matches.
import re

for p, f in [([1], 0), ('a', 'x'), ('a', True), ('a', 2.0), (b'a', re.I), (None, 0),
             ('(', 0), ('a', re.I | re.M), ('a', re.RegexFlag(0))]:
    try:
        print(repr(p), repr(f), re.compile(p, f).flags)
    except Exception as e:
        print(repr(p), repr(f), type(e).__name__, e)
c = re.compile('x+')
print(re.compile(c) is c, re.match(c, 'xx').group())
try:
    re.compile(c, re.I)
except ValueError as e:
    print(e)
a = re.compile('cache-me')
print(re.compile('cache-me') is a)
re.purge()
print(re.compile('cache-me') is a, re.compile('cache-me') == a)
seen = []
s = re.Scanner([(r'\d+', lambda sc, t: ('num', int(t), sc.match.span())), (r'\s+', None),
                (r'[a-z]*', lambda sc, t: ('word', t)), (r'[+-]', lambda sc, t: t)])
print(s.scan('12 ab + 3 - x!rest'))
print(s.scan(''), s.scan('!'), s.scan('   '))
s2 = re.Scanner([(r'a', 'A'), (r'b', None)], re.I)
print(s2.scan('aBAbc'), s2.lexicon)
