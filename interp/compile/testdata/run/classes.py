class Base:
    """A base."""
    kind = "base"
    def __init__(self, v):
        self.v = v
    def describe(self):
        return f"{type(self).__name__}({self.v}) kind={self.kind}"
    @classmethod
    def make(cls, v):
        return cls(v)
    @staticmethod
    def util(x):
        return x * 2
    @property
    def double(self):
        return self.v * 2
class Child(Base):
    kind = "child"
    def describe(self):
        return "child:" + super().describe()
    def cls(self):
        return __class__.__name__
print(Base(1).describe(), Child.make(2).describe(), Child.util(4), Child(5).double)
print(Child.__doc__, Base.__doc__, Child.__qualname__, Child(1).cls())
print(Child.__mro__[1].__name__, Base.__module__)
def factory(x):
    class Local:
        y = x
        def get(self):
            return x, self.y
    return Local
L = factory(7)
print(L().get(), L.__qualname__)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["extra"] = kw
        return super().__new__(mcls, name, bases, ns)
class WithMeta(metaclass=Meta, flag=True):
    pass
print(WithMeta.extra)
class Private:
    __secret = 42
    def reveal(self):
        return self.__secret, Private._Private__secret
print(Private().reveal())
class Annot:
    a: int = 1
    b: str
print(Annot.__annotations__, Annot.a)
class Shadow:
    x = 1
    y = [x for _ in range(2)] if False else None
    def m(self):
        return x
x = "global"
print(Shadow().m())
def deco(cls):
    cls.decorated = True
    return cls
@deco
class D:
    pass
print(D.decorated)
