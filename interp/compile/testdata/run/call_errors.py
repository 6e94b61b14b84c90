# Messages of call and unpacking errors.
def attempt(label, fn):
    try:
        fn()
    except Exception as e:
        print(label, type(e).__name__, e)
def f(*a, **k):
    return a, k
attempt("star", lambda: f(*1))
attempt("starstar", lambda: f(**1))
attempt("dup kw", lambda: f(a=1, **{"a": 2}))
print(f(*[1, 2]), f(*(3,)), f(*range(2), **{"k": 1}))
def unpack_many():
    a, b = 1, 2, 3
attempt("unpack many", unpack_many)
