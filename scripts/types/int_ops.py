# int arithmetic, bit operations and shifts over a table of values,
# small and huge, with every error.
vals = [0, 1, -1, 2, -3, 7, -8, 255, 2**31 - 1, -2**31, 2**62, 2**63 - 1, -2**63,
        2**63, 2**64 + 5, -2**64 - 3, 10**30, -10**30 + 7, 3**80]
ops = ['+', '-', '*', '//', '%', '&', '|', '^']

def safe(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

for a in vals:
    for b in vals:
        row = []
        for op in ops:
            row.append(safe(lambda: eval('a %s b' % op)))
        row.append(safe(lambda: divmod(a, b)))
        print(a, b, ' '.join(row))

print('-- shifts')
for a in vals:
    for s in [0, 1, 5, 31, 32, 62, 63, 64, 65, 100, 1000, -1]:
        print(a, s, safe(lambda: a << s), safe(lambda: a >> s))
print(safe(lambda: 1 >> 2**100), safe(lambda: -1 >> 2**100), safe(lambda: 0 << 2**100))
print(safe(lambda: 5 >> 2**100), safe(lambda: -5 >> 2**70), safe(lambda: 1 << -2**70))
print(safe(lambda: 2**100 >> 99), safe(lambda: (-2**100) >> 99), safe(lambda: (-2**100 - 1) >> 99))

print('-- unary')
for a in vals + [True, False]:
    print(repr(a), safe(lambda: -a), safe(lambda: +a), safe(lambda: ~a), safe(lambda: abs(a)))

print('-- true division')
for a in [0, 1, -1, 7, 2**53 + 1, 2**60, 10**30, -10**30, 2**1100, 10**400]:
    for b in [1, -1, 3, 7, 2**53 + 1, 10**30, 2**1100, 0]:
        print(a, b, safe(lambda: a / b))
print(safe(lambda: 2**1024 / 1), safe(lambda: (2**1024 - 1) / 2), safe(lambda: 1 / 2**1075), safe(lambda: 3 / 2**1075))
print(safe(lambda: 10**400 / 10**399), safe(lambda: -(10**400) / 10**399))

print('-- comparisons')
for a in [0, 1, -1, 2**63, -2**63, 10**30]:
    for b in [0, 1, -1, 2**63, -2**63, 10**30, True]:
        print(a, b, a < b, a <= b, a == b, a != b, a > b, a >= b)

print('-- inplace')
x = 5
x += 2**64; print(x)
x -= 2**64; print(x)
x *= -3; print(x)
x //= 4; print(x)
x %= 7; print(x)
x **= 3; print(x)
x <<= 70; print(x)
x >>= 69; print(x)
x &= 0xff; print(x)
x |= 0x100; print(x)
x ^= 0x3; print(x)
for src in ['1 + "a"', '"a" + 1', '1 - "a"', '[] - 1', '1 * None', 'None * 1', '1 / "2"', '1 // []',
            '1 % {}', '1 ** "x"', 'pow(1, "x")', '1 << 1.0', '1.0 << 1', '1 >> "a"', '1 & 1.5',
            '1 | None', '1 ^ ()', '-"a"', '~1.5', '+[]', '~"x"', '1 @ 2', '1 < "a"', '"a" >= 1',
            '1 < None', 'None > 1', '[] < 1', '() <= []', '{} < {}', 'object() > object()',
            '"a" * 1.5', '1.5 * "a"', '[1] * 2.0', '(1,) * "x"', '"a" * "b"', '"a" + b"b"',
            'b"a" + "b"', '[1] + (2,)', '(1,) + [2]', 'b"x" * 1.0', 'bytearray(b"x") + "y"',
            '"%d" % "x"', '1 % "x"', 'x = 1; x += "a"', '{} | []', '{1} - [1]', '{1} | [1]',
            '[1] * (2**63)', '"a" * 2**70', '[] * -(2**70)']:
    try:
        exec(src)
        print(src, 'ok')
    except Exception as e:
        print(src, '->', type(e).__name__, e)
