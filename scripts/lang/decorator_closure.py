# A decorator whose wrapper closes over the function it wraps, with cells
# and free variables in the same function (gpython v0.2.0 mis-indexed
# these), nested decorators, and a closure over a loop variable.
import functools


def trace(f):
    calls = []

    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        calls.append(args)
        result = f(*args, **kwargs)
        print("called", f.__name__, args, kwargs, "->", result)
        return result

    wrapper.calls = calls
    return wrapper


def repeat(times):
    def deco(f):
        def inner(*a):
            return [f(*a) for _ in range(times)]
        return inner
    return deco


@trace
def add(a, b=2):
    return a + b


@repeat(3)
@trace
def square(x):
    return x * x


print(add(1), add(1, b=5), add.calls, add.__name__, add.__wrapped__(10))
print(square(4))


def counter():
    count = 0

    def bump(step=1):
        nonlocal count
        count += step
        return count
    return bump


b = counter()
print(b(), b(), b(5), [c.cell_contents for c in b.__closure__], b.__code__.co_freevars)


def outer(f):
    def mid():
        def inner():
            return f() + 1
        return inner
    return mid()


print(outer(lambda: 41)())
fs = [lambda i=i: i * 10 for i in range(3)]
gs = [lambda: i for i in range(3)]
print([f() for f in fs], [g() for g in gs])


@trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print(fact(4), len(fact.calls))
