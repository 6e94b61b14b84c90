# string: where an invalid placeholder is reported across line endings,
# Formatter's field lookup steps, unused-argument checks, nesting depth
# and conversions, capwords separators and the constants.
import string

for text in ['ab\n$', 'ab\r\n$ ', 'a\rb\x0b$!', '\n\n\n  $', '$', 'x\x1cy$;', '\u2028$(']:
    try:
        string.Template(text).substitute(a=1)
    except ValueError as e:
        print(repr(text), e)
    print(repr(string.Template(text).safe_substitute()), string.Template(text).is_valid())


class Obj:
    attr = {"k": [10, 20, 30]}
    name = "obj"


f = string.Formatter()
print(f.format("{0.attr[k][2]} {x.name} {0.attr[k]}", Obj(), x=Obj()))
print(f.get_field("0.attr[k][1]", [Obj()], {}), f.get_field("x", [], {"x": 5}))
for spec in ["{0.missing}", "{0[9]}", "{nokey}", "{0[k]}", "{!x}", "{0!z}", "{:{:{}}}", "{0}{}", "{}{0}"]:
    try:
        print(spec, f.format(spec, Obj(), [1]))
    except Exception as e:
        print(spec, type(e).__name__, e)


class Strict(string.Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = set(range(len(args))) | set(kwargs)
        unused -= used_args
        if unused:
            raise ValueError("unused: %s" % sorted(map(str, unused)))

    def get_value(self, key, args, kwargs):
        print("  get_value", repr(key))
        return super().get_value(key, args, kwargs)


s = Strict()
print(s.format("{0}{b}", 1, b=2))
try:
    s.format("{0}", 1, 2, c=3)
except ValueError as e:
    print(e)
print(s.vformat("{:>{}}|{x:{fill}^7}", ("ab", 5), {"x": "y", "fill": "*"}))
print(f.convert_field(3, None), f.convert_field("é", "a"), f.convert_field("q", "r"))
print(list(f.parse("a{0!r:>3}b{{c}}{}")))
print(string.capwords("  hello   wORLD  again "), string.capwords("a-b-c", "-"),
      string.capwords("x--y", "--"), repr(string.capwords("")), string.capwords("a b", None))
for name in ["whitespace", "ascii_lowercase", "ascii_uppercase", "ascii_letters", "digits",
             "hexdigits", "octdigits", "punctuation", "printable"]:
    print(name, repr(getattr(string, name)))
print(string.__all__)
