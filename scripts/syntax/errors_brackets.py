# SyntaxError messages and positions for missing colons, brackets that are
# never closed or do not match, and strings that never end.
import traceback


def check(src, mode="exec"):
    try:
        compile(src, "<s>", mode)
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, repr(e.msg), e.lineno, e.offset,
              e.end_lineno, e.end_offset, repr(e.text))


missing_colon = [
    "if x\n    pass\n", "if x == 1\n  y = 2\n", "while True\n    pass\n",
    "for i in range(3)\n    pass\n", "def f()\n    pass\n",
    "def f(a, b) -> int\n    pass\n", "class C\n    pass\n",
    "class C(Base)\n    pass\n", "try\n    pass\nexcept:\n    pass\n",
    "try:\n    pass\nexcept ValueError\n    pass\n",
    "try:\n    pass\nexcept ValueError as e\n    pass\n",
    "try:\n    pass\nfinally\n    pass\n", "with open(f) as g\n    pass\n",
    "if x:\n    pass\nelif y\n    pass\n", "if x:\n    pass\nelse\n    pass\n",
    "lambda x x", "match x:\n    case 1\n        pass\n", "match x\n    case 1:\n        pass\n",
    "async def f()\n    pass\n", "for x in y:\n    pass\nelse\n    pass\n",
    "d = {1 2}", "d = {'a': 1, 'b' 2}", "x[1:2 3]",
]
brackets = [
    "f(1, 2", "x = [1, 2", "x = (1,\n2,\n", "x = {1: 2", "x = [1, 2)",
    "x = (1, 2]", "x = {1, 2)", "f(1))", "x = 1]", "}", "x = [(])",
    "foo(\n  a,\n  b\n", "print('a'", "a = [1,\n     2,\n     3\nb = 4\n",
    "if (a:\n    pass\n", "x = (1 +\n", "((((", "))", "x = ([)]",
    "def f(a, b:\n    pass\n", "f(a for a in b, c)", "[x for x in y",
    "x = {'a': [1, 2}", "(1, 2\n3)", "a = (\n", "s = '''abc", "s = 'abc",
    "s = \"abc\nx = 1", "s = b'abc", "s = '''\nabc\n", "s = f'abc",
    "s = f'''abc\n\n", "s = 'abc\\\n", "x = 'a' 'b", "s = r'abc\\'",
    "x = 1 +", "x = ", "del", "import", "from x import", "from x import (a, b",
    "from . import", "x = (yield", "print('hello' 'world'",
]
for src in missing_colon + brackets:
    check(src)
for src in ["if x\n    pass\n", "f(1, 2", "x = (1, 2]", "s = 'abc", "s = '''abc\n"]:
    try:
        compile(src, "<shown>", "exec")
    except SyntaxError as e:
        print("".join(traceback.format_exception_only(e)), end="")
