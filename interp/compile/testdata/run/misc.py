"""Module docstring."""
print(__doc__)
x: int = 5
print(__annotations__)
items = [3, 1, 2]
items.sort(key=lambda v: -v)
print(items)
first, *middle, last = "abcde"
print(first, middle, last)
config = {"a": 1, **{"b": 2}, "c": 3}
print(sorted(config.items()))
print(*[1, 2], *(3,), sep="-")
assert len(items) == 3, "length"
try:
    assert items[0] == 0, f"first is {items[0]}"
except AssertionError as e:
    print("assertion:", e)
counter = 0
def bump():
    global counter
    counter += 1
    return counter
[bump() for _ in range(3)]
print(counter)
del counter
print("counter" in globals())
print(eval("1 + 2 * 3"), eval("[x for x in 'ab']"))
exec("z = 10\nprint('exec sees', z)")
code = compile("if 1:\n    q = 7\n    q * 6\n\n", "<single>", "single")
exec(code)
values = {"k": [1, {"n": (2, 3)}]}
print(values["k"][1]["n"][-1])
s = slice(1, None, 2)
print("abcdef"[s], "abcdef"[1::2], [0, 1, 2, 3][-3:])
print(f"{'%d' % 5:>4}|{3.5:06.2f}|{255:#x}|{'x'!r}")
