# Call and parameter-list mistakes, forgotten commas, print statements and
# other hints CPython's parser gives.


def check(src, mode="exec"):
    try:
        compile(src, "<s>", mode)
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, repr(e.msg), e.lineno, e.offset,
              e.end_lineno, e.end_offset, repr(e.text))


for src in [
    "print 'x'", 'print "hello"', "print x", "print x, y", "print >>f, x", "print",
    "exec 'x = 1'", "exec code in d", "print 1 + 2", "print f(x)",
    "f(a b)", "[1 2]", "(1 2)", "{1 2}", "x = 1 2", "f(a, b c)", "[a, b c, d]",
    "x = [1, 2 3]", "a = b c", "f(x y=1)", "'a' 'b' c", "x = (a b)", "1 2 3",
    "f(a=1, b)", "f(**k, a)", "f(**k, *a)", "f(a=1, *b, c)", "f(a for a in b, c for c in d)",
    "f(x for x in y, )", "f(a, *b, c=1, **d, e)", "f(a=1, a=2)", "f(*)", "f(**)",
    "f(a=)", "f(=1)", "f(,)", "f(a,,b)", "f(a for a in b for)", "f(1)(2)(3",
    "def f(a=1, b): pass", "def f(a, a): pass", "def f(a, *, a): pass",
    "def f(*a, *b): pass", "def f(**a, b): pass", "def f(**a, *b): pass",
    "def f(**a, **b): pass", "def f(*): pass", "def f(*, **k): pass",
    "def f(a, /, a): pass", "def f(/, a): pass", "def f(a, /, /): pass",
    "def f(a, *, /): pass", "def f(*a, /): pass", "def f(a=1, /, b): pass",
    "def f(a, b=1, /, c): pass", "def f(a:=1): pass", "def f(a b): pass",
    "def f(a, b c): pass", "def f(*a=1): pass", "def f(**a=1): pass",
    "def f(*, a, b=1, c): pass", "def f(a, (b, c)): pass", "def f(1): pass",
    "def f(a.b): pass", "def f(a, *b: int = 1): pass", "lambda a=1, b: 0",
    "lambda a, a: 0", "lambda *a, *b: 0", "lambda **a, b: 0", "lambda *: 0",
    "lambda /: 0", "lambda a, /, /: 0", "lambda (a, b): 0", "lambda a: int: 0",
    "def f() -> : pass", "def f()->int pass", "def (): pass", "def f: pass",
    "class C(a=1, b): pass", "class C(**k, a): pass", "class C(a b): pass",
    "class C(x for x in y): pass", "async lambda: 0", "def f(x):\n    nonlocal x\n",
    "def f(x):\n    global x\n", "def f():\n    x = 1\n    global x\n",
    "def f():\n    print(x)\n    global x\n", "def f():\n    global x\n    nonlocal x\n",
    "def f():\n    def g():\n        nonlocal y\n", "nonlocal x", "class C:\n    nonlocal x\n",
    "def f():\n    x: int\n    global x\n", "def f(a):\n    a: int\n    global a\n",
    "import a.b.c as", "from a import *, b", "def f():\n    from m import *\n",
    "from __future__ import braces", "from __future__ import nope",
    "x = 1\nfrom __future__ import annotations", "import *", "from . import a as",
    "x = 1 if 2", "x = 1 if 2 else", "a if b", "[x for x in]", "[for x in y]",
    "x = yield = 1", "x = a.1", "x = a.", "x.1", "a..b", "a = .5.", "x = 1..real",
]:
    check(src)
