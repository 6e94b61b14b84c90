# re.error for bad patterns: messages, pos, lineno, colno.
import re

patterns = [
    '(', ')', '(a', 'a)', '[a', '[', '[]', 'a**', '*', '+', '?', '{1}',
    'a{2,1}', '\\', 'a\\', '\\q', '\\c', '[\\q]', '\\x', '\\x1', '\\xg',
    '\\u12', '\\U1234567', '\\U00110000', '\\N', '\\N{', '\\N{}',
    '\\N{EM DASH', '\\N{NOT A CHARACTER NAME}', '\\777', '[\\777]',
    '\\9', '\\12', '(a)\\2', '(?P<x>a)(?P<x>b)', '(?P=y)', '(?Py)',
    '(?', '(?<a)', '(?<', '(?q)', '(?i', '(?-', '(?-q:a)', 'a(?i)b',
    '(?(1)a|b|c)', '(?(x)a)', '(?(0)a)', '(?(-1)a)', '(?(1)a)',
    '(?<=a*)', '(?<=a|bc)', '(?#', 'a|*', '(?:*)', '[z-a]', '[\\w-z]',
    '\\b+', '^*', '(?P<a b>x)', '(?P<1a>x)', '(?P<>x)', '(?P=)',
    'ab\ncd\n(', 'ab\ncd\n)', 'a\nb\\q', '\n\n\n[',
]
for p in patterns:
    try:
        re.compile(p)
    except re.error as e:
        print(repr(p), '|', e, '|', repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == p)
    except Exception as e:
        print(repr(p), '|', type(e).__name__, e)
    else:
        print(repr(p), '| compiled')

for p in [b'(', b'\\q', b'(?P<\xe9\xe9>x)(?P<\xe9\xe9>y)', b'ab\ncd\n(', b'\\u1234', b'[\xff-\xfe]']:
    try:
        re.compile(p)
    except re.error as e:
        print(repr(p), '|', e, '|', repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == p)

e = re.error('plain message')
print(str(e), e.msg, e.pattern, e.pos, e.lineno, e.colno, e.args)
e = re.error('at a place', 'ab\ncd', 4)
print(str(e), e.msg, e.pattern, e.pos, e.lineno, e.colno, e.args)
e = re.error('bytes', b'ab\ncd', 3)
print(str(e), e.lineno, e.colno)
print(re.error.__module__, re.error.__name__, issubclass(re.error, Exception), re.error.__mro__)
try:
    raise re.error('raised')
except re.error as e:
    print('caught', e)
