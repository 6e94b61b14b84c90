# List, set, dict comprehensions and generator expressions: nesting,
# conditions, scoping (class bodies, loop variables do not leak), and when
# the first iterable is evaluated.

print([x * y for x in range(3) for y in range(3) if x != y])
print(sorted({x % 4 for x in range(10)}), {k: v for k, v in zip('abc', range(3))})
print([[i * j for j in range(3)] for i in range(3)], list(x for x in 'ab'))
print([x for x in range(10) if x % 2 if x % 3], [(x, y) for x in range(2) for y in range(x, 3)])
print({x: [y for y in range(x)] for x in range(4)}, sum(x * x for x in range(5)))
print([y for x in [[1, 2], [3]] for y in x], [c for c in 'hello' if c not in 'l'])
x = 'outer'
print([x for x in range(3)], x)
print([i for i in range(3)], 'i' in dir())

class C:
    data = [1, 2, 3]
    doubled = [v * 2 for v in data]
    try:
        scaled = [v * factor for v in data for factor in [data[0]]]
    except NameError as e:
        err = str(e)
    factor = 10
    try:
        bad = [v * factor for v in data]
    except NameError as e:
        err2 = str(e)
    first_ok = [factor for _ in range(1)] if False else None
print(C.doubled, getattr(C, 'scaled', None), C.err, C.err2)

class D:
    n = 3
    g = (i for i in range(n))
    try:
        h = list(i * n for i in range(2))
    except NameError as e:
        msg = str(e)
print(list(D.g), D.msg)

log = []
def src(name, items):
    log.append(name)
    return items
gen = (a + b for a in src('first', [1, 2]) for b in src('second', [10, 20]))
print(log)
print(next(gen), log)
print(list(gen), log)
try:
    (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [x for x in 5]
except TypeError as e:
    print(type(e).__name__, e)
gen = (1 / x for x in [1, 0])
print(next(gen))
try:
    next(gen)
except ZeroDivisionError as e:
    print(type(e).__name__, e)

def closures():
    return [lambda: i for i in range(3)]
print([f() for f in closures()])
def nested_scopes(n):
    return [[(i, j, n) for j in range(i)] for i in range(n)]
print(nested_scopes(3))
print({(a, b) for a in range(2) for b in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print(dict((k, v) for k, v in [('a', 1), ('b', 2)]), tuple(i for i in range(3)))
print([*(x for x in range(2)), *[y for y in 'ab']])
g = (x for x in range(3))
print(type(g).__name__, g.__name__, g.__qualname__, list(g), list(g))
print([lambda: x for x in range(2)][0].__qualname__)
def outer():
    y = 5
    return [x + y for x in range(3)], {x: y for x in range(2)}, list(x * y for x in range(2))
print(outer())
print([(yield_ := v) for v in range(2)], yield_)
print([i for i in range(5)][::-1], {i: i for i in ()}, [j for j in []])
try:
    {[]: 1 for _ in range(1)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {x for x in [[1]]}
except TypeError as e:
    print(type(e).__name__, e)
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for x in range(3) if x if True], [x for x in (1, 2) for x in (x, x * 10)])
