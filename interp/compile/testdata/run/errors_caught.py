# Run-time errors the compiled code raises, caught and printed.
def attempt(label, fn):
    try:
        fn()
    except Exception as e:
        print(label, type(e).__name__, e)
def f(*a, **k):
    return a, k
attempt("unpack few", lambda: [a for a, b in [(1,)]])
def unpack_ex():
    a, *b, c = [1]
attempt("unpack ex", unpack_ex)
def unbound():
    print(x)
    x = 1
attempt("unbound", unbound)
def free():
    def inner():
        return y
    inner()
    y = 1
attempt("free", free)
attempt("name", lambda: undefined_name)
five = 5
attempt("call int", lambda: five())
attempt("iter int", lambda: [i for i in 5])
nothing = None
attempt("subscript", lambda: nothing[0])
attempt("in int", lambda: 1 in 2)
attempt("binop", lambda: 1 + "a")
attempt("aug", lambda: exec("a = []\na -= 1"))
attempt("import", lambda: __import__("no_such_module_xyz"))
def from_import():
    from sys import no_such_name
attempt("from import", from_import)
attempt("raise non-exc", lambda: exec("raise 5"))
attempt("with non-cm", lambda: exec("with 5: pass"))
attempt("format", lambda: f"{5:q}")
attempt("except type", lambda: exec("try:\n    1/0\nexcept 5:\n    pass"))
def bad_yield_from():
    yield from 5
attempt("yield from", lambda: list(bad_yield_from()))
class NoLen:
    pass
def match_len():
    match NoLen():
        case [a]:
            pass
        case NoLen(a):
            pass
attempt("match class", match_len)
