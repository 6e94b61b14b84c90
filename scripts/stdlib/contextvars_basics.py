# contextvars: variables, tokens and contexts, with CPython's errors.
import contextvars
from contextvars import Context, ContextVar, Token, copy_context


def mask(s):
    # Reprs carry addresses, which change from run to run: 0x... -> ADDR.
    parts = str(s).split("0x")
    out = parts[0]
    for p in parts[1:]:
        out += "ADDR" + p.lstrip("0123456789abcdef")
    return out


def show(f):
    try:
        print(mask(f()))
    except Exception as e:
        print(type(e).__name__, mask(e))


addr_free = mask


print(sorted(contextvars.__all__))
print(Context.__module__, ContextVar.__module__, Token.__module__)
a = ContextVar("a")
b = ContextVar("b", default=2)
print(a.name, b.name, addr_free(repr(a)), addr_free(repr(b)))
show(lambda: a.get())
print(a.get(10), b.get(), b.get(20))
show(lambda: a.get(default=1))
tok = a.set(1)
print(type(tok).__name__, tok.var is a, tok.old_value is Token.MISSING, Token.MISSING)
print(addr_free(repr(tok)))
tok2 = a.set(5)
print(a.get(), tok2.old_value)
a.reset(tok2)
print(a.get())
show(lambda: a.reset(tok2))
a.reset(tok)
show(lambda: a.get())
show(lambda: a.reset("tok"))
tb = b.set(3)
show(lambda: a.reset(tb))
b.reset(tb)
print(b.get())

# Contexts are mappings from variables to values.
a.set("x")
b.set("y")
ctx = copy_context()
print(len(ctx), a in ctx, ctx[a], ctx.get(b), ctx.get(ContextVar("z")), ctx.get(ContextVar("z"), 7))
print(sorted(v.name for v in ctx), sorted(v.name for v in ctx.keys()))
print(sorted(ctx.values()), sorted((k.name, v) for k, v in ctx.items()))
k = ctx.keys()
print(len(k), len(list(k)), len(list(k)))
show(lambda: ctx[1])
show(lambda: 1 in ctx)
show(lambda: ctx.get("a"))
show(lambda: ctx[ContextVar("q")].name)
show(lambda: hash(ctx))
print(ctx == copy_context(), ctx == ctx.copy(), ctx != Context(), len(Context()), bool(Context()))
show(lambda: Context(1))
show(lambda: Token())
show(lambda: ContextVar(1))
show(lambda: ContextVar())
show(lambda: ContextVar("n", 1))
for base in (Context, ContextVar, Token):
    try:
        class Sub(base):
            pass
    except TypeError as e:
        print(type(e).__name__, e)
print(ContextVar[int], Token[str])
try:
    a.name = "b"
except AttributeError as e:
    print(type(e).__name__, e)

# run() executes a callable in a context; changes stay in it.
c2 = copy_context()


def work(n, *, step=1):
    a.set(n + step)
    return a.get(), len(copy_context())


print(c2.run(work, 10, step=5), a.get(), c2[a])
print(c2.run(a.get), a.get())
show(lambda: c2.run())
show(lambda: c2.run(lambda: c2.run(lambda: 0)))
c3 = Context()
print(c3.run(lambda: (a.get("unset"), b.get())))


# A token made in one context cannot reset in another.
def make_token():
    return a.set("inner")


t_inner = copy_context().run(make_token)
show(lambda: a.reset(t_inner))
print(mask(t_inner), mask(copy_context()))
