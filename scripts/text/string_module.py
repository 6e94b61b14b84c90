# The string module: constants, capwords, Formatter (and the _string
# parsers under it), Template with substitute/safe_substitute and errors.
import string
import _string

print(repr(string.whitespace), repr(string.ascii_letters), repr(string.digits), repr(string.hexdigits))
print(repr(string.octdigits), repr(string.punctuation), repr(string.printable))
print(string.ascii_lowercase, string.ascii_uppercase, sorted(string.__all__))

for args in [('hello world',), ('  hello   big\tworld  ',), ('a-b-c', '-'), ('a--b', '-'), ('', None), ('ÉCOLE été',),
             ("it's o'neil",), ('x', '')]:
    try:
        print(args, repr(string.capwords(*args)))
    except Exception as e:
        print(args, type(e).__name__, e)

print('== _string')
for t in ['a{0}b', '{}', '{{}}', '}}', '{', '}', 'a{b', 'x{0!r:>{1}}y', '{a.b[c]}', '{!}', '{0!rr}', '{0!r', '{0:',
          '{0[}', 'a}}b{{c', '{0[}]}', '{a[b]c}', 'x{0:{1:{2}}}', '{0:}{', '{a{b}c}', '{!', '{0!r}}}', 'ab{0}cd{']:
    out = []
    try:
        for x in _string.formatter_parser(t):
            out.append(x)
    except Exception as e:
        out.append('%s: %s' % (type(e).__name__, e))
    print(repr(t), out)
for t in ['a.b[c][0].d', 'a', '0', '0.x', '', 'a[', 'a[]', 'a.', 'a[b]c', '10[2]', 'a..b', '[0]', '01', 'a.0', '٣',
          '99999999999999999999']:
    out = []
    try:
        first, rest = _string.formatter_field_name_split(t)
        out.append(first)
        for x in rest:
            out.append(x)
    except Exception as e:
        out.append('%s: %s' % (type(e).__name__, e))
    print(repr(t), out)
for bad in [1, None]:
    for f in (_string.formatter_parser, _string.formatter_field_name_split):
        try:
            f(bad)
        except TypeError as e:
            print(type(e).__name__, e)

print('== Formatter')
f = string.Formatter()


class P:
    x = 5
    items = [10, 20]

    def __format__(self, spec):
        return 'P<%s>' % spec


for fmt, args, kw in [('{} and {}', (1, 2), {}), ('{0}{1}{0}', ('a', 'b'), {}), ('{name}!', (), {'name': 'N'}),
                      ('{0.x} {0.items[1]}', (P(),), {}), ('{:>{}}', ('r', 5), {}), ('{0:{1}}', (3.14159, '.2f'), {}),
                      ('{!r} {!s} {!a}', ('é', 'é', 'é'), {}), ('{0} {}', (1, 2), {}), ('{} {0}', (1, 2), {}),
                      ('{x}', (), {}), ('{5}', (1,), {}), ('{0!z}', (1,), {}), ('{:{:{}}}', (1, 2, 3), {}),
                      ('{0:{1:{2}}}', (1, 2, 3), {}), ('{}', (P(),), {}), ('{0:abc}', (P(),), {}), ('{{{}}}', (7,), {}),
                      ('{0[a]}', ({'a': 'A'},), {}), ('{0[0]}', ({0: 'zero'},), {}), ('{0.nope}', (1,), {}), ('{', (), {})]:
    try:
        r = f.format(fmt, *args, **kw)
        try:
            same = r == fmt.format(*args, **kw)
        except Exception as e:
            same = 'str.format: %s' % type(e).__name__
        print(repr(fmt), '->', repr(r), same)
    except Exception as e:
        print(repr(fmt), '->', type(e).__name__, e)
print(list(f.parse('a{0!r:x}b')))
print(f.get_field('0.x', (P(),), {})[0], f.get_field('k[1]', (), {'k': 'xyz'}))
print(f.get_value(0, ['a'], {}), f.get_value('k', [], {'k': 'v'}))
print(f.convert_field(1, None), f.convert_field('x', 'r'))
print(f.vformat('{a}-{0}', ('z',), {'a': 1}))


class Loud(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<' + key + '>'
        return super().get_value(key, args, kwargs)

    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()

    def check_unused_args(self, used, args, kwargs):
        print('   used', sorted(map(str, used)))


print(Loud().format('{x} {0} {y:>4}', 'a', y='b'))
try:
    f.format()
except TypeError as e:
    print(type(e).__name__, e)
print(f.format(format_string='{}', x=1) if False else f.format('{format_string}', format_string=1))

print('== Template')
T = string.Template
for tmpl in ['$who likes $what', '${who}likes ${what}s', '$$5 costs $$$x', '$who', 'no placeholders', '$',
             'abc$', '$ x', '${who', '${}', '${1}', '$1', 'line1\nline2 $ ok', 'x\n\ny$}', '$_under and $x9',
             'ä$who', '$whoä', '${who}${what}$$', '$WHO $Who']:
    t = T(tmpl)
    m = {'who': 'tim', 'what': 'kung pao', 'x': 'X', '_under': 'U', 'x9': 'n', 'WHO': 'up', 'Who': 'cap'}
    try:
        r = t.substitute(m)
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(repr(tmpl), '->', repr(r), repr(t.safe_substitute(m)), repr(t.safe_substitute()), t.is_valid(),
          t.get_identifiers())
t = T('$a $b')
for call in [lambda: t.substitute(a=1, b=2), lambda: t.substitute({'a': 1}, b=2), lambda: t.substitute({'a': 1, 'b': 2}, b=3),
             lambda: t.substitute({'a': 1}), lambda: t.substitute(), lambda: t.substitute({}, {}),
             lambda: t.safe_substitute({'a': None}), lambda: t.substitute(dict(a=[1], b=(2,))),
             lambda: T('$x').substitute(x=1.5)]:
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, e)
print(t.template, T.delimiter, repr(T.braceidpattern))


class Percent(string.Template):
    delimiter = '%'


p = Percent('%who has %% and %{what} but %')
print(p.safe_substitute(who='W', what='X'))
try:
    p.substitute(who='W', what='X')
except ValueError as e:
    print(type(e).__name__, e)


class Long(string.Template):
    delimiter = '<<'


print(Long('<<a and <<<<b <<{a}').safe_substitute(a=1))
