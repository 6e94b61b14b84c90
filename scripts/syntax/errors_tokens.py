# Tokenizer errors: bad characters, numbers and escapes, line
# continuations, unterminated and unclosed f-strings, and where CPython
# puts each.


def check(src, mode="exec"):
    try:
        compile(src, "<s>", mode)
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, repr(e.msg), e.lineno, e.offset,
              e.end_lineno, e.end_offset, repr(e.text))


for src in [
    "x = $", "a ? b", "x = 1 ` 2", "x = €", "x = 1\u00a0+ 2", "a\u200bb = 1", "x = \u2212 1",
    "x = \x01", "\x7f = 1", "x = 1 \\ 2", "x = \\", "x = 1 +\\\n", "\\\n", "x = \\ \n1",
    "x = 0777", "x = 00", "x = 0_0", "x = 1_", "x = 1__0", "x = 0x", "x = 0xg", "x = 0x_",
    "x = 0b2", "x = 0b", "x = 0o8", "x = 0o", "x = 1e", "x = 1e+", "x = 1.e_1", "x = 1_.0",
    "x = 1.0_", "x = 1j_", "x = 09", "x = 0_7", "x = 1a", "x = 1_a", "x = 0x1g", "x = 0b1a",
    "x = 1.2.3", "x = 1e1e1", "x = 1if y else 2", "x = 0x1for y in z", "x = 1jif y else 2",
    "x = 1in y", "x = 1or 2", "x = 1and 2", "x = 0b1not in y", "x = 0o7is y",
    "x = b'\u00e9'", "x = b'\\N{DASH}'", "x = '\\N{NO SUCH NAME}'", "x = '\\N{'", "x = '\\N'",
    "x = '\\x'", "x = '\\x1'", "x = '\\u12'", "x = '\\U1234567'", "x = '\\U00110000'",
    "x = b'\\x'", "x = b'\\x1g'", "x = u'\\N{LATIN SMALL LETTER A'", "x = '\\N{LATIN SMALL LETTER A}'",
    "x = '\\400'", "x = b'\\777'", "x = ub''", "x = bu''", "x = rb'\\x'", "x = br'a' f'b'",
    "x = 'a' b'b'", "x = b'a' 'b'", "x = b'a' f'b'", "x = f'a' b'b'", "def f():\n\tif x:\n        pass\n",
    "if x:\n\tpass\n        pass\n", "x = 1 # \u2028 comment\n", "# coding: latin-1\nx = 1\n",
    "# -*- coding: nope -*-\nx = 1\n", "\ufeffx = 1",
    "x = 1\n\x0c\ny = 2\n", "x = (1,\n\\\n2)", "print(1)\x00", "x = 'abc\x00'",
    "a = 1\nb = 2 c = 3", "x = not", "x = 1 not 2", "x = 1 is not not 2", "x = a not in in b",
    "a = 1; ; b = 2", ";", "x = 1;;", "x = [1, 2, 3,,]", "x = (,)", "x = {,}", "x = {1:}",
    "x = {:1}", "x = {**}", "x = [*]", "x = a[]", "x = a[:, ::]", "x = a[1:2:3:4]", "@\ndef f(): pass",
    "@x\nclass C: pass\n@y\n", "@x y\ndef f(): pass",
]:
    check(src)
