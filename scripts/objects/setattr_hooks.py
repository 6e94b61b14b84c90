# __setattr__ and __delattr__ overrides, object.__setattr__ from them,
# and setattr/delattr on builtin objects.


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Logged:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)


lg = Logged()
lg.a = 1
setattr(lg, "b", 2)
print(lg.a, lg.b, vars(lg))
del lg.a
delattr(lg, "b")
show(lambda: delattr(lg, "c"))
print(vars(lg))


class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is frozen")

    def __delattr__(self, name):
        raise AttributeError("cannot delete " + name)


fz = Frozen(1)
print(fz.v)
show(lambda: setattr(fz, "v", 2))
show(lambda: delattr(fz, "v"))


class Validating:
    def __setattr__(self, name, value):
        if not isinstance(value, int):
            raise TypeError(f"{name} must be int, not {type(value).__name__}")
        super().__setattr__(name, value)


va = Validating()
va.n = 3
show(lambda: setattr(va, "n", "x"))
print(va.n)

show(lambda: setattr(1, "x", 2))
show(lambda: setattr(1, "real", 2))
show(lambda: delattr(1, "real"))
show(lambda: setattr([], "append", 1))
show(lambda: setattr(object(), "x", 1))
show(lambda: setattr(int, "x", 1))
show(lambda: delattr(int, "real"))
show(lambda: setattr(lg, 1, 2))
show(lambda: object.__setattr__(lg, 1, 2))
show(lambda: object.__setattr__(int, "x", 1))
show(lambda: object.__delattr__(lg, "zz"))
show(lambda: object.__setattr__(1, "x", 1))


class ClassAttrs:
    x = 1


ClassAttrs.y = 2
del ClassAttrs.x
show(lambda: ClassAttrs.x)
print(ClassAttrs.y)


def delete_missing():
    del ClassAttrs.nothing


show(delete_missing)


class Meta(type):
    def __setattr__(cls, name, value):
        print("meta setattr", name)
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        print("meta delattr", name)
        super().__delattr__(name)


class M(metaclass=Meta):
    pass


M.z = 1
print(M.z)
del M.z
show(lambda: M.z)


def f():
    pass


f.attr = 5
print(f.attr, f.__dict__)
del f.attr
show(lambda: f.attr)


def del_f_missing():
    del f.nothing


show(del_f_missing)
show(lambda: setattr(f, "__name__", 1))
f.__name__ = "g"
print(f.__name__, f.__qualname__)
import sys
m = sys.modules[__name__]
m.newglobal = 7
print(newglobal)
del m.newglobal
show(lambda: newglobal)


def del_mod_missing():
    del m.nothing


show(del_mod_missing)
