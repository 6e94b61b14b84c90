# string.Formatter: automatic and manual numbering (and mixing them),
# nested specs, conversions, attribute/index fields, the recursion limit,
# and overriding its steps.
import string

f = string.Formatter()
print(f.format('{} {} {}', 1, 'a', [2]), f.format('{1}{0}{1}', 'x', 'y'), f.format('{a.real:>{w}} {b[1]!r}', a=3, w=4, b='xyz'))
print(f.format('{:{}}|{:>{}}', 'p', 3, 'q', 4), f.format('{0:{1}.{2}f}', 3.14159, 8, 2), f.format('{!s}{!r}{!a}', 'é', 'é', 'é'))
for fmt, args, kw in [('{}{0}', (1, 2), {}), ('{0}{}', (1, 2), {}), ('{!x}', (1,), {}), ('{:{:{:{}}}}', (1, 2, 3, 4), {}),
                      ('{2}', (1,), {}), ('{k}', (), {}), ('{0.nope}', (1,), {}), ('{', (), {}), ('}', (), {})]:
    try:
        print(repr(f.format(fmt, *args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


class Upper(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return key.upper()
        return super().get_value(key, args, kwargs)

    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)

    def check_unused_args(self, used, args, kwargs):
        print('used', sorted(map(str, used)), 'of', len(args), sorted(kwargs))


u = Upper()
print(u.format('{name} {0!u} {known}', 'abc', known=1, extra=2))
print(list(f.parse('a{0!r:>3}b{{c}}{}')), f.vformat('{x}', (), {'x': 5}))
