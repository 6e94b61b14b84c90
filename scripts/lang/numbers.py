# Numeric literals of every form, their values and types, and the errors
# of malformed ones (through compile(), so the script keeps running).

print(0, 00, 0_0, 123, 1_000_000, 0x_FF, 0XfF, 0o17, 0O1_7, 0b1010, 0B_1_0)
print(type(1), type(1.0), type(1j), type(10**30))
print(123456789012345678901234567890, -0x8000000000000000, 0xFFFFFFFFFFFFFFFFFFFF)
print(1.5, 1., .5, 1e3, 1E-3, 1_0.0_1, 1e1_0, 0.000001, 1e-7, 1e16, 1e22, 123456789.123456789)
print(1j, 1.5j, 0j, 1e3j, 1_0j, 3 + 4j, 3 - 4J, (1+2j).real, (1+2j).imag)
print(0.1 + 0.2, 1 / 3, 2 ** 0.5, 10 / 2, 7 // 2, -7 // 2, 7 % -3, -7 % 3)
print(1e308 * 10, -1e308 * 10, float('nan') != float('nan'))
print(0xdeadbeef, 0o777, 0b11111111, 1_2_3)
print(999999999999999999999 + 1, 2 ** 100, -2 ** 63, (-2) ** 63)
print(type(0x10), type(0.), type(00j))
print(1 if 0b0 else 2, 0e0, 0_0.0_0)
print(.5e-3, 5.e2, 5.5e+2)

bad = [
    "0_", "1__0", "1_", "0x", "0x_", "0b2", "0o8", "09", "012", "1e", "1e+",
    "1.e_1", "1_.0", "0b1_", "1__0.0", "1.0_", "1e1__0", "0xg", "1 2",
    "0_7", "00_7", "1.0j_", "1_j", "5.0e", "0b", "0o", "0x1.0", "1e1.0",
    "1.2.3", "1if 1 else 2", "0x1for x in y", "0o7_8", "0b10_2",
    "1j1", "3abc", "1_000_", "1e1j_", "0b__1",
]
for src in bad:
    try:
        compile(src, "<num>", "eval")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset)
