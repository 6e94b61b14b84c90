# Compile-time warnings through the warnings module's filters: recorded,
# shown for every category, and turned into SyntaxErrors by "error" (as
# CPython replaces a warning raised as an exception by a SyntaxError at
# the warning's place).
import warnings

sources = [
    "x = '\\d'", "x = b'\\d'", "x = '\\777'", "x = b'\\400'", "x = f'\\y{1}\\z'",
    "x = '''\n\\q'''", "x = '\\8' '\\9'", "x = '\\d\\e'", "x = 1if y else 2",
    "x = 1 is 1", "(1, 2)(3)", "assert (a, 'm')",
]
several = "x = '\\d'\ny = 1 is 1\nz = 0x1for w in v"
for src in sources + [several]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compile(src, "<rec>", "exec")
    print(repr(src), [(w.category.__name__, str(w.message), w.filename, w.lineno) for w in caught])
for src in sources:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            compile(src, "<err>", "exec")
            print(repr(src), "compiles")
        except SyntaxError as e:
            print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset)
with warnings.catch_warnings():
    warnings.simplefilter("error", SyntaxWarning)
    warnings.simplefilter("ignore", DeprecationWarning)
    for src in sources:
        try:
            compile(src, "<mixed>", "exec")
            print(repr(src), "compiles")
        except SyntaxError as e:
            print(repr(src), type(e).__name__, e.msg)
with warnings.catch_warnings():
    warnings.simplefilter("default")
    compile("x = '\\d'\ny = 1 is 1", "<shown>", "exec")
    exec("z = '\\w'")
