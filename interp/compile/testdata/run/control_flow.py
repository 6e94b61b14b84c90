# Control flow through with, try/finally and loops, and evaluation order.
log = []
class CM:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        log.append(f"enter{self.n}")
        return self
    def __exit__(self, *exc):
        log.append(f"exit{self.n}:{exc[0].__name__ if exc[0] else None}")
        return False
def deep(items):
    try:
        for i in items:
            with CM(i):
                try:
                    if i == 2:
                        return f"ret{i}"
                    if i == 1:
                        continue
                finally:
                    log.append(f"fin{i}")
    finally:
        log.append("outer")
print(deep([0, 1, 2, 3]), log)
log.clear()
def brk():
    while True:
        with CM("w"):
            try:
                break
            finally:
                log.append("inner-finally")
    return "after"
print(brk(), log)
order = []
def v(x):
    order.append(x)
    return x
d = {}
d[v("k")] = v("val")
lst = [0, 0]
lst[v(0)] += v(5)
print(order, d, lst)
order.clear()
print(v(1) < v(2) < v(3), order)
order.clear()
print(v(3) < v(2) < v(1), order)
order.clear()
class Obj:
    pass
o = Obj()
o.a = 1
def getobj():
    order.append("obj")
    return o
getobj().a += v(10)
print(o.a, order)
order.clear()
f = lambda *a, **k: (a, k)
print(f(v(1), *[v(2)], x=v(3), **{"y": v(4)}), order)
def cells(a, b):
    def get():
        return a, b
    a = a * 10
    return get
print(cells(1, 2)())
def counter():
    c = 0
    def inc():
        nonlocal c
        c += 1
        return c
    def dele():
        nonlocal c
        del c
    return inc, dele
inc, dele = counter()
inc(); inc()
print(inc())
dele()
try:
    inc()
except NameError as e:
    print("after del:", e)
print([y for x in range(6) if (y := x * x) % 2])
width, prec = 10, 3
print(f"{3.14159:{width}.{prec}f}|{'s':{'^'}{width}}|")
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
g = gen_finally()
for x in g:
    print("got", x)
    break
g.close()
print("end")
