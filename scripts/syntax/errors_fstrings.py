# f-string mistakes whose message and place CPython 3.11 and gilpy agree on
# (see docs/deviations.md for the errors inside replacement fields, which
# gilpy reports as Python 3.12 does), and where invalid escapes in
# f-strings are warned about.
import warnings


def check(src, mode="exec"):
    try:
        compile(src, "<s>", mode)
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, repr(e.msg), e.lineno, e.offset,
              e.end_lineno, e.end_offset, repr(e.text))


for src in [
    "f'abc", "x = f'{x}", "f'{x", "f'{x\n'", "f'''{x\n", "f'''abc\n\nx", "f'{x}\ny'", 'f"abc',
    "rf'abc", "fr'''a\n", "f'a{b}c{d", "f'a' f'b", "x = (f'a\n)", "f'{x:{{}}}'",
    "f'a\\N{foo}'", "f'\\N{LATIN SMALL LETTER A}'", "f'{3!r}'", "f'{a:=1}'", "f'{(a:=1)}'",
    "f'{x,y}'", "f'{x, y=}'", "f'{yield}'", "f'{x!r:>{w}}'", "f'{x=}' f'{y=!s}'",
    "f'{x:{y}.{z}f}'", "f'{{x}}'", "f'{x!a:^10}'", "f'''{\nx\n}'''", "f'{x}' 'y' f'{z}'",
    "f'{x}' b'y'", "x = f'{1}' + 'a", "print(f'{x}'", "f'{x}'[", "f'{x}' = 1", "f'{x}' += 1",
    "del f'{x}'", "for f'{x}' in y: pass", "f'{x}'(1)", "f'{x}' f'{y}' = 2",
]:
    check(src)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    for src in [
        "x = f'\\y{1}\\z'", "x = f'a{1}\\z'", "x = (1,\n f'a{1}\\z')", "x = 'a' f'b\\z'",
        "x = f'{1}' '\\z'", "x = f'''\n\\z'''", "x = f'{1}\\z' f'\\y'", "x = rf'\\z' f'\\y'",
        "x = f'{1:\\z}'", "x = f'\\777{1}'", "x = f'{1}\\8'", "x = fr'\\z{1}\\y'",
    ]:
        check(src)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    compile("x = f'\\y{1}\\z'\ny = f'''a\n\\q{2}'''\n", "<rec>", "exec")
print([(w.category.__name__, str(w.message), w.lineno) for w in caught])
