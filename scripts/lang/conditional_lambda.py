# Conditional expressions and lambdas: defaults (evaluated once), varargs,
# keyword-only, closures, immediate calls and their reprs of errors.

f = lambda: 42
print(f(), f.__name__, f.__qualname__, (lambda x: x * 2)(21), (lambda *a: a)(1, 2))
g = lambda x, y=10, *args, z, w=5, **kw: (x, y, args, z, w, sorted(kw.items()))
print(g(1, z=3), g(1, 2, 3, 4, z=5, w=6, q=7, p=8))
h = lambda a, /, b, *, c: (a, b, c)
print(h(1, 2, c=3), h(1, b=2, c=3))
for call in [lambda: h(a=1, b=2, c=3), lambda: h(1, 2, 3), lambda: g(), lambda: f(1)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
counter = [0]
def default():
    counter[0] += 1
    return counter[0]
k = lambda x=default(): x
print(k(), k(), counter)
adders = [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in adders])
late = [lambda x: x + i for i in range(3)]
print([a(10) for a in late])
compose = lambda f, g: lambda x: f(g(x))
print(compose(lambda x: x + 1, lambda x: x * 2)(5))
print((lambda: (yield))().__class__.__name__ if False else 'no yield lambdas here')
print(list(map(lambda x: x ** 2, range(5))), sorted([3, 1, 2], key=lambda v: -v))
print((lambda x: (lambda y: (lambda z: x + y + z)))(1)(2)(3))
print(1 if True else 2, 1 if False else 2, 'a' if 0 else 'b' if 0 else 'c')
print([x if x % 2 else -x for x in range(5)], (lambda: 1 if 0 else 2)())
cond = lambda n: 'neg' if n < 0 else 'zero' if n == 0 else 'pos'
print([cond(n) for n in (-1, 0, 1)])
rec = lambda n: 1 if n <= 1 else n * rec(n - 1)
print(rec(10))
print((lambda **kw: kw)(a=1, b=2), (lambda *a, **k: (a, k))(*[1, 2], **{'c': 3}))
print((lambda: None)(), repr((lambda: ...)()), (lambda x=[]: x.append(1) or x)())
m = lambda x=[]: x.append(1) or x
print(m(), m(), m.__defaults__, m.__code__.co_argcount)
print(g.__code__.co_kwonlyargcount, h.__code__.co_posonlyargcount, g.__kwdefaults__)
def side(v):
    print('eval', v)
    return v
r = side(1) if side(0) else side(2)
print(r)
