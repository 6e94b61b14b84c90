def numbers():
    try:
        x = 0
        while True:
            got = yield x
            x = x + 1 if got is None else got
    except GeneratorExit:
        print("closing")
        raise
    finally:
        print("gen finally")
g = numbers()
print(next(g), next(g), g.send(10), next(g))
g.close()
def delegate():
    result = yield from sub()
    print("sub returned", result)
    yield "after"
def sub():
    yield 1
    try:
        yield 2
    except KeyError as e:
        print("sub caught", repr(e))
        yield 3
    return "sub-result"
d = delegate()
print(next(d), next(d), d.throw(KeyError("k")), next(d))
print(list(d))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
fg = fib()
print([next(fg) for _ in range(10)])
squares = (n * n for n in range(5) if n % 2 == 0)
print(sum(squares), list(squares))
def gen_return():
    yield 1
    return 5
print(list(gen_return()))
lg = (lambda: (yield 7))()
print(next(lg))
