# f-strings: nesting, '=', conversions, format specs (nested ones
# included), escapes of braces, concatenation, and their errors.

x, y, name = 42, 3.14159, "gil"
print(f"{x}", f'{y:.2f}', f"{name!r}", f"{name!s}", f"{name!a}", f"{'é'!a}")
print(f"{x=}", f"{x = }", f"{ x =}", f"{y=:.3f}", f"{name=!s}", f"{x*2=}")
print(f"{{}}", f"{{{x}}}", f"a{{b}}c", f"{'{'}", f"{'}'}")
width, prec = 10, 3
print(f"[{y:{width}.{prec}f}]", f"[{name:>{width}}]", f"[{x:{'<'}{width}d}]")
print(f"[{y:{width}.{prec}}]", f"[{x:#{'x'}}]", f"[{x:0{width}b}]")
print(f"{'nested ' + f'{x}' + ' inner'}", f"{f'{x:>4}'}", f"""{f'{f"{x}"}'}""")
print(f"{[1, 2, 3][1]}", f"{ {'a': 1}['a'] }", f"{(lambda: 5)()}", f"{x if x else y}")
print(f"{3:{'>'}{'10'}}", f"{'abc':^9}", f"{-42:+d}", f"{1234567:,}", f"{0.5:%}")
print(f"{x!r:>6}", f"{name!r:^10}", f"{y!s:.4}")
print(F"upper", fR"raw\n{x}", Rf"raw\t{x}", rf"{x}\d", fr'{x}\\')
print(f"a" "b" f"{x}" 'c', f"{x}" f"{y}", "plain" f"{name}")
print(f"""triple {x}
second line {y:.1f}""")
print(f"{x:{width}}|{x:<{width}}|{x:^{width}}|")
print(f"{'a' 'b'}", f"{x,}", f"{x, y}", f"{(x, y)}")
print(f"{3.0!r}", f"{None}", f"{True:>5}", f"{b'b'}")
class W:
    def __format__(self, spec):
        return "W<" + spec + ">"
    def __repr__(self):
        return "W()"
    def __str__(self):
        return "strW"
w = W()
print(f"{w}", f"{w:abc}", f"{w!r}", f"{w!s}", f"{w:{x}}", f"{w=}", f"{w=:spec}")
print(f"{x:{width}{'.'}{prec}}" if False else f"{y:{width}.{prec}e}")
vals = [f"{i}:{i**2}" for i in range(4)]
print(vals, f"{' '.join(vals)}")
print(f"{x:>{width}}", f"{x!r:{width}}")
print(f'{"double inside single"}', f"{'single inside double'}")
print(f"{x:=^10}", f"{x=:=^10}")
print(f"{x:}", f"{x!r:}", repr(f""), repr(f"{''}"))
try:
    f"{x:{'bad spec'}}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{w!r:z}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f"{undefined_name}")
except NameError as e:
    print(type(e).__name__, e)

bad = [
    # Only errors that 3.11 and 3.12 word alike: gilpy tokenizes f-strings
    # as 3.12 does (see docs/deviations.md).
    "f'{x:{y:{z}}}'", "f'{'", "f'}'", "f'{x'", "f'{x}}'", "f'{{x}'",
    "f'{yield}'", "f'{#}'", "f'{x:{y}!r}'",
]
for src in bad:
    try:
        compile(src, "<fstr>", "eval")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg)
