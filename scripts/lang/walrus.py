# Assignment expressions: in conditions, loops, comprehensions (binding in
# the enclosing scope), and the places where they are not allowed.

if (n := len('hello')) > 3:
    print('long', n)
data = [1, 2, 3, 4]
while (item := data.pop()) > 2:
    print('popped', item)
print(item, data)
print([y := 5, y ** 2], y)
print([(z := i) * 2 for i in range(3)], z)
total = 0
print([total := total + v for v in range(5)], total)
def f():
    res = [last := c for c in 'abc']
    return res, last
print(f())
def g():
    if any((hit := v) > 2 for v in [1, 3, 5]):
        return hit
print(g())
def h():
    values = [(w := x) for x in range(3)]
    def inner():
        return w
    return inner()
print(h())
print((a := 1, b := 2), a, b)
print(f"{(q := 10)}", q)
def k(x):
    return (y := x * 2) + y
print(k(4))
if (mo := '123abc'.partition('a'))[0]:
    print(mo[0])
print([(x, y2) for x in range(3) if (y2 := x * x) > 1])
lines = iter(['a', 'b', ''])
while (line := next(lines)):
    print('line', line)
bad = [
    "x := 1", "(a.b := 1)", "(a[0] := 1)", "((a, b) := (1, 2))",
    "[i := 0 for i in range(3)]", "[x for x in (y := [1])]", "def f(a := 1): pass",
    "f(a := 1, a=2)", "(x := 1 := 2)", "lambda: x := 1", "class A: [j := 0 for j in range(1)]",
    "[[(i := 0) for j in range(1)] for i in range(1)]", "[(z := 1) for z in range(1)]",
    "def f():\n    global g\n    [g := 1 for _ in ()]", "x = y := 1", "(True := 1)",
    "[(__debug__ := 1) for x in ()]", "print(x := 1, *x)",
    "class C:\n    [(y := 1) for _ in ()]", "[(x := 1) for x, in ()]",
    "{a := 1: 2}", "{(a := 1): 2}", "f(x := 1)", "a[b := 1]", "a[b := 1, c := 2]",
]
for src in bad:
    try:
        compile(src, "<walrus>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset)
