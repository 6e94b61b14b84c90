# Deeply nested source: "too many nested parentheses" from the tokenizer,
# MemoryError when CPython's parser runs out of stack, RecursionError
# "maximum recursion depth exceeded during compilation" from the compiler
# (three levels of nesting per level of recursion left), and indentation
# levels. None of it may crash the interpreter.
import sys


def check(label, src, mode="eval"):
    try:
        compile(src, "<s>", mode)
        print(label, "compiles")
    except (SyntaxError, MemoryError, RecursionError) as e:
        print(label, type(e).__name__, e.args[:1], getattr(e, "lineno", None), getattr(e, "offset", None))


for n in [199, 200, 201, 1000]:
    check("parens %d" % n, "(" * n + ")" * n)
    check("list %d" % n, "[" * n + "]" * n)
    check("assign list %d" % n, "x = " + "[" * n + "]" * n, "exec")
    check("dict %d" % n, "{1: " * n + "1" + "}" * n)
    check("call %d" % n, "f(" * n + ")" * n)
check("mixed", "([{" * 66 + "}])" * 66)
check("mixed+1", "([{" * 67 + "}])" * 67)
check("unclosed 300", "(" * 300)
shapes = {
    "neg": lambda n: "-" * n + "1",
    "not": lambda n: "not " * n + "x",
    "attr": lambda n: "x" + ".y" * n,
    "call": lambda n: "x" + "()" * n,
    "sub": lambda n: "x" + "[0]" * n,
    "add": lambda n: "1" + " + 1" * n,
    "pow": lambda n: "2" + " ** 2" * n,
    "lambda": lambda n: "lambda: " * n + "1",
}
# The parser's limit is exact; the compiler's depends on the caller's
# depth and is only tested away from its edge (see docs/deviations.md).
for name, make in shapes.items():
    for n in [1000, 2900, 2987, 2988, 3100]:
        check("%s %d" % (name, n), make(n))
for n in [2900, 3100]:
    check("ifexp %d" % n, "a if b else " * n + "c")
    check("method %d" % (n // 2), "x" + ".y()" * (n // 2))
check("stmt neg", "x = " + "-" * 2900 + "1", "exec")
check("stmt neg+", "x = " + "-" * 3100 + "1", "exec")
check("huge neg", "-" * 100000 + "1")
sys.setrecursionlimit(2000)
for n in [5975, 5976]:
    check("neg %d at 2000" % n, "-" * n + "1")
sys.setrecursionlimit(1000)
for n in [100, 101]:
    src = "".join(" " * i + "if x:\n" for i in range(n)) + " " * n + "pass\n"
    check("indent %d" % n, src, "exec")
for n in [5000, 7000]:
    try:
        eval("-" * n + "1")
    except (MemoryError, RecursionError) as e:
        print("eval", n, type(e).__name__, e.args)
try:
    exec("x = " + "[" * 1000 + "]" * 1000)
except SyntaxError as e:
    print("exec", type(e).__name__, e.msg, e.offset)
