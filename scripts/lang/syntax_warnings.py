# SyntaxWarnings and DeprecationWarnings given while compiling: those of
# this file itself (reported before it runs, with the source line), and
# those of source compiled at run time, in the order CPython gives them.
# The default filters show SyntaxWarning and hide DeprecationWarning
# outside __main__.

x = 1
if x is 1:
    print("is with a literal")
y = [1if x else 2, 0x1for x in ()] if False else None
z = "\d" "\w"
w = (1, 2) (3, 4) if False else None
assert (x, "message")

sources = [
    "a is 'str'", "a is not ()", "a is -1", "a is 1.5", "a is None", "a is ...",
    "a is True", "(1, 2)(3)", "[1, 2](3)", "'s'(1)", "f'x'(1)", "1(2)",
    "{1: 2}(3)", "{1}(2)", "[x for x in y](1)", "(x for x in y)(1)",
    "(lambda: 1)(2)" if False else "None(1)", "...(1)", "[1, 2][3, 4]",
    "(1, 2)['a']", "'abc'['x']", "'abc'[1.5]", "[1][None]", "b'x'['y']",
    "(1, 2)[1:2]", "1[2]", "{1: 2}[1, 2]", "assert (a, 'msg')", "assert ()",
    "x = 1if y else 2", "x = 0x1for y in z", "x = 0o7and 1", "x = 0b1or 1",
    "x = 1.5if 1 else 2", "x = 1jif 1 else 2", "x = 1e5in y", "x = 1_0not in y",
    "x = '\\d'", "x = b'\\d'", "x = '\\777'", "x = b'\\400'", "x = f'\\y{1}\\z'",
    "x = '''\n\\q'''", "x = r'\\d'", "x = '\\N{DIGIT ONE}\\8'", "x = b'\\N'",
    "def f():\n    if a is 1:\n        return 2if a else 3\n",
    "class C:\n    x = 1 is 1\n    y = (1)(2)\n",
    "x = [1, 2] [0]\ny = [1, 2] (0)\nz = 1 is not 1",
    "try:\n    pass\nfinally:\n    x is 'a'",
]
for i, src in enumerate(sources):
    print(i, repr(src))
    try:
        compile(src, f"<w{i}>", "exec")
    except SyntaxError as e:
        print("  SyntaxError", e)
exec("q = 1 is 1")
print(eval("2 is 2"))
print(compile("1 is 1", "warned.py", "eval").co_filename)
