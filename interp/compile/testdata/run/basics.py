# Assignments, unpacking, augmented assignment, del, slices, f-strings.
a, *b, c = range(6)
print(a, b, c)
[x, (y, z)] = 1, (2, 3)
print(x, y, z)
d = {}
d["k"] = 1
d["k"] += 5
print(d)
lst = list(range(10))
lst[2:4] = ["a", "b", "c"]
del lst[0], lst[-1]
print(lst, lst[::2], lst[1:-1:3])
class O:
    pass
o = O()
o.attr = 3
o.attr *= 7
print(o.attr)
del o.attr
print(hasattr(o, "attr"))
n = 10
n //= 3; n **= 3; n %= 7; n <<= 2; n |= 1; n ^= 8; n &= 29; n >>= 1; n -= 1; n /= 2
print(n)
name, width = "pi", 8
print(f"{name!r:>{width}}|{3.14159:.2f}|{name=}|{width * 2 = }")
print(f"{'nested {x}'}", f"{{literal}}", "%s and %r" % (name, name), "%5s|%-5s|" % ("a", "b"))
t = 1, 2, 3
print(t, (), (1,), [*t, *t], {*t}, {**{"a": 1}, "b": 2})
s = "abc"
print(s[1], s[-1], s[::-1], (1, 2, 3)[1], 2 ** 10, -(-5), ~5, not 0)
x = None
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0, x is not None, 3 in [1, 2, 3], 4 not in (1,))
print(True and 5, 0 or "x", None or 0 or [], 1 and 2 and 3)
print(10 / 4, 10 // 4, -10 // 4, -10 % 3, 2.5 % -1, 7.5 // 2)
x = 5
print("big" if x > 3 else "small", (w := x * 2), w)
print([i * j for i in range(3) for j in range(3) if i != j])
print({k: v for k, v in zip("ab", range(2))}, {c for c in "hello"} == set("helo"))
g = (i * i for i in range(5))
print(next(g), list(g))
