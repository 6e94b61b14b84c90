# unicodedata: properties, numeric values, names, decompositions and the
# four normalization forms (Unicode 14.0.0), with the argument errors.
import random
import unicodedata as u

print(u.unidata_version, u.__name__)
chars = ['a', 'Z', '0', '٣', '²', '½', 'Ⅻ', '〇', '一', '\u00a0', '\u2028', '\x00', '\x85', '\u200b', '\t', ' ', '_',
         '\u0300', '\u0327', 'ª', 'ǅ', '\U0001F600', '\U0001D7CE', '\U00010107', '\ufeff', '\xad', '৺', '\u3000',
         '\U000E0001', '\ud800', '\U0010FFFF', '\ue000', 'ⓐ', '⁰', '௰', '፩', '\u0378', 'ℌ', '(', ')', '«', 'Å', 'Å',
         'ﬁ', '가', '각', '\u1100', '\u1161', '\u11a8', 'ｱ', 'Ａ', '€', '\U00031350', '\U0002B739', '\u0f73',
         '\u0344', '\U0001F979', '\U0001FAF0', '\u0870', '\U00011F00', '𝟘', '㊿', '\U00016FF0', '\u20c0']
for c in chars:
    print('%-12a' % c, u.category(c), repr(u.bidirectional(c)), u.combining(c), u.east_asian_width(c), u.mirrored(c),
          repr(u.decomposition(c)), u.decimal(c, None), u.digit(c, None), u.numeric(c, None), u.name(c, None))
for name in ['LATIN SMALL LETTER A', 'latin small letter a', 'EURO SIGN', 'CJK UNIFIED IDEOGRAPH-4E00',
             'HANGUL SYLLABLE GA', 'HANGUL SYLLABLE GAG', 'GRINNING FACE', 'TANGUT IDEOGRAPH-17000', 'nope', '',
             'CJK UNIFIED IDEOGRAPH-4e00', 'CJK UNIFIED IDEOGRAPH-FFFFF', 'hangul syllable ga', 'HANGUL SYLLABLE ga',
             'cjk unified ideograph-4E00', 'Euro Sign', 'tangut ideograph-17000']:
    try:
        print(repr(name), ascii(u.lookup(name)))
    except KeyError as e:
        print(repr(name), type(e).__name__, e)
print(ascii(u.lookup(b'EURO SIGN')))

print('== errors')
for f in (u.category, u.bidirectional, u.combining, u.east_asian_width, u.mirrored, u.decomposition, u.name, u.decimal,
          u.digit, u.numeric):
    for a in [(1,), ('ab',), ('',), ()]:
        try:
            f(*a)
        except Exception as e:
            print(f.__name__, a, type(e).__name__, e)
for f in (u.name, u.decimal, u.digit, u.numeric):
    try:
        f('\x00')
    except ValueError as e:
        print(f.__name__, type(e).__name__, e)
    print(f('\x00', 'default'))
for a in [('A' * 300,), (1,), ('a', 'b')]:
    try:
        u.lookup(*a)
    except Exception as e:
        print('lookup', type(e).__name__, str(e)[:60])
for a in [('NFX', 'a'), (1, 'a'), ('NFC', 1), ('NFC',), ('nfc', 'a')]:
    for f in (u.normalize, u.is_normalized):
        try:
            print(f(*a))
        except Exception as e:
            print(f.__name__, a, type(e).__name__, e)

print('== normalization')
texts = ['café', 'cafe\u0301', 'Å', 'A\u030a', 'ﬁ', '①', 'ｶﾞ', '가', '\u1100\u1161\u11a8', '\u1100\u1161\u11a7',
         'a\u0327\u0301', 'a\u0301\u0327', 'ẛ\u0323', 'ḍ\u0307', 'q\u0307\u0323', '\u0958', '\u0344', 'Ω', '\u1e9b',
         '\u00c5\u0301', '\u0f73', '\U0001D15E', 'x\u0300\u0315\u0300', '', 'plain ascii', '\ud800\u0301',
         '\u0041\u0308\u0304', '\u01d5', '\u2126', '\u212b', '\u00bd', 'e\u0301\u0301', '\u1161\u11a8', '가\u11a8']
for s in texts:
    print(ascii(s), [ascii(u.normalize(f, s)) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')],
          [u.is_normalized(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')])


class S(str):
    pass


r = u.normalize('NFC', S('abc'))
print(type(r).__name__, r)

random.seed(14)
pool = ['a', 'e', 'A', 'o', 'u', '\u0300', '\u0301', '\u0308', '\u0327', '\u0323', '\u0315', '\u031b', '\u0345',
        '\u1100', '\u1161', '\u11a8', '\u11a7', '가', 'ᄀ', 'ﬁ', '①', 'ｶ', 'ﾞ', 'Å', 'Ω', 'ǅ', '\u0f71', '\u0f72',
        '\u0f74', '\u0958', 'ё', '\u05b0', '\u05bc', 'ṩ', '\u3099', 'か', 'ㇰ', '\u0d4a', '\u0d3e', '\u0d46']
mismatch = []
for i in range(400):
    s = ''.join(random.choice(pool) for _ in range(random.randint(1, 7)))
    nfd = u.normalize('NFD', s)
    row = [u.normalize(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')]
    if i < 40:
        print(ascii(s), [ascii(x) for x in row])
    mismatch.append(sum(map(ord, ''.join(row))) % 1000003)
print(sum(mismatch), mismatch[-5:])

print('== sampled code points')
counts = {}
check = 0
for cp in range(0, 0x110000, 97):
    c = chr(cp)
    key = (u.category(c), u.east_asian_width(c))
    counts[key] = counts.get(key, 0) + 1
    rec = '%s%s%d%d%s%s%s%s' % (u.bidirectional(c), u.decomposition(c), u.combining(c), u.mirrored(c),
                              u.decimal(c, ''), u.digit(c, ''), u.numeric(c, ''), u.name(c, ''))
    for ch in rec:
        check = (check * 31 + ord(ch)) % 1000000007
print(sorted(counts.items()))
print(check)
