x = [*a, *b] + [1, 2, 3] * 2
y = {**a, 'b': 1, **c, 'd': 2}
z = {1: 'a', 2: 'b', 3: 'c'}
w = f(1, 2, 3, *[4, 5], k=6, **{'l': 7})
v = "a" "b" f"{c}" "d"
u = x[1:2:3, ...]
t = (lambda *a, **k: (a, k))(1, b=2)
s = not (a == b)
r = a if not b else c
q = [i for i in range(10) if i % 2 if i % 3]
p = x.y.z(1).w[2](3)
o = (yield_ for yield_ in range(3))
for a, (b, *c) in d:
    del a, b
    break
else:
    pass
while not x:
    x += 1
with open(f) as (a, b.c, d[0]):
    pass
print(*args, sep='', **kw)
assert x, f"{x!r}"
import a.b.c
from .a.b import (c as d, e)
if x is not None and y is None or z:
    pass
n = -(2 ** 63)
m = 2 ** 63 - 1
l = 0x7fffffffffffffff + 1
k = 1 if x else 2 if y else 3
j = (a := 1, b := 2)
i_ = a < b == c
h_ = a in (1, 2, 3) and b not in [4, 5, 6] and c in {7, 8}
