# Tracebacks through generators, comprehensions, __exit__, decorators,
# context cycles, class bodies, attribute and call chains, multi-line
# expressions, assertions and unbound variables, via format_exc.
import traceback
def show(f):
    try:
        f()
    except BaseException:
        print(traceback.format_exc(), end="")
def gen():
    yield 1
    raise ValueError("in gen")
show(lambda: list(gen()))
show(lambda: [1 / x for x in [1, 0]])
show(lambda: {k: v for k, v in [(1, 2), (3,)]})
class Ctx:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
def w():
    with Ctx():
        raise KeyError("body")
show(w)
def deco(f):
    def wrapper(*a):
        return f(*a)
    return wrapper
@deco
def decorated(x):
    return x.missing
show(lambda: decorated(1))
def cyc():
    a = ValueError("a"); b = KeyError("b")
    a.__context__ = b; b.__context__ = a
    raise a
show(cyc)
def self_ctx():
    e = ValueError("self")
    e.__context__ = e
    raise e
show(self_ctx)
def in_class():
    class X:
        y = 1 / 0
show(in_class)
def attr_chain():
    obj = type("O", (), {"a": None})()
    return obj.a.b.c
show(attr_chain)
def call_chain():
    return int("x", base=10)
show(call_chain)
def multiline():
    return (1 +
            2 +
            None)
show(multiline)
def slice_err():
    x = [1, 2]
    return x["a":"b"]
show(slice_err)
def nested_call():
    return max(min(1, "a"), 2)
show(nested_call)
def star_err():
    def f(a): pass
    f(*[1, 2])
show(star_err)
def kw_err():
    dict(**{1: 2})
show(kw_err)
def assert_fail():
    assert 1 == 2, "numbers differ"
show(assert_fail)
def unbound():
    print(zz)
    zz = 1
show(unbound)
def free_var():
    def inner(): return q
    inner()
    q = 1
show(free_var)
