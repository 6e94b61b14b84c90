# Code points that Unicode 15 assigned after the Unicode 14.0.0 that
# CPython 3.11 follows: for 3.11 they are unassigned (category Cn), so
# repr() escapes them, str.isprintable() is false, and they are neither
# letters nor digits nor identifier characters. Host libraries on newer
# Unicode versions must not leak into these answers.
import unicodedata

ranges = [(0xcf3, 0xcf3), (0xece, 0xece), (0x10efd, 0x10eff), (0x1123f, 0x11241), (0x11b00, 0x11b09),
          (0x11f00, 0x11f10), (0x11f12, 0x11f3a), (0x11f3e, 0x11f59), (0x1342f, 0x1342f), (0x13440, 0x13455),
          (0x1b132, 0x1b132), (0x1b155, 0x1b155), (0x1d2c0, 0x1d2d3), (0x1df25, 0x1df2a), (0x1e030, 0x1e06d),
          (0x1e08f, 0x1e08f), (0x1e4d0, 0x1e4f9), (0x1f6dc, 0x1f6dc), (0x1f774, 0x1f776), (0x1f77b, 0x1f77f),
          (0x1f7d9, 0x1f7d9), (0x1fa75, 0x1fa77), (0x1fa87, 0x1fa88), (0x1faad, 0x1faaf), (0x1fabb, 0x1fabd),
          (0x1fabf, 0x1fabf), (0x1face, 0x1facf), (0x1fada, 0x1fadb), (0x1fae8, 0x1fae8), (0x1faf7, 0x1faf8),
          (0x2b739, 0x2b739), (0x31350, 0x323af)]
print(unicodedata.unidata_version)
total = printable = 0
odd = []
for lo, hi in ranges:
    for i in range(lo, hi + 1):
        c = chr(i)
        total += 1
        printable += c.isprintable()
        flags = (repr(c) == '%r' % c == '{!r}'.format(c) == f'{c!r}' == "'" + ascii(c)[1:-1] + "'",
                 unicodedata.category(c), c.isalpha(), c.isdecimal(), c.isnumeric(), c.isidentifier(),
                 ('a' + c).isidentifier(), c.upper() == c.lower() == c, c.isspace())
        if flags != (True, 'Cn', False, False, False, False, False, True, False):
            odd.append((hex(i), flags))
print(total, printable, odd)
for lo, hi in ranges:
    c, d = chr(lo), chr(hi)
    print(hex(lo), repr(c), ascii(d), repr('x' + c + d + 'y'), '%r' % (c,), '{!r:>12}'.format(d), len(repr(c)))
print(repr('\u0cf3 and \U0001f6dc and \u0cf2'), [s.isprintable() for s in ['\u0cf2', '\u0cf3', 'a\u0cf3']])
try:
    exec('x\u0cf3 = 1')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
