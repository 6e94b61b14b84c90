a < b
a < b < c
a < b <= c > d >= e == f != g
a is b
a is not b
a in b
a not in b
x = 1 < f() < 3
if a < b < c:
    pass
if a is None:
    pass
if a is not None:
    pass
while a == b != c:
    break
