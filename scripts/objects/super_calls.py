# super() in both forms, through diamonds, in classmethods, __new__ and
# properties, and the errors of each misuse.


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class A:
    def who(self):
        return ["A"]

    @classmethod
    def make(cls):
        return "A.make(%s)" % cls.__name__

    @staticmethod
    def st():
        return "A.st"

    @property
    def p(self):
        return "A.p"


class B(A):
    def who(self):
        return ["B"] + super().who()

    @classmethod
    def make(cls):
        return "B>" + super().make()

    @property
    def p(self):
        return "B>" + super().p


class C(A):
    def who(self):
        return ["C"] + super().who()


class D(B, C):
    def who(self):
        return ["D"] + super().who()

    def explicit(self):
        return super(B, self).who()


print(D().who())
print(D().explicit())
print(D.make())
print(B().p)
print(super(D, D()).who())
print(super(B, D).make())
print(super(C, D()).st())
print(super(D, D).who(D()))

s = super(B, D())
print(type(s).__name__)
print(s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
s2 = super(B, D)
print(s2.__thisclass__.__name__, s2.__self__.__name__, s2.__self_class__.__name__)
u = super(B)
print(u.__thisclass__.__name__, u.__self__, u.__self_class__)

show(lambda: super())
show(lambda: super(B, 1))
show(lambda: super(B, A()))
show(lambda: super(1, B()))
show(lambda: super(B, A))
show(lambda: super(B, D()).missing)
show(lambda: super(D, D()).missing)


def outside():
    return super().x


show(outside)


class E:
    def m(self):
        def inner():
            return super().m()
        return inner()

    def n(self):
        return super().__repr__ is not None

    def uses_class(self):
        return __class__.__name__


show(lambda: E().m())
print(E().n(), E().uses_class())


class Base:
    def __init__(self, x):
        self.x = x

    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.tag = kw.get("tag", "none")


class Derived(Base, tag="t"):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y


d = Derived(1, 2)
print(d.x, d.y, Derived.tag)


class N:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.args = args
        return obj


print(N(1, 2).args)


class Str(str):
    def upper(self):
        return "<" + super().upper() + ">"


print(Str("abc").upper())


class Attr:
    x = "Attr.x"


class Attr2(Attr):
    x = "Attr2.x"

    def get(self):
        return super().x, self.x


print(Attr2().get())


class SetMe:
    def __setattr__(self, name, value):
        super().__setattr__(name, value * 2)


sm = SetMe()
sm.v = 21
print(sm.v)


class NoArgFirst:
    def f(*args):
        return super().__class__.__name__


show(lambda: NoArgFirst().f())


class Staticky:
    @staticmethod
    def s():
        return super().x


show(Staticky.s)
