# Invalid assignment, deletion and binding targets: CPython's "cannot
# assign to ..." family with its "Maybe you meant '=='" hints.


def check(src, mode="exec"):
    try:
        compile(src, "<s>", mode)
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, repr(e.msg), e.lineno, e.offset,
              e.end_lineno, e.end_offset, repr(e.text))


for src in [
    "f() = 1", "f(x) = 1", "a.b() = 1", "1 = x", "'a' = x", "None = 1", "True = 1",
    "... = 1", "x + 1 = 2", "-x = 1", "not x = 1", "x and y = 1", "a < b = 1",
    "(a, b) + c = 1", "[a, f()] = 1", "a, b() = 1", "(x for x in y) = 1",
    "[x for x in y] = 1", "{x for x in y} = 1", "{k: v for k, v in y} = 1", "{1: 2} = 1",
    "{1} = 1", "lambda: 1 = 1", "x if y else z = 1", "(yield) = 1", "await x = 1",
    "f'{x}' = 1", "a = f() = 1", "x = 1 = y", "(a := 1) = 2", "*a = 1", "*a, *b = 1",
    "a, *b, *c = 1", "f() += 1", "(a, b) += 1", "[a] += 1", "1 += 1", "x.y += 1",
    "a[1] = f() = 3", "if f() = 1: pass", "if x = 1: pass", "while x = 1: pass",
    "if x.y = 1: pass", "if x[0] = 1: pass", "assert x = 1", "f(a=1, b() = 2)",
    "f(x.y=1)", "f(True=1)", "f(1=2)", "f(a.b=1)", "f(a[0]=1)", "f(**k=1)",
    "del f()", "del 1", "del (a, f())", "del a + b", "del [a, 1]", "del *a",
    "del (a for a in b)", "del None", "del x if y else z", "del -x", "del a, b()",
    "for f() in y: pass", "for 1 in y: pass", "for a, f() in y: pass", "for x + 1 in y: pass",
    "with a as f(): pass", "with a as 1: pass", "with a as (b, c()): pass",
    "[x for f() in y]", "[x for 1 in y]", "(x for a.b() in y)", "{x for x + 1 in y}",
    "f() := 1", "(a.b := 1)", "(a[0] := 1)", "((a, b) := 1)", "(True := 1)", "(x := 1) := 2",
    "import a.b as c.d", "from a import b as c.d", "x: int = 1 = 2", "f(): int",
    "(a, b): int", "[a]: int", "1: int", "a.b: int = 1", "__debug__ = 1",
    "__debug__: int", "del __debug__", "def f(__debug__): pass", "(__debug__ := 1)",
    "for __debug__ in x: pass", "with a as __debug__: pass", "import x as __debug__",
    "def __debug__(): pass", "class __debug__: pass", "f(__debug__=1)",
    "a.__debug__ = 1", "lambda __debug__: 1", "x = yield = 1", "print(x) = 1",
    "f(a, b for b in c)", "f(b for b in c, a)", "f(a=1, b for b in c)",
    "x = 1 if y", "[x if y for x in z]", "a, b += 1", "a += b += 1",
]:
    check(src)
