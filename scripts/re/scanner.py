# re.Scanner (a lexicon of phrases and actions) and Pattern.scanner.
import re


def number(scanner, token):
    return ('num', int(token))


def word(scanner, token):
    return ('word', token, scanner.match.span())


sc = re.Scanner([
    (r'\d+', number),
    (r'[a-z]+', word),
    (r'\s+', None),
    (r'[+*/-]', lambda s, t: ('op', t)),
])
print(sc.scan('foo 12 + bar*3'))
print(sc.scan('12 ! rest'))
print(sc.scan(''))
print(sc.scan('abc'))
sc2 = re.Scanner([(r'a', 'A'), (r'b', None), (r'(c)(d)', 'CD')])
print(sc2.scan('abcdab'))
sc3 = re.Scanner([(r'x*', 'X')])
print(sc3.scan('yy'))
sc4 = re.Scanner([(r'A', 'a')], re.I)
print(sc4.scan('aAa'))
try:
    re.Scanner([(r'(', None)])
except re.error as e:
    print('error:', e)
s = re.compile(r'\w+').scanner('ab cd  ef', 1)
print(s.match(), s.match(), s.search(), s.search(), s.search())
s = re.compile(r'x*').scanner('axb')
print([m.span() for m in iter(s.search, None)])
s = re.compile(r'x*').scanner('axb')
print([m.span() for m in iter(s.match, None)])
s = re.compile(b'.').scanner(b'ab', 0, 1)
print(s.search(), s.search())
try:
    re.compile('a').scanner(b'a')
except TypeError as e:
    print(type(e).__name__, e)
