f()
f(1, 2)
f(a, b=1)
f(*args)
f(*args, *more)
f(**kw)
f(a, *args, b=2, **kw)
f(a, b=1, **kw, c=2)
obj.meth()
obj.meth(1, key=2)
obj.meth(*a)
obj.a.b.meth(x)(y)
f(x)(y)(z)
f(a for a in b)
print("hi", end="")
f(
    a,
    b,
)
obj.meth(
    1
).other(
    2
)
(lambda: 0)()
f(**a, **b)
f(1, *a, 2, *b, 3)
