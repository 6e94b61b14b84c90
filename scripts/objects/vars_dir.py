# vars() and dir(): their results for instances, classes, modules and
# builtins, __dir__ overrides, and their errors.
import sys


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class A:
    cls_attr = 1

    def __init__(self):
        self.inst = 2

    def method(self):
        pass


class B(A):
    other = 3


b = B()
print(vars(b), b.__dict__ is vars(b))
print(sorted(vars(B)), type(vars(B)).__name__)
print([n for n in dir(b) if not n.startswith("__")])
print([n for n in dir(B) if not n.startswith("__")])
print(dir(b) == sorted(dir(b)), "__class__" in dir(b), "__dict__" in dir(b), "__module__" in dir(b))
print(dir(object))
print(dir(A))
print(dir(b))
print(dir(int)[:12], len(dir(int)) > 60)
print([n for n in dir(1) if not n.startswith("_")])
print([n for n in dir("") if not n.startswith("_")])
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir({}) if not n.startswith("_")])
print([n for n in dir(type) if n.startswith("__") and n not in dir(object)])


class Slotted:
    __slots__ = ("x", "y")


print([n for n in dir(Slotted()) if not n.startswith("__")])
show(lambda: vars(Slotted()))
show(lambda: vars(1))
show(lambda: vars(1, 2))
show(lambda: dir(1, 2))


class CustomDir:
    def __dir__(self):
        return ["z", "a", "m"]


print(dir(CustomDir()))


class BadDir:
    def __dir__(self):
        return 5


show(lambda: dir(BadDir()))


class DirTuple:
    def __dir__(self):
        return ("b", "a")


print(dir(DirTuple()))


def f():
    local_a = 1
    local_b = 2
    return dir(), vars()


print(f())
print(sorted(vars(sys))[:3], "path" in dir(sys))


def g():
    pass


g.attr = 1
print(vars(g), [n for n in dir(g) if not n.startswith("__")])


class Meta(type):
    def meta_method(cls):
        pass


class WithMeta(metaclass=Meta):
    pass


print("meta_method" in dir(WithMeta), "meta_method" in dir(Meta), "mro" in dir(WithMeta), "mro" in dir(type))
print([n for n in dir(ValueError("x")) if not n.startswith("__")])
print([n for n in dir(OSError()) if not n.startswith("__")])


class WithGetattr:
    def __getattr__(self, name):
        return 1


print([n for n in dir(WithGetattr()) if not n.startswith("__")])
m = type(sys)("mymod")
m.x = 1
print(dir(m), vars(m))
m.__dir__ = lambda: ["custom"]
print(dir(m))
print(sorted(vars(type("T", (), {"q": 1}))))
