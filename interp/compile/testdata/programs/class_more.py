def outer(x):
    class A:
        y = x
        def m(self):
            return x, __class__
        def n(self):
            return super().n()
        __private = 1
        def p(self):
            return self.__private + A.__private
        x = 2
        z = [x for _ in range(2)]
    return A
class B(metaclass=Meta):
    __slots__ = ('__a',)
    def __init__(self, __b=1, *, __c=2):
        self.__a = __b
        import __mod
        from m import __n
    @classmethod
    def c(cls, **__kw): return cls
class _:
    __x = 1
class __:
    __y = 2
def deco_qual():
    @d
    class Q:
        def r(self): pass
    global G
    def G(): pass
    return Q, G
class T:
    global U
    class U:
        def v(self): pass
