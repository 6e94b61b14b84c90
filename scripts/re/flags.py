# The flag constants, RegexFlag, and the flags of compiled patterns.
import re

for name in ['A', 'ASCII', 'I', 'IGNORECASE', 'L', 'LOCALE', 'M', 'MULTILINE',
             'S', 'DOTALL', 'U', 'UNICODE', 'X', 'VERBOSE', 'T', 'TEMPLATE',
             'DEBUG', 'NOFLAG']:
    f = getattr(re, name)
    print(name, int(f), repr(f), str(f), f.value, f.name)
print(repr(re.I | re.M), (re.I | re.M).value, (re.I | re.M).name)
print(repr(re.I | re.M | re.S | re.X))
print(repr(re.I & re.M), repr(re.I ^ re.I), repr(re.I ^ re.M))
print(repr(re.I | 1024), repr(re.I | 512), repr(2 | re.M), repr(re.M | 2))
print(repr(~re.I))
print(repr(re.RegexFlag(2)), repr(re.RegexFlag(10)), repr(re.RegexFlag(0)))
print(re.RegexFlag.IGNORECASE is re.I, re.RegexFlag.I is re.I, re.I == 2, 2 == re.I, hash(re.I) == hash(2))
print(re.I in (re.I | re.M), re.S in (re.I | re.M))
print(list(re.I | re.M), list(re.NOFLAG))
print(isinstance(re.I, int), isinstance(re.I, re.RegexFlag), type(re.I).__name__)
print(re.I + 1, re.I * 2, re.I < re.M, sorted([re.M, re.I, re.A]))
print('%d %s %r' % (re.I, re.I, re.I), f'{re.I}', format(re.I, 'd'))
print(bool(re.NOFLAG), bool(re.I))
for p, f in [('a', 0), ('a', re.I), ('a', re.I | re.M), ('(?i)a', 0), ('(?x)a', re.S),
             (b'a', 0), (b'a', re.I), (b'a', re.L), ('a', re.A), (b'a', re.A), ('a', re.U),
             ('a', re.DEBUG & 0), ('a', 1 << 10)]:
    c = re.compile(p, f)
    print(repr(p), int(f), c.flags, type(c.flags).__name__, repr(c))
print(re.compile('a', re.I).flags == re.I | re.U)
print(re.search('A', 'a', flags=re.IGNORECASE))
print(re.findall('^a', 'a\na', re.M), re.findall('^a', 'a\na', re.MULTILINE | re.I))
import enum
print(type(re.I).__mro__)
print(isinstance(re.I, enum.IntFlag), re.I.name, re.I.value, (re.I | re.M).name)
print(list(re.RegexFlag), list(re.I | re.M | re.A), len(re.I | re.S))
print(repr(~re.I), repr(re.I | 1024), repr(re.RegexFlag(1024)), repr(re.RegexFlag(0)), str(re.I | re.M))
print(re.RegexFlag['IGNORECASE'], list(re.RegexFlag.__members__))
print(repr(re.I & re.M), re.I ^ re.I, repr(re.A | re.L | re.U | re.T | re.DEBUG))
print(hash(re.I) == hash(2), re.I == 2, re.I in (re.I | re.M), f'{re.M}', '%s' % re.S, format(re.X, '#x'))
print(re.NOFLAG, bool(re.NOFLAG), re.RegexFlag.__module__, re.RegexFlag.__qualname__)
for bad in [lambda: re.RegexFlag('x'), lambda: 1 in re.I]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(re.compile('a', re.RegexFlag(2)).flags, re.compile('x', re.I | re.M))
