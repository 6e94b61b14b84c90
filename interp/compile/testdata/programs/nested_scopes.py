def a():
    x = 1
    class B:
        x = 2
        def c(self):
            nonlocal x
            x = 3
            def d():
                return x, __class__
            return d
        y = [x for _ in range(3)]
        z = lambda: x
    return B
def e(p, q, /, r, *s, t, **u):
    def f():
        return p, s, u
    def g():
        nonlocal q
        q = 1
    return f, g
def h():
    v = 1
    def i():
        def j():
            def k():
                return v
            return k
        return j
    return i
class L:
    def m(self):
        return [super() for _ in (1,)], (lambda: __class__)()
    def n(self):
        class Inner:
            def o(self):
                return __class__
        return Inner
