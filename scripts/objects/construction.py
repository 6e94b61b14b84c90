# Instance creation: __new__ and __init__ (their arguments, return
# values, __new__ returning another type), object() with arguments, and
# type(name, bases, dict).


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Plain:
    pass


show(lambda: object(1))
show(lambda: object(x=1))
show(lambda: Plain(1))
show(lambda: Plain(a=1))
show(lambda: object.__new__(Plain, 1))
show(lambda: object.__init__(Plain(), 1))
show(lambda: object.__new__(1))
show(lambda: object.__new__(int))
show(lambda: object.__new__())
show(lambda: object.__init__())
print(type(object.__new__(Plain)).__name__)


class InitOnly:
    def __init__(self, x):
        self.x = x


class NewOnly:
    def __new__(cls, x):
        obj = super().__new__(cls)
        obj.x = x
        return obj


print(InitOnly(1).x, NewOnly(2).x)
show(lambda: InitOnly())
show(lambda: InitOnly(1, 2))
show(lambda: NewOnly())
show(lambda: object.__new__(InitOnly, 1).__class__.__name__)
show(lambda: object.__init__(InitOnly(1), 2))
show(lambda: object.__new__(NewOnly, 1).__class__.__name__)
show(lambda: object.__init__(NewOnly(1), 2))


class BadInit:
    def __init__(self):
        return 42


class NoneInit:
    def __init__(self):
        return None


show(BadInit)
print(type(NoneInit()).__name__)


class ReturnsOther:
    def __new__(cls):
        print("new called")
        return 42

    def __init__(self):
        print("init not called")


print(ReturnsOther())


class ReturnsSubclass:
    def __new__(cls):
        return object.__new__(Child)

    def __init__(self):
        print("init of", type(self).__name__)


class Child(ReturnsSubclass):
    pass


print(type(ReturnsSubclass()).__name__)


class ReturnsParent:
    def __new__(cls):
        return object.__new__(Plain)

    def __init__(self):
        print("not called for a Plain")


print(type(ReturnsParent()).__name__)


class Counted:
    instances = 0

    def __new__(cls, *args, **kwargs):
        cls.instances += 1
        return super().__new__(cls)

    def __init__(self, *args, **kwargs):
        self.args = args, kwargs


c = Counted(1, k=2)
print(Counted.instances, c.args)


class IntLike(int):
    def __new__(cls, value, label):
        obj = super().__new__(cls, value)
        obj.label = label
        return obj


il = IntLike(5, "five")
print(il, il.label, il + 1, type(il).__name__)
show(lambda: IntLike(5))


class ListInit(list):
    def __init__(self, *args):
        super().__init__(args)


print(ListInit(1, 2, 3))


class StaticNew:
    @staticmethod
    def __new__(cls):
        return "static new result"


print(StaticNew())


class NewIsFunction:
    pass


NewIsFunction.__new__ = lambda cls: "assigned new"
print(NewIsFunction())


class InitNotCallable:
    __init__ = 5


show(InitNotCallable)


class NewNone:
    __new__ = None


show(NewNone)


class InitRaises:
    def __init__(self):
        raise ValueError("bad init")


show(InitRaises)
X = type("X", (), {"a": 1, "__init__": lambda self, v: setattr(self, "v", v)})
x = X(3)
print(X.__name__, X.__qualname__, X.__module__, X.a, x.v, X.__bases__, X.__doc__)
Y = type("Y", (X,), {"__doc__": "doc", "__qualname__": "Some.Y", "__module__": "m"})
print(Y.__qualname__, Y.__module__, Y.__doc__, Y(1).v)
show(lambda: type("Z", (), {"__qualname__": 1}))
show(lambda: type("Z", (), {"__slots__": 1}))
show(lambda: type("Z", (), {}, extra=1))
show(lambda: type.__call__(Plain, 1))
show(lambda: int.__new__(Plain))
show(lambda: int.__new__(bool))
show(lambda: list.__new__(tuple))
show(lambda: dict.__new__(1))
print(type(int.__new__(IntLike, 7)).__name__, type(list.__new__(ListInit)).__name__)
show(lambda: type.__new__(type, "Q", (), {}).__name__)
show(lambda: type("Q", (Plain,), {"__classcell__": 1}))
print(type(type(Plain)).__name__, type(1) is int, type(None).__name__)
show(lambda: type(1, 2))
show(lambda: type(1, 2, 3, 4))
show(lambda: type(name="x"))
