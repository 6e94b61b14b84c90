x = 1
y = z = x + 2
a, b = 1, 2
a, *rest, b = [1, 2, 3, 4]
[p, q] = "pq"
(m, (n, o)) = 1, (2, 3)
obj.attr = 5
obj.attr.deep = 6
d[1] = 2
d[1:2] = [3]
d[1:2:3] = [4]
d[::] = []
x += 1
obj.attr += 2
d[k] += 3
d[a:b] -= 4
x **= 2
x //= 3
x @= m
x |= 1; x &= 2; x ^= 3; x <<= 1; x >>= 1; x %= 5; x /= 2; x *= 3; x -= 1
del x
del obj.attr, d[1], d[1:2]
del (a, b), [p, q]
*s, = range(3)
t = *s, 1
