def f(x):
    global x
# ---
def f():
    print(x)
    global x
# ---
def f():
    x = 1
    global x
# ---
nonlocal x
# ---
def f():
    nonlocal x
# ---
def f():
    x = 1
    def g():
        global x
        nonlocal x
# ---
return 1
# ---
yield 1
# ---
await x
# ---
class C:
    return 1
# ---
class C:
    yield
# ---
break
# ---
continue
# ---
while x:
    def f():
        break
# ---
for x in y:
    class C:
        continue
# ---
[x := 1 for x in y]
# ---
[i for i in range(5) if (j := 0) for j in range(5)]
# ---
def f(a, a):
    pass
# ---
lambda a, a: 0
# ---
def f(a, *, a): pass
# ---
[(yield) for x in y]
# ---
def f():
    return [(yield x) for x in y]
# ---
def f():
    return {(yield x) for x in y}
# ---
def f():
    return {x: (yield) for x in y}
# ---
def f():
    return ((yield x) for x in y)
# ---
class C:
    [(y := 1) for x in z]
# ---
def f():
    x = 1
    def g():
        nonlocal x
        x: int = 2
# ---
def f():
    global x
    x: int
# ---
def f(x):
    nonlocal x
# ---
def f():
    x = 1
    nonlocal x
# ---
def f():
    print(x)
    nonlocal x
# ---
match x:
    case [a, a]:
        pass
# ---
match x:
    case a | b:
        pass
# ---
match x:
    case [a] | [b]:
        pass
# ---
match x:
    case a:
        pass
    case 1:
        pass
# ---
match x:
    case _:
        pass
    case 1:
        pass
# ---
match x:
    case {"a": 1, "a": 2}:
        pass
# ---
match x:
    case C(a=1, a=2):
        pass
# ---
match x:
    case 1 | a | 2:
        pass
# ---
match x:
    case {**rest, }:
        pass
    case [*a, *a]:
        pass
# ---
match x:
    case [_, a, {"k": a}]:
        pass
# ---
async def f():
    def g():
        await x
# ---
def f():
    await x
# ---
def f():
    [x async for x in y]
# ---
def f():
    async with x:
        pass
# ---
def f():
    async for x in y:
        pass
# ---
import os
from __future__ import annotations
# ---
from __future__ import braces
# ---
from __future__ import nonexistent
# ---
def f():
    for x in y:
        pass
    else:
        break
# ---
try:
    pass
finally:
    def g():
        continue
# ---
x = 1
def f():
    x = 2
    def g():
        x += 1
        global x
# ---
def f():
    [x for x in y for z in (w := y)]
# ---
def f():
    [(w := 1) for x in y for x in (w := z)]
# ---
def f(**kw, ):
    pass
    del __debug__
# ---
__debug__ = 1
# ---
def f(__debug__): pass
# ---
x.__debug__ = 1
# ---
def f():
    yield from x
    return [(yield from x) for _ in z]
# ---
async def f():
    yield from x
# ---
async def f():
    [x async for x in y]
    return (yield 1)
    return 5
# ---
def f():
    x: int
    global x
# ---
def f():
    def x(): pass
    global x
# ---
def f():
    for x in y:
        global x
# ---
f(a=1, a=2)
# ---
class C(a=1, a=2): pass
# ---
[[(j := j) for i in range(5)] for j in range(5)]
# ---
def f():
    print(a)
    nonlocal a
# ---
del __debug__
# ---
lambda: (yield)
[(lambda: (yield)) for x in ()]
[1 for x in (yield)]
# ---
with a as __debug__: pass
# ---
from __future__ import annotations
x: (yield)
# ---
from __future__ import annotations
def f(a: (yield)): pass
# ---
from __future__ import annotations
class C:
    x: (y := 1)
# ---
from __future__ import annotations
async def f():
    x: await y
# ---
def f():
    from os import *
