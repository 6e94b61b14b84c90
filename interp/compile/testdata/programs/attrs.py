a.b.c.d
a.b.c.d = 1
del a.b.c
a.b.c()
a.b[c].d(e).f
x = (a
     .b
     .c)
y = (a.
     b(1).
     c())
z = a[
    1
]
