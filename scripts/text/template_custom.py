# string.Template subclasses with their own identifier patterns, flags
# or whole patterns (matched with re), and the pattern attribute.
import string


class Dotted(string.Template):
    idpattern = r'[a-z][_a-z0-9.]*'


class Upper(string.Template):
    flags = 0
    idpattern = r'[A-Z]+'


class Braced(string.Template):
    braceidpattern = r'[^}]+'


class Pct(string.Template):
    delimiter = '%'
    idpattern = r'[a-z]+'


class Whole(string.Template):
    pattern = r"""
    \#(?:
      (?P<escaped>\#) |
      (?P<named>[a-z]+) |
      <(?P<braced>[a-z]+)> |
      (?P<invalid>)
    )
    """


class Broken(string.Template):
    pattern = r"""
    \$(?:(?P<escaped>\$)|(?P<named>[a-z]+)|(?P<braced>x)|(?P<invalid>)|(?P<other>@))
    """


m = {'a.b': 'AB', 'a': 'A', 'X': 'x', 'ABC': 'abc', 'with space': 'ws', 'b': 'B', 'x': 'X'}
for cls, texts in [(Dotted, ['$a.b and $a', '${a.b}', '$A']), (Upper, ['$ABC $a', '${X}', '$$']),
                   (Braced, ['${with space} $a', '${}', '$ab']), (Pct, ['%a %% %A', '%{b}']),
                   (Whole, ['#a #<b> ## # #A', '#x']), (Broken, ['$a $@ $$', '$x'])]:
    for s in texts:
        t = cls(s)
        for f in (lambda: t.substitute(m), lambda: t.safe_substitute(m), t.is_valid, t.get_identifiers):
            try:
                print(cls.__name__, repr(s), repr(f()))
            except Exception as e:
                print(cls.__name__, repr(s), type(e).__name__, e.args[0])
print(type(string.Template.pattern).__name__, string.Template.flags, string.Template.pattern.flags)
print(Upper.pattern.flags, Dotted.pattern.groupindex['named'])
print([k for k in sorted(string.Template.pattern.groupindex)])
try:
    class Bad(string.Template):
        idpattern = r'(['
except Exception as e:
    print(type(e).__name__)
