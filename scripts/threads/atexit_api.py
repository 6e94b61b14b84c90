# The atexit module's functions while the program runs: registering,
# unregistering, running the callbacks by hand, and how an exception in a
# callback is reported (on stderr, as an unraisable exception: the
# callback's own frames, no chained exceptions, no notes).
import atexit
import queue

# CPython may start with callbacks registered by site: count from here.
base = atexit._ncallbacks()


def n():
    return atexit._ncallbacks() - base


def attempt(label, f, *args, **kwargs):
    try:
        print(label, "->", f(*args, **kwargs))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class Callback:
    def __init__(self, name, exc=None):
        self.name, self.exc = name, exc

    def __repr__(self):
        return "<callback %s>" % self.name

    def __call__(self, *args, **kwargs):
        print("called", self.name, args, sorted(kwargs.items()))
        if self.exc is not None:
            raise self.exc


def f(*args, **kwargs):
    print("f", args, sorted(kwargs.items()))


def g():
    print("g")


attempt("register()", atexit.register)
attempt("register(func=f)", atexit.register, func=f)
attempt("register(5)", atexit.register, 5)
attempt("register('f')", atexit.register, "f")
print("returns func:", atexit.register(f, 1, 2, key="value") is f)
atexit.register(g)
atexit.register(f, "again")
print("slots:", n())
attempt("unregister()", atexit.unregister)
attempt("unregister(f, g)", atexit.unregister, f, g)
attempt("unregister(func=f)", atexit.unregister, func=f)
attempt("unregister(f)", atexit.unregister, f)
print("slots after unregister:", n())
attempt("unregister(print)", atexit.unregister, print)
attempt("_ncallbacks(1)", atexit._ncallbacks, 1)
attempt("_clear(1)", atexit._clear, 1)
attempt("_run_exitfuncs(1)", atexit._run_exitfuncs, 1)


class BadEq:
    def __eq__(self, other):
        raise ValueError("no comparing")

    def __call__(self):
        pass


atexit.register(BadEq())
attempt("unregister(g) past a bad __eq__", atexit.unregister, g)
print("slots:", n())
atexit._clear()
print("after _clear:", atexit._ncallbacks())

# Run by hand: last registered first, every one even after a failure;
# then the list is empty.
atexit.register(Callback("first"), 1, two=2)
atexit.register(Callback("value error", ValueError("boom")))
atexit.register(Callback("empty message", KeyError()))
atexit.register(Callback("queue.Empty", queue.Empty()))
atexit.register(g)
atexit.unregister(g)
atexit.register(Callback("last"))
print("running")
atexit._run_exitfuncs()
print("after running:", atexit._ncallbacks())


def chained():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("second")


def noted():
    e = KeyError("k")
    e.add_note("a note")
    raise e


def local_class():
    class Inner(Exception):
        pass

    raise Inner("inner")


class Named:
    def __init__(self, fn):
        self.fn = fn

    def __repr__(self):
        return "<named %s>" % self.fn.__name__

    def __call__(self):
        self.fn()


for fn in (chained, noted, local_class):
    atexit.register(Named(fn))
atexit._run_exitfuncs()
atexit.register(lambda: print("a callback left for exit runs"))
print("end of program")
