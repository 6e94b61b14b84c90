# Errors CPython's compiler and symbol table raise: statements outside the
# function or loop they need, await and yield misplaced, comprehension and
# starred-expression misuse, __future__ and nesting limits.


def check(src, mode="exec"):
    try:
        compile(src, "<s>", mode)
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, repr(e.msg), e.lineno, e.offset,
              e.end_lineno, e.end_offset, repr(e.text))


for src in [
    "return", "return 1", "x = 1\nreturn x", "class C:\n    return 1\n", "yield", "yield 1",
    "x = yield", "class C:\n    yield 1\n", "yield from x", "await x", "x = await y",
    "def f():\n    await x\n", "def f():\n    [await x for x in y]\n",
    "def f():\n    async for x in y: pass\n", "def f():\n    async with x: pass\n",
    "async for x in y: pass", "async with x: pass", "[x async for x in y]",
    "def f():\n    [x async for x in y]\n", "async def f():\n    yield from x\n",
    "async def f():\n    yield 1\n    return 2\n", "async def f():\n    x = [(yield) for y in z]\n",
    "lambda: await x", "lambda: (yield)", "[(yield) for x in y]", "[(yield x) for x in y]",
    "{(yield) for x in y}", "{x: (yield) for x in y}", "((yield) for x in y)",
    "def f():\n    [(yield) for x in y]\n", "break", "continue", "if x:\n    break\n",
    "while x:\n    def f():\n        break\n", "for x in y:\n    class C:\n        continue\n",
    "while x:\n    pass\nelse:\n    break\n", "try:\n    pass\nfinally:\n    continue\n",
    "def f():\n    break\n", "def f():\n    nonlocal x\n", "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
    "def f(a):\n    global a\n", "def f(a):\n    nonlocal a\n", "def f():\n    x = 1\n    nonlocal x\n",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
    "def f():\n    global x\n    x = 1\n    global x\n", "global x\nx = 1\nglobal x",
    "x = 1\nglobal x", "print(x)\nglobal x", "del x\nglobal x", "def f():\n    x += 1\n    global x\n",
    "def f():\n    for x in y: pass\n    global x\n", "def f():\n    import x\n    global x\n",
    "def f():\n    x: int = 1\n    global x\n", "*a", "*a, b", "print(*a)", "x = *a", "x = *a, b",
    "del *a, b", "[*a for a in b]", "{**a for a in b}", "(*a for a in b)", "f(**a for a in b)",
    "return *a", "a = [i := 0 for i in range(3)]", "[i for i in (j := range(3))]",
    "[x for x in y if (x := 1)]", "[(x := 1) for x in y]", "[[(y := 1) for y in z] for x in w]",
    "class C:\n    [(x := 1) for y in z]\n", "[(j := i) for i in range(3) for j in range(2)]",
    "def f():\n    def g():\n        x = 1\n    nonlocal x\n", "from __future__ import barry_as_FLUFL\n1 != 2",
    "def f(*, a, a): pass", "def f(a, **a): pass", "lambda a, *a: 0", "def f(x):\n    def x(): pass\n    global x\n",
    "class C:\n    def f(self):\n        nonlocal __class__\n", "def f():\n    class C:\n        nonlocal x\n    x = 1\n",
    "match x:\n    case a:\n        pass\n    case b:\n        pass\n", "match x:\n    case a | b:\n        pass\n",
    "match x:\n    case [a, a]:\n        pass\n", "match x:\n    case {'k': a, 'k': b}:\n        pass\n",
    "match x:\n    case C(a=1, a=2):\n        pass\n", "match x:\n    case 1 + 2:\n        pass\n",
    "match x:\n    case a.b():\n        pass\n    case _:\n        pass\n", "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
    "match x:\n    case (a | [b]):\n        pass\n", "match x:\n    case [*a, *b]:\n        pass\n",
    "match x:\n    case {**a, **b}:\n        pass\n", "match x:\n    case f(x):\n        pass\n",
    "match x:\n    case -a:\n        pass\n", "match x:\n    case 1j + 1:\n        pass\n",
    "match x:\n    case {a: 1}:\n        pass\n", "match x:\n    case {**_}:\n        pass\n",
]:
    check(src)
deep = "".join("    " * i + "for x%d in y:\n" % i for i in range(21)) + "    " * 21 + "pass\n"
check(deep)
deep = "".join("    " * i + "while x:\n" % () for i in range(20)) + "    " * 20 + "pass\n"
check(deep)
