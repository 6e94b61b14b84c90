# The Match object: groups by number and name, spans, lastindex and
# lastgroup, expand, indexing, repr, attributes, copying.
import copy
import re


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))


m = re.search('(?P<first>\\w+) (?P<last>\\w+)(?P<opt>!)?( x)?', 'Mr John Smith.')
show('repr', lambda: m)
show('group()', lambda: m.group())
show('group(0)', lambda: m.group(0))
show('group(1, 2)', lambda: m.group(1, 2))
show('group names', lambda: m.group('first', 'last', 'opt'))
show('group(0, "last", 3)', lambda: m.group(0, 'last', 3))
show('group(True)', lambda: m.group(True))
show('group(5)', lambda: m.group(5))
show('group(-1)', lambda: m.group(-1))
show('group("nope")', lambda: m.group('nope'))
show('group(b"first")', lambda: m.group(b'first'))
show('group(None)', lambda: m.group(None))
show('group(1.0)', lambda: m.group(1.0))
show('groups()', lambda: m.groups())
show('groups(0)', lambda: m.groups(0))
show('groups(default="-")', lambda: m.groups(default='-'))
show('groupdict()', lambda: m.groupdict())
show('groupdict("-")', lambda: m.groupdict('-'))
show('start()', lambda: m.start())
show('end(2)', lambda: m.end(2))
show('span("last")', lambda: m.span('last'))
show('span(3)', lambda: m.span(3))
show('start(4)', lambda: m.start(4))
show('end(9)', lambda: m.end(9))
show('span("x")', lambda: m.span('x'))
show('lastindex', lambda: m.lastindex)
show('lastgroup', lambda: m.lastgroup)
show('[0]', lambda: m[0])
show('["first"]', lambda: m['first'])
show('[3]', lambda: m[3])
show('[9]', lambda: m[9])
show('[1:2]', lambda: m[1:2])
show('re', lambda: m.re)
show('string', lambda: m.string)
show('pos endpos', lambda: (m.pos, m.endpos))
show('regs', lambda: m.regs)
show('expand', lambda: m.expand('\\g<last>, \\1 [\\g<0>] \\3'))
show('expand bad', lambda: m.expand('\\9'))
show('expand bytes', lambda: m.expand(b'x'))
show('len', lambda: len(m))
show('bool', lambda: bool(re.match('', '')))
show('hash equal', lambda: hash(m) == hash(m))
show('eq', lambda: m == m)
show('copy', lambda: copy.copy(m) is m)
show('deepcopy', lambda: copy.deepcopy(m) is m)
show('set attr', lambda: setattr(m, 'pos', 1))
show('set lastindex', lambda: setattr(m, 'lastindex', 1))
show('del string', lambda: delattr(m, 'string'))
show('type', lambda: type(m))
show('isinstance', lambda: isinstance(m, re.Match))
show('re.Match[str]', lambda: re.Match[str])
show('re.Match[bytes, str]', lambda: re.Match[bytes, str])
for p, s in [('(a)(b)?', 'a'), ('(a)|(b)', 'b'), ('((a)b)', 'ab'), ('(?P<x>a)(?:b)', 'ab'),
             ('(a)(?P<y>(b))', 'ab'), ('a', 'a'), ('(a)*', 'aaa'), ('(?:(a)|b)*', 'ab'),
             ('(?P<n>a)|(?P<m>b)', 'b'), ('(a)(?=(b))', 'ab'), ('((?P<i>a))', 'a')]:
    m = re.match(p, s)
    print(p, m.groups(), m.lastindex, m.lastgroup, m.regs)
long = re.match('.*', 'x' * 100)
print(long)
print(re.match('.+', 'a\nb\'"\\\u00e9\U0001F600'), re.match(b'.+', b'a\xffb\'\\'))
print(re.match('(?s).+', 'a\nb'), re.search('x*', 'ab'))
print(re.match(b'a', bytearray(b'ab')), re.match(b'a', memoryview(b'ab')).group())
print(re.match(b'(a)', bytearray(b'ab')).string)
