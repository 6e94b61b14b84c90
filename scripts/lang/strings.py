# String and bytes literals: every prefix, every escape, implicit
# concatenation, triple quotes, and the errors of malformed literals.

print('single', "double", '''triple single''', """triple double""")
print(r'raw \n', R"raw \t", u'unicode', U"UNICODE", b'bytes', B"BYTES")
print(br'\n', rb'\t', Rb'\x', bR'\u', BR"\\", RB'\'')
print(repr('\a\b\f\n\r\t\v'), repr('\0\1\12\123\x41\u0041\U00000041'))
print(repr('\N{LATIN SMALL LETTER E WITH ACUTE}'), '\N{GREEK SMALL LETTER ALPHA}', '\N{EM DASH}')
print(repr('\\'), repr('\''), repr("\""), repr('\"'), repr("\'"))
print(repr('a\
b'), repr("""line1
line2\
line3"""))
print(repr(b'\x00\xff\n\t\\\'\"\a\b\f\v\r\0\7\77\177'))
print(repr(b'abc' b'def'), repr('abc' 'def' "ghi"), repr('a' r'\n' 'b'))
print(repr(u'x' 'y'), repr('x' u'y'))
print(len('\U0001F600'), '\U0001F600'.encode('utf-8'), ascii('\u00e9\U0001F600'))
print(repr("it's"), repr('say "hi"'), repr('both \' and "'))
print(repr('''a'b"c'''), repr(r'''\'''' ), repr(r"\""))
print(repr('\ud800'), repr('\udfff'), repr('\x7f\x80\xa0\xad'))
print(repr(b''), repr(''), repr(""""""), repr(''''''))
print(type('a' 'b'), type(b'a' b'b'), type(rb''))
print('\u00e9' == '\xe9' == '\N{LATIN SMALL LETTER E WITH ACUTE}')
s = """\
no leading newline"""
print(repr(s))
print(repr('tab\there'), repr('nul\x00byte'), repr('\u2028\u2029'))
print('%s|%r' % ('α', 'α'), repr('日本'), ascii('日本'))

bad = [
    "'abc", '"abc', "'''abc", '"""abc', "'a\nb'", r"'\x4'", r"'\xg0'",
    r"'\u12'", r"'\U1234567'", r"'\U00110000'", r"'\N{NOT A REAL NAME}'",
    r"'\N'", r"'\N{'", "b'\u00e9'", r"b'\x1'", "'a' b'b'", "b'a' 'b'",
    "f'a' b'b'", "ub''", "bu''", "rr''", "x''", "Ur''", "bf''",
    "'\\", "r'\\'", r"b'\N{DIGIT ONE}'",
]
for src in bad:
    try:
        v = eval(compile(src + "\n", "<str>", "eval"))
        print(repr(src), "->", repr(v))
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset)
