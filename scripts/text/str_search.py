# str searching: find/rfind/index/rindex/count/startswith/endswith with
# ranges (negative, None, out of bounds), tuples, non-ASCII text, errors.
def call(s, m, *args):
    try:
        r = getattr(s, m)(*args)
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print('%r.%s%r -> %r' % (s, m, args, r))


texts = ['hello world', 'ααβγαα', 'a€b€c€', '\U0001F600x\U0001F600', '', 'aaaa']
subs = ['', 'o', 'l', 'α', 'αα', '€', '€c', '\U0001F600', 'x', 'aa', 'zz', 'world']
ranges = [(), (1,), (-3,), (2, 5), (-5, -1), (0, 100), (100,), (5, 2), (None, 3), (None, None), (3, None), (-100, 2)]
for s in texts:
    for sub in subs:
        for r in ranges:
            for m in ('find', 'rfind', 'count'):
                call(s, m, sub, *r)
        call(s, 'index', sub)
        call(s, 'rindex', sub)
for m in ('find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith'):
    call('abc', m)
    call('abc', m, 1)
    call('abc', m, b'a')
    call('abc', m, 'a', 'x')
    call('abc', m, 'a', 1.5)
    call('abc', m, 'a', 0, 1, 2)
    call('abc', m, 'z')
    call('abc', m, 'a', 2**100)
    call('abc', m, 'a', -2**100)
for s in ['hello world', 'αβγ', '']:
    for arg in ['he', 'world', ('x', 'wor'), ('x', 'y'), (), '', ('',), 'αβ', 'γ', ['he']]:
        for r in [(), (1,), (-5,), (0, 2), (6, 100), (None, -1), (20,)]:
            call(s, 'startswith', arg, *r)
            call(s, 'endswith', arg, *r)
call('abc', 'startswith', ('a', 1))
call('abc', 'endswith', ('c', None))
for s, sub in [('abc', 'abc'), ('abc', 'c'), ('a', 'aa'), ('αβ', 'β'), ('€', 'ab')]:
    print(repr(sub), 'in', repr(s), sub in s)
for bad in [1, None, b'a']:
    try:
        bad in 'abc'
    except TypeError as e:
        print(type(e).__name__, e)
big = 'ab' * 1000 + 'needle' + 'cd' * 1000
print(big.find('needle'), big.rfind('needle'), big.count('ab'), big.count('a'), big.index('dc'), big.rindex('ab'))
for args in [(1, 'x'), (('a', 1), 'x'), (('z', 1),), (1,), ((),)]:
    call('abc', 'startswith', *args)
    call('abc', 'endswith', *args)
try:
    'abc'.find(sub='a')
except TypeError as e:
    print(type(e).__name__, e)
