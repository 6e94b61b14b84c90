# "too many statically nested blocks": CPython allows 20 nested loops,
# with, try and async blocks in one code object, and fails on the 21st.

def check(src, mode="exec"):
    try:
        compile(src, "<s>", mode)
        print("compiles")
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
def nest(n, head, tail="pass"):
    return "".join(" " * i + head.format(i=i) + "\n" for i in range(n)) + " " * n + tail + "\n"
for n in (19, 20, 21):
    for head in ["for x{i} in y:", "while x:", "with a:", "try:", "async for x in y:", "async with a:"]:
        src = nest(n, head, "pass\n" if head != "try:" else "pass")
        if head == "try:":
            src = "".join(" " * i + "try:\n" for i in range(n)) + " " * n + "pass\n" + "".join(" " * i + "finally:\n" + " " * (i + 1) + "pass\n" for i in reversed(range(n)))
        if head.startswith("async"):
            src = "async def f():\n" + "\n".join(" " + l for l in src.splitlines()) + "\n"
        print(n, head, end=" ")
        check(src)
src = "".join(" " * i + "try:\n" for i in range(10)) + " " * 10 + "pass\n" + "".join(" " * i + "except:\n" + " " * (i + 1) + "pass\n" for i in reversed(range(10)))
check(src)
src = "for a in b:\n" + "".join(" " * (i + 1) + "try:\n" for i in range(9)) + " " * 10 + "pass\n" + "".join(" " * (i + 1) + "finally:\n" + " " * (i + 2) + "break\n" for i in reversed(range(9)))
check(src)
src = "for a in b:\n" + "".join(" " * (i + 1) + "with x:\n" for i in range(18)) + " " * 19 + "return 1\n"
check("def f():\n" + "\n".join(" " + l for l in src.splitlines()))
src = "".join(" " * i + "try:\n  pass\n".replace("\n  ", "\n" + " " * (i + 1)) + " " * i + "except:\n" for i in range(11)) + " " * 11 + "pass\n"
check(src)
