class A:
    pass
class B(A):
    "doc"
    x = 1
    def method(self):
        return super().method()
    def other(self):
        return __class__
    @staticmethod
    def s():
        pass
    @property
    def p(self):
        return self.x
class C(A, B, metaclass=M, **kw):
    y = x
class D(*bases):
    pass
@decorator
class E:
    class Inner:
        def m(self):
            pass
def f():
    v = 1
    class Local:
        w = v
        def g(self):
            return v
    return Local
def f2():
    x = 1
    class K:
        x = 2
        y = x
    return K
class F:
    def __init__(self):
        self.a = 1
    def g(self):
        def h():
            return super()
        return h
class G:
    def f(self):
        return [super() for _ in ()]
