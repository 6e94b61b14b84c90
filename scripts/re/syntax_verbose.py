# Verbose patterns: whitespace and comments are ignored outside sets.
import re

pat = re.compile(r"""
    (?P<year>\d{4})   # the year
    -
    (?P<month>\d{2})  # the month
    -
    (?P<day>\d{2})    # the day
""", re.VERBOSE)
print(pat.match('2023-11-26').groupdict())
print(re.findall(r'(?x) [ ]  a', ' a a'))
print(re.findall(r'(?x) a \  b', 'a b ab'))
print(re.findall(r'(?x) a \# b', 'a#b ab'))
print(re.findall(r'(?x) a [#] b', 'a#b ab'))
print(re.findall(r'(?x) a{ 2 }', 'aa a{ 2 }'))
print(re.findall(r'(?x) a{2 }', 'aa a{2 }'))
print(re.findall(r'(?x)a # comment with ) paren', 'a'))
print(re.findall('(?x)a\tb\nc\rd\ve\ff', 'abcdef'))
print(re.findall(r'(?x)(?-x: a b )c', ' a b c'))
print(re.findall(r'a (?x: b c ) d', 'a bc d'))
print(re.findall(r'(?x)a|b # alternatives', 'ab'))
print(re.findall(r'(?x)\ ', ' '))
try:
    re.compile('(?x)a # \n (')
except re.error as e:
    print(e, e.pos, e.lineno, e.colno)
try:
    re.compile('(?x)\n  a\n  [b\n')
except re.error as e:
    print(e, e.pos, e.lineno, e.colno)
print(re.compile(' a ', re.X).match('a'))
try:
    re.compile('(?x) a |(?-x) b')
except re.error as e:
    print(e, e.pos)
print(re.compile('(?x) a |(?-x: b)').findall('a b  b'))
