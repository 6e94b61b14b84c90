# Metaclasses: __new__, __init__, __call__, __prepare__, inheritance of
# the metaclass, the conflict error, and methods defined on them.


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", mcls.__name__, name, [b.__name__ for b in bases], kw)
        return {"injected": 1}

    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kw):
        print("call", cls.__name__, args, kw)
        return super().__call__(*args, **kw)

    def meta_method(cls):
        return "meta_method of " + cls.__name__


class A(metaclass=Meta, flag=1):
    x = 1

    def __init__(self, v=0):
        self.v = v


a = A(5)
print(a.v, A.injected, type(A).__name__, A.meta_method())
show(lambda: a.meta_method())


class B(A):
    pass


print(type(B).__name__)


class OtherMeta(type):
    pass


class C(metaclass=OtherMeta):
    pass


def conflict():
    class D(A, C):
        pass


show(conflict)


class SubMeta(Meta, OtherMeta):
    pass


class E(A, C, metaclass=SubMeta):
    pass


print(type(E).__name__)


class Singleton(type):
    _instances = {}

    def __call__(cls, *args):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args)
        return cls._instances[cls]


class S(metaclass=Singleton):
    pass


print(S() is S())


class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        class Ns(dict):
            def __setitem__(self, k, v):
                print("ns set", k)
                super().__setitem__(k, v)
        return Ns()


class O(metaclass=Ordered):
    a = 1

    def f(self):
        pass


class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42


def bad_prepare():
    class X(metaclass=BadPrepare):
        pass


show(bad_prepare)


def func_meta(name, bases, ns):
    print("func_meta", name, bases)
    return 42


class F(metaclass=func_meta):
    pass


print(F)
T = type("T", (), {"a": 1, "m": lambda self: "m"})
print(T.__name__, T.a, T().m(), T.__module__, T.__qualname__)
T2 = type("T2", (T,), {})
print(T2.__mro__)
show(lambda: type("X", 1, {}))
show(lambda: type("X", (), 1))
show(lambda: type(1, (), {}))
show(lambda: type("X", (1,), {}))
show(lambda: type("X"))
show(lambda: type("X", ()))
show(lambda: type())
show(lambda: type("X", (bool,), {}))
show(lambda: type("X", (int, int), {}))
print(type(type), type(Meta), isinstance(A, Meta), isinstance(A, type))
print(Meta.__mro__)
print(type.__name__, type.__qualname__, type.__module__)


class WithNewOnly(type):
    def __new__(mcls, name, bases, ns):
        ns["added"] = "by meta"
        return type.__new__(mcls, name, bases, ns)


class G(metaclass=WithNewOnly):
    pass


print(G.added)


class ReturnOther(type):
    def __new__(mcls, name, bases, ns):
        return "not a class"


class H(metaclass=ReturnOther):
    pass


print(H)


class MetaAttr(type):
    species = "meta"

    @property
    def computed(cls):
        return "computed for " + cls.__name__


class I(metaclass=MetaAttr):
    pass


print(I.species, I.computed)
show(lambda: I().species)
print(type(I).__dict__["computed"].__get__(I))


class MetaRepr(type):
    def __repr__(cls):
        return "<MetaRepr " + cls.__name__ + ">"


class J(metaclass=MetaRepr):
    pass


print(J, repr(J), str(J), [J])


class MetaInit(type):
    def __init__(cls, *args):
        super().__init__(*args)
        cls.registered = True


class K(metaclass=MetaInit):
    pass


print(K.registered)
show(lambda: type.__new__(1, "x", (), {}))
show(lambda: type.__new__(int, "x", (), {}))
show(lambda: type.__init__(K, 1, 2))
