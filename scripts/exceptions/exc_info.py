# sys.exc_info() and sys.exception() inside and outside handlers, in
# nested handlers, generators, finally blocks and after with-suppression.
import sys


def show(label):
    t, v, tb = sys.exc_info()
    print(label, t.__name__ if t else None, repr(v), tb is not None,
          repr(sys.exception()))


show("outside")
try:
    raise ValueError("a")
except ValueError:
    show("handler")
    try:
        raise KeyError("b")
    except KeyError:
        show("nested")
    show("back")
show("after")

try:
    try:
        raise TypeError("t")
    finally:
        show("finally")
except TypeError:
    pass


def gen():
    show("gen start")
    yield 1
    show("gen resumed")
    yield 2


g = gen()
try:
    raise RuntimeError("outer")
except RuntimeError:
    next(g)
next(g)


def func():
    show("called from handler")


try:
    1 / 0
except ZeroDivisionError:
    func()


class Suppress:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        show("__exit__")
        print("args", [x.__name__ if isinstance(x, type) else repr(x) if x is None or isinstance(x, BaseException) else type(x).__name__ for x in exc])
        return True


with Suppress():
    raise IndexError("suppressed")
show("after with")

try:
    raise ValueError("x")
except ValueError as e:
    print(sys.exc_info()[1] is e, sys.exception() is e, sys.exc_info()[2] is e.__traceback__)
print(sys.exception())


def reraiser():
    try:
        raise KeyError("k1")
    except KeyError:
        try:
            raise
        except KeyError as again:
            print("reraised", repr(again), repr(again.__context__))


reraiser()
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
