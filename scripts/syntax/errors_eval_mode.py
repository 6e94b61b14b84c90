# SyntaxErrors of compile() in 'eval' and 'single' modes, where CPython
# does not end the source with a newline: errors at the end of the input
# sit at offset 0 and the text has no line end.
def check(src, mode="exec"):
    try:
        compile(src, "<s>", mode)
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, repr(e.msg), e.lineno, e.offset,
              e.end_lineno, e.end_offset, repr(e.text))


for src in ["(", "1 +", "[1, 2", "f(", "'abc", "x y", "1 2", "a b c",
            "x = 1", "(x for x in y", "{", "x if y", "lambda: (yield)"]:
    check(src, "eval")
for src in ["if x\n", "(1,\n", "x = [1,", "def f(:"]:
    check(src, "single")
for m in ["eval", "single"]:
    for s in ["1 +", "1 +\n", "x y", "a\nb", "(1,\n2", "1 + (", "f(a,", "x = ", "1 +\n\n", "1 + # c", "lambda:", "if x:", "if x:\n", "x = 1\ny = ", "x = 1\n y = 2", "'abc", "1 2 # c", "\\", "1 \\", "not", "  x", "if x:\n  y\n z"]:
        check(s, m)
