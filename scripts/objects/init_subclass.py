# __init_subclass__ (with keyword arguments), __class_getitem__ and
# __set_name__ ordering during class creation.


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Registry:
    registered = []

    def __init_subclass__(cls, /, prefix="", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.prefix = prefix
        Registry.registered.append(prefix + cls.__name__)


class A(Registry, prefix="a_"):
    pass


class B(A):
    pass


class C(Registry):
    pass


print(Registry.registered, A.prefix, B.prefix, C.prefix)
print(type(Registry.__dict__["__init_subclass__"]).__name__)


def bad_kw():
    class X(Registry, unknown=1):
        pass


show(bad_kw)


def object_kw():
    class Y(flag=True):
        pass


show(object_kw)


class Plain:
    pass


def plain_kw():
    class Z(Plain, x=1):
        pass


show(plain_kw)


class Order:
    def __init_subclass__(cls):
        print("init_subclass sees", sorted(k for k in cls.__dict__ if not k.startswith("__")))


class Named:
    def __set_name__(self, owner, name):
        print("set_name", name)


class Sub(Order):
    a = Named()
    b = Named()


class Explicit:
    @classmethod
    def __init_subclass__(cls, **kw):
        print("explicit", cls.__name__, kw)


class E(Explicit, k=1):
    pass


class Generic:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"


print(Generic[int], Generic["x"], Generic[1, 2])


class SubGeneric(Generic):
    pass


print(SubGeneric[str])
show(lambda: Plain[int])
show(lambda: Plain()[0])
print(type(Generic.__dict__["__class_getitem__"]).__name__)
print(list[int], dict[str, int], tuple[int, ...], type[int])
print(list[int].__origin__, list[int].__args__)
print(type(list[int]).__name__)


class MyList(list):
    pass


print(MyList[int])


class NotCallable:
    __class_getitem__ = 5


show(lambda: NotCallable[int])


class BadInit:
    def __init_subclass__(cls):
        raise ValueError("refused " + cls.__name__)


def bad_init():
    class Refused(BadInit):
        pass


show(bad_init)


class Multi1:
    def __init_subclass__(cls, **kw):
        print("Multi1", cls.__name__, kw)
        super().__init_subclass__()


class Multi2:
    def __init_subclass__(cls, **kw):
        print("Multi2", cls.__name__, kw)


class MM(Multi1, Multi2, q=2):
    pass
