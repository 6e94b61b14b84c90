# \w \d \s \b and friends for str (Unicode) and bytes/ASCII patterns.
import re

samples = ['a', 'Z', '_', '0', '9', ' ', '\t', '\n', '\x0b', '\x0c', '\r',
           '\x1c', '\x1d', '\x1e', '\x1f', '\x85', '\xa0', '\u2003', '\u3000',
           '\u2028', '\u00e9', '\u00aa', '\u00b2', '\u00bd', '\u0660', '\u0966',
           '\u2167', '\u4e2d', '\u0300', '\u200d', '-', '\U0001d7ce', '\U00010400',
           '\ud800', '\x00', '\x7f']
for cls in ['\\w', '\\W', '\\d', '\\D', '\\s', '\\S', '.', '[\\w]', '[^\\d]']:
    for flags in [0, re.A]:
        hits = ''.join(c if re.match(cls, c, flags) else '.' for c in samples)
        print(cls, flags, ascii(hits))
for cls in [b'\\w', b'\\d', b'\\s', b'.', b'\\W']:
    hits = bytes(c if re.match(cls, bytes([c])) else 46 for c in range(256))
    print(cls, hits)
print(re.findall(r'\b\w+\b', 'caf\u00e9 na\u00efve \u4e2d\u6587 x1_y'))
print(re.findall(r'(?a)\b\w+\b', 'caf\u00e9 na\u00efve \u4e2d\u6587 x1_y'))
print(re.findall(r'\B', 'ab c'))
print(re.findall(r'\b', ''), re.findall(r'\B', ''), re.findall(r'\b', ' '), re.findall(r'\B', ' '))
print(re.findall(br'\b\w+\b', b'caf\xe9 x1'))
print(re.findall(br'(?L)\b\w+\b', b'caf\xe9 x1'))
print(re.findall(r'\d+', '12\u0663\u0664 \u00b2\u00b3 \U0001d7ce'))
print(re.findall(r'\s+', 'a\u2028b\u2029c\x85d'))
