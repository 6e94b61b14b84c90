# Mistakes inside f-string replacement fields. gilpy reads f-strings with
# Python 3.12's grammar (PEP 701), so its messages and places for these
# differ from CPython 3.11's (see docs/deviations.md); this script is on
# scripts/PENDING and records what 3.11 says.


def check(src, mode="exec"):
    try:
        compile(src, "<s>", mode)
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
for s in ["f'abc", "x = f'{x}", "f'{x", "f'{x\n'", "f'''{x\n", "f'''abc\n\nx", "f'{x}\ny'", "f\"abc", "rf'abc", "fr'''a\n", "f'a{b}c{d", "f'a' f'b", "x = (f'a\n)", "f'{'", "f'}'", "f'{}'", "f'{x!}'", "f'{x!z}'", "f'{x:{y}'", "f'{x=!z}'", "f'{lambda x: 1}'", "f'{yield}'", "f'{*x}'", "f'{x:{y:{z}}}'", "f'{x!r:>{w}}'", "f'{#}'", "f'{x #}'", "f'{)}'", "f'{x)}'", "f'{(x}'", "f'{x y}'", "f'{x:{{}}}'", "f'{'a'}'", "f'{x!r=}'", "f'{ }'", "f'{!r}'", "f'{:x}'", "f'{x:}}'", "f'{{}'", "f'}}{'", "f'{x\\n}'", "f'{x:\\n}'", "f'a\\N{foo}'", "f'\\N{LATIN SMALL LETTER A}'", "f'{3!r}'", "f'{a:=1}'", "f'{(a:=1)}'", "f'{x,y}'", "f'{x, y=}'"]:
    check(s)
