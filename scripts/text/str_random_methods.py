# Many str methods, slicing, repr/ascii and formatting over random texts
# mixing ASCII, non-ASCII, case-special and surrogate characters (the
# same texts under CPython and gilpy: random follows CPython's seeding).
import random
random.seed(7)
pool = ['a', 'B', ' ', '\t', '\n', '\r\n', 'é', 'ß', 'Σ', 'ς', 'ǅ', 'İ', '\u2028', '\x85', '0', '٣', '-', '_', '.', 'ab', '\U0001F600', '\ud800', 'ﬁ', '\x1c', ',', 'x', '\xa0']
def rs(n):
    return ''.join(random.choice(pool) for _ in range(random.randint(0, n)))
methods0 = ['lower', 'upper', 'casefold', 'title', 'capitalize', 'swapcase', 'isalpha', 'isalnum', 'isdecimal', 'isdigit', 'isnumeric', 'islower', 'isupper', 'istitle', 'isspace', 'isprintable', 'isidentifier', 'split', 'rsplit', 'splitlines', 'strip', 'lstrip', 'rstrip', 'expandtabs']
out = []
for i in range(200):
    s = rs(8)
    t = rs(2)
    r = []
    for m in methods0:
        r.append(getattr(s, m)())
    n = random.randint(-2, 4)
    for m, args in [('find', (t,)), ('rfind', (t, n)), ('count', (t, n, n + 3)), ('split', (t or ',', n)), ('rsplit', (t or ',', n)),
                    ('partition', (t or ',',)), ('rpartition', (t or ',',)), ('replace', (t, 'Q', n)), ('startswith', (t, n)),
                    ('endswith', (t, None, n)), ('center', (n * 3, '*')), ('zfill', (n * 2,)), ('expandtabs', (n,)),
                    ('strip', (t,)), ('splitlines', (True,)), ('removeprefix', (t,)), ('removesuffix', (t,)), ('ljust', (n + 5,)),
                    ('encode', ('utf-8', 'surrogatepass')), ('encode', ('latin-1', 'backslashreplace')), ('encode', ('ascii', 'xmlcharrefreplace')),
                    ('encode', ('utf-16', 'surrogatepass')), ('encode', ('cp1252', 'namereplace'))]:
        try:
            r.append(getattr(s, m)(*args))
        except Exception as e:
            r.append(type(e).__name__ + str(e))
    r.append(s[n::n or 1])
    r.append(s[::-1])
    r.append(repr(s))
    r.append(ascii(s))
    r.append('%r|%5s|%-4.2s' % (s, s, s))
    r.append('{!r:>12}|{:^9.3}'.format(s, s))
    out.append(repr(r))
import sys
sys.stdout.write('\n'.join(out))
