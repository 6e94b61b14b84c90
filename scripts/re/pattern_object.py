# The Pattern object: attributes, repr, equality and hashing, the class
# in isinstance and subscripted, copying.
import copy
import re


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))


p = re.compile('(?P<a>x)(y)(?P<b>z)?', re.I | re.M)
show('pattern', lambda: p.pattern)
show('flags', lambda: p.flags)
show('groups', lambda: p.groups)
show('groupindex', lambda: p.groupindex)
show('groupindex type', lambda: type(p.groupindex).__name__)
show('groupindex set', lambda: p.groupindex.__setitem__('c', 1))
show('groupindex dict', lambda: dict(p.groupindex))
show('set pattern', lambda: setattr(p, 'pattern', 'x'))
for pat, fl in [('abc', 0), ('a\nb', 0), ("it's", 0), ('a"b\'', 0), (b'ab', 0), (b'\xff', re.I),
                ('x', re.S | re.X | re.A), ('x', re.U), ('\u00e9', 0), ('x', re.DEBUG & 0),
                ('x' * 300, 0), (b'x' * 300, re.M), ('(?i)x', 0), ('x', re.T)]:
    show('repr %r' % (pat[:10],), lambda: re.compile(pat, fl))
show('eq same', lambda: re.compile('a') == re.compile('a'))
show('eq flags', lambda: re.compile('a') == re.compile('a', re.I))
show('eq bytes', lambda: re.compile('a') == re.compile(b'a'))
show('eq other', lambda: re.compile('a') == 'a')
show('hash', lambda: hash(re.compile('ab')) == hash(re.compile('ab', 0)))
show('lt', lambda: re.compile('a') < re.compile('b'))
show('cache', lambda: re.compile('abc') is re.compile('abc'))
show('compile Pattern', lambda: re.compile(p) is p)
show('compile Pattern flags', lambda: re.compile(p, re.I))
show('compile int', lambda: re.compile(1))
show('compile flags str', lambda: re.compile('a', 'x'))
show('copy', lambda: copy.copy(p) is p)
show('deepcopy', lambda: copy.deepcopy(p) is p)
show('isinstance', lambda: isinstance(p, re.Pattern))
show('type', lambda: type(p))
show('type name', lambda: (re.Pattern.__name__, re.Pattern.__module__, re.Pattern.__qualname__))
show('Pattern[str]', lambda: re.Pattern[str])
show('Pattern[bytes] origin', lambda: re.Pattern[bytes].__origin__)
show('Pattern()', lambda: re.Pattern())
show('subclass', lambda: type('P', (re.Pattern,), {}))
show('scanner', lambda: type(p.scanner('xy')).__name__)
show('scanner match', lambda: p.scanner('xyXY').match())
show('scanner search', lambda: [m.span() for m in iter(re.compile('a').scanner('banana').search, None)])
show('scanner pattern', lambda: p.scanner('x').pattern is p)
show('groups 0', lambda: re.compile('').groups)
show('groups nested', lambda: re.compile('((a)(?:b)(?P<c>c))').groups)
show('groupindex empty', lambda: re.compile('a').groupindex)
show('del flags', lambda: delattr(p, 'flags'))
show('set groupindex', lambda: setattr(p, 'groupindex', {}))
