# str case mappings (full Unicode mappings, final sigma, titlecase
# letters) and the isX predicates over a spread of characters.
samples = ['hello world', 'HELLO', 'Hello World', 'straße', 'STRASSE', 'ǅemal ǆ Ǆ', 'ŉ', 'ﬁne ﬂow', 'İstanbul',
           'ıi', 'ΣΑΣ', 'ὈΔΥΣΣΕΎΣ', 'σς', 'ΑΣ.', 'Σ', 'aΣ b', 'aΣ\u0301', 'a\u0301Σ', 'ǰ', 'ΐ', 'ﬀ', 'ꭰ', 'Ꭰ',
           "they're bill's", "o'neil x2y 3rd", '123abc', 'ᾳ', 'ᾼ', 'ß', 'ẞ', '\u0130', 'Ω', 'K', 'Å', 'ǈ', '',
           '\U00010428\U00010400', 'a\tb\nc', 'ⅷ', 'ⓐ', 'Ⓐ', 'ǲ', 'ŉabc', 'ﬃx', 'İi̇', 'mañana', 'ÉCOLE',
           '𝐀𝐁', 'ꞵ', 'Ꞵ', 'ᲀ', 'ǈǉ', '\u1e9e\u00df']
for s in samples:
    print(repr(s))
    for m in ('lower', 'upper', 'casefold', 'title', 'capitalize', 'swapcase'):
        r = getattr(s, m)()
        print('  %-10s %r %d' % (m, r, len(r)))
    print('  ', [s.isalpha(), s.isalnum(), s.isdecimal(), s.isdigit(), s.isnumeric(), s.islower(), s.isupper(),
                 s.istitle(), s.isspace(), s.isprintable(), s.isidentifier(), s.isascii()])

chars = ['a', 'Z', '5', '٣', '²', '½', 'Ⅻ', '〇', '一', '\u00a0', '\u2028', '\x1c', '\x85', '\u200b', '\t', ' ',
         '_', '\u0300', 'ª', 'ǅ', '\U0001F600', '\U0001D7CE', '\U00010107', '\ufeff', '\x00', '\xad', '৺', '𝟘',
         '\u3000', '\u180e', '\U000E0001', '\ud800', '\U0010FFFF', 'ⓐ', '⁰', '௰', '፩', '\u0378', 'ℌ', 'ǈ']
for c in chars:
    print('%-12r' % c, [c.isalpha(), c.isalnum(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.islower(),
                        c.isupper(), c.istitle(), c.isspace(), c.isprintable(), c.isidentifier(), c.isascii()])

for s in ['ab', 'Ab', 'AB', 'A1', '1', 'aB', 'Ab Cd', 'Ab cd', 'A_B', 'ǅa', 'Aǅ', 'ÀÉ', '!', '1A']:
    print(repr(s), s.islower(), s.isupper(), s.istitle())
for s in ['x', '_x', 'x1', '1x', 'ǅ', 'a b', '', 'λ', '·', 'a·', '℘', '℮', 'ⅷ', 'a\u0300', '\u0300a', 'if', 'None']:
    print(repr(s), s.isidentifier())
for bad in [1, None]:
    try:
        str.lower(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    'a'.upper(1)
except TypeError as e:
    print(type(e).__name__, e)
