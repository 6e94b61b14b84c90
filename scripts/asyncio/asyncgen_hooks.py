# sys.set_asyncgen_hooks / get_asyncgen_hooks: per-thread hooks, argument
# checks, and the firstiter hook called once per async generator, on its
# first __anext__, asend, athrow or aclose.
import sys
import threading


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


h = sys.get_asyncgen_hooks()
print(h, type(h).__name__, len(h), h.firstiter, h.finalizer, h[0], h[1])
show('bad firstiter', lambda: sys.set_asyncgen_hooks(firstiter=1))
show('bad finalizer', lambda: sys.set_asyncgen_hooks(finalizer='x'))
show('both bad', lambda: sys.set_asyncgen_hooks(firstiter=1, finalizer='x'))
show('too many', lambda: sys.set_asyncgen_hooks(1, 2, 3))
show('unknown kw', lambda: sys.set_asyncgen_hooks(foo=1))
show('twice', lambda: sys.set_asyncgen_hooks(None, firstiter=None))
show('get args', lambda: sys.get_asyncgen_hooks(1))
print(sys.get_asyncgen_hooks())

seen = []


def firstiter(agen):
    seen.append(agen.__name__)


def finalizer(agen):
    seen.append('final ' + agen.__name__)


show('set', lambda: sys.set_asyncgen_hooks(firstiter, finalizer))
print(sys.get_asyncgen_hooks().firstiter is firstiter,
      sys.get_asyncgen_hooks().finalizer is finalizer)
show('keep finalizer', lambda: sys.set_asyncgen_hooks(firstiter=None))
print(sys.get_asyncgen_hooks().firstiter, sys.get_asyncgen_hooks().finalizer is finalizer)
sys.set_asyncgen_hooks(firstiter)
print(sys.get_asyncgen_hooks().finalizer is finalizer)


async def gen1():
    yield 1


async def gen2():
    yield 2


async def gen3():
    yield 3


async def gen4():
    yield 4


g = gen1()
a = g.__anext__()
b = g.__anext__()
g2 = gen2()
g2.asend(None)
g3 = gen3()
g3.athrow(ValueError)
g4 = gen4()
g4.aclose()
print(seen)
a.close()
b.close()

# A hook that raises: the error comes from the method, once.
def failing(agen):
    raise RuntimeError('hook failed for ' + agen.__name__)


sys.set_asyncgen_hooks(failing)
g5 = gen1()
show('first', lambda: g5.__anext__())
show('second', lambda: type(g5.__anext__()).__name__)

# The hooks are per thread: a new thread starts with none.
other = []
t = threading.Thread(target=lambda: other.append(sys.get_asyncgen_hooks()))
t.start()
t.join()
print(other)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
