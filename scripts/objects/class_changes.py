# Changing classes after creation: __class__ assignment, adding and
# removing methods (caches must see the change), __bases__ changes.


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


class S1:
    __slots__ = ("a",)


class S2:
    __slots__ = ("b",)


a = A()
print(a.who())
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B))
show(lambda: setattr(a, "__class__", int))
show(lambda: setattr(a, "__class__", 1))
show(lambda: setattr(S1(), "__class__", S2))
show(lambda: setattr(1, "__class__", bool))
show(lambda: delattr(a, "__class__"))
show(lambda: setattr([], "__class__", tuple))


class L1(list):
    pass


class L2(list):
    pass


l = L1([1])
l.__class__ = L2
print(type(l).__name__, l)
show(lambda: setattr(l, "__class__", A))
show(lambda: setattr(A(), "__class__", L1))


def hello(self):
    return "hello " + type(self).__name__


calls = []
for i in range(3):
    if i == 1:
        A.who = hello
    calls.append(A().who())
print(calls)
del A.who
show(lambda: A().who())


class Base:
    def m(self):
        return "Base.m"


class Derived(Base):
    pass


d = Derived()
results = []
for i in range(4):
    results.append(d.m())
    if i == 0:
        Base.m = lambda self: "patched Base.m"
    if i == 1:
        Derived.m = lambda self: "Derived.m"
    if i == 2:
        del Derived.m
print(results)
attr_results = []
for i in range(3):
    attr_results.append(getattr(d, "x", "missing"))
    if i == 0:
        Base.x = "class x"
    if i == 1:
        d.x = "instance x"
print(attr_results)


class Other:
    def m(self):
        return "Other.m"


print(Derived.__mro__)
Derived.__bases__ = (Other,)
print(Derived.__mro__, d.m())
Derived.__bases__ = (Base,)
print(d.m())
show(lambda: setattr(Derived, "__bases__", (Derived,)))
show(lambda: setattr(Base, "__bases__", (Derived,)))
show(lambda: setattr(Derived, "__bases__", (1,)))
show(lambda: setattr(Derived, "__bases__", []))
show(lambda: setattr(Derived, "__bases__", (S1,)))
show(lambda: setattr(Derived, "__bases__", (Base, Base)))


class P:
    @property
    def v(self):
        return "property"


pp = P()
pp.__dict__["v"] = "dict"
vals = []
for i in range(3):
    vals.append(pp.v)
    if i == 0:
        P.v = "plain attribute now"
    if i == 1:
        del P.v
print(vals)


class WithSetattr:
    pass


w = WithSetattr()
seen = []
for i in range(3):
    w.val = i
    if i == 0:
        WithSetattr.__setattr__ = lambda self, k, v: seen.append((k, v))
    if i == 1:
        del WithSetattr.__setattr__
print(seen, w.__dict__)


class Spec:
    pass


s = Spec()
out = []
for i in range(3):
    try:
        out.append(len(s))
    except TypeError as e:
        out.append(str(e))
    Spec.__len__ = lambda self: 42
print(out)
Spec.__repr__ = lambda self: "<Spec repr>"
print(repr(s), str(s), f"{s}")
Spec.__eq__ = lambda self, other: True
print(s == 1, Spec.__hash__ is not None)
Spec.__add__ = lambda self, other: "added"
print(s + 1)
Spec.__iter__ = lambda self: iter([1, 2])
print(list(s))
Spec.__bool__ = lambda self: False
print(bool(s))
del Spec.__bool__
print(bool(s))
Spec.__call__ = lambda self: "called"
print(s())
Spec.__getattr__ = lambda self, name: "ga " + name
print(s.zzz)
Spec.__getattribute__ = lambda self, name: "gab " + name
print(s.zzz)
del Spec.__getattribute__
del Spec.__getattr__
show(lambda: s.zzz)
