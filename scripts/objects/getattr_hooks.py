# __getattr__ and __getattribute__, and how they interact with
# descriptors, AttributeError and getattr()/hasattr().


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Fallback:
    real = "real"

    def __init__(self):
        self.inst = "inst"

    def __getattr__(self, name):
        if name.startswith("no"):
            raise AttributeError(f"custom: {name}")
        return "fallback:" + name


f = Fallback()
print(f.real, f.inst, f.other)
show(lambda: f.nothing)
print(getattr(f, "nope", "default"), hasattr(f, "nope"), hasattr(f, "yes"))


class Tracing:
    def __init__(self):
        self.x = 1

    def __getattribute__(self, name):
        print("getattribute", name)
        return object.__getattribute__(self, name)

    def method(self):
        return "method"


tr = Tracing()
print(tr.x)
print(tr.method())
show(lambda: tr.missing)


class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("from getattribute")
        if name == "type_error":
            raise TypeError("not attribute error")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "getattr:" + name


bo = Both()
print(bo.boom)
show(lambda: bo.type_error)
print(bo.anything)


class PropertyRaises:
    @property
    def p(self):
        raise AttributeError("inside property")

    def __getattr__(self, name):
        return "rescued " + name


print(PropertyRaises().p)


class Recursion:
    def __getattr__(self, name):
        return self.__dict__[name]


show(lambda: Recursion().x)


class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)

    def __getattr__(self, name):
        return getattr(self._target, name)


px = Proxy([3, 1, 2])
px.sort()
print(px._target, px.count(1))
show(lambda: px.nonexistent)


class Meta(type):
    def __getattr__(cls, name):
        return "meta getattr " + name


class WithMeta(metaclass=Meta):
    x = 1


print(WithMeta.x, WithMeta.y)
show(lambda: WithMeta().y)


class GetattributeOnly:
    def __getattribute__(self, name):
        return "always " + name


g = GetattributeOnly()
print(g.a, g.__class__, g.__dict__)
print(type(g).__name__)


class DynamicGetattr:
    pass


d = DynamicGetattr()
show(lambda: d.later)
DynamicGetattr.__getattr__ = lambda self, name: "added " + name
print(d.later)
del DynamicGetattr.__getattr__
show(lambda: d.later)


class Special:
    def __getattr__(self, name):
        return lambda *a: "special " + name


sp = Special()
show(lambda: len(sp))
show(lambda: sp + 1)
print(sp.__len__())
show(lambda: getattr(sp, 1))
show(lambda: getattr(sp))
print(getattr(1, "real"), getattr(1, "nope", None))
show(lambda: getattr(1, "nope"))
show(lambda: object.__getattribute__(1, "nope"))
show(lambda: object.__getattribute__(f, 5))


class Slotted:
    __slots__ = ("a",)

    def __getattr__(self, name):
        return "slot fallback " + name


print(Slotted().a)
