# escape() for str and bytes, purge() and the compile cache, the module's
# names.
import re

all_ascii = ''.join(map(chr, range(128)))
print(repr(re.escape(all_ascii)))
print(repr(re.escape(all_ascii.encode())))
print(repr(re.escape('\u00e9\u4e2d\U0001F600 _-')))
print(repr(re.escape(b'\xff\x80 _')))
print(re.escape(''), re.escape(b''))
for s in ['a.b', '1+1=2', '[x]', 'a b\tc', '#x', '&~', '\\d']:
    print(repr(s), bool(re.fullmatch(re.escape(s), s)), bool(re.fullmatch(re.escape(s), s, re.X)))
for bad in [1, None, bytearray(b'a'), ['a']]:
    try:
        print(repr(re.escape(bad)))
    except Exception as e:
        print(type(e).__name__, e)
p = re.compile('cache me')
print(re.compile('cache me') is p)
re.purge()
print(re.compile('cache me') is p, re.compile('cache me') == p)
print(re.compile('x', re.I) is re.compile('x', re.IGNORECASE))
print(re.compile('x', re.I) is re.compile('x', 2))
print(re.compile(b'x') is re.compile(b'x'), re.compile(b'x') is re.compile('x'))
print(sorted(re.__all__))
print(re.error.__module__, re.error.__name__, issubclass(re.error, Exception))
e = re.error('boom', 'ab\ncd', 4)
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno)
e = re.error('plain')
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno)
e = re.error('b', b'x\ny', 2)
print(e, e.lineno, e.colno)
print(re.purge())
