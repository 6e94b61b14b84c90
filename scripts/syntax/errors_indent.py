# IndentationError and TabError: messages and positions for blocks that
# are missing, indents that are unexpected and dedents that match nothing.


def check(src, mode="exec"):
    try:
        compile(src, "<s>", mode)
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, repr(e.msg), e.lineno, e.offset,
              e.end_lineno, e.end_offset, repr(e.text))


for src in [
    "if x:\npass\n", "if x:\n", "while x:\nbreak\n", "for i in y:\nprint(i)\n",
    "def f():\nreturn 1\n", "def f():\n", "class C:\nx = 1\n", "try:\nx\nexcept:\n  pass\n",
    "try:\n  x\nexcept:\npass\n", "try:\n  x\nfinally:\npass\n", "try:\n  x\nexcept E as e:\npass\n",
    "with a:\npass\n", "async def f():\npass\n", "if x:\n  pass\nelif y:\npass\n",
    "if x:\n  pass\nelse:\npass\n", "for x in y:\n  pass\nelse:\npass\n",
    "match x:\ncase 1: pass\n", "match x:\n  case 1:\n  pass\n", "async def f():\n  async for x in y:\n  pass\n",
    "async def f():\n  async with x:\n  pass\n", "try:\n  x\nexcept* E:\npass\n", "while x:\n  pass\nelse:\npass\n",
    "class C(B):\n", "@d\ndef f():\nx\n",
    "  x = 1\n", "x = 1\n  y = 2\n", "if x:\n    a\n  b\n", "if x:\n    a\n      b\n",
    "def f():\n    x = 1\n   y = 2\n", "if x:\n\ta\n        b\n", "if x:\n        a\n\tb\n",
    "if x:\n  \ta\n\t  b\n", "for x in y:\n    if x:\n        a\n      b\n",
    "def f():\n    pass\n  # c\n   x\n", "x = (1,\n  2)\n  y = 3\n", "\tx = 1\n",
    "if x:\n    a\n\n\n  b\n", "if x:\n  a\n b\n", "if True:\n    pass\n    pass\n  pass\n",
    "def f():\n    '''doc'''\n        x\n", "class C:\n    def f(self):\n    pass\n",
    "if x:\n    pass\n   else:\n    pass\n",
]:
    check(src)
for src in ["if x:\n", "  x\n", "if x:\n    a\n  b\n"]:
    check(src, "single")
