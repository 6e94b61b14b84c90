# classmethod and staticmethod: binding through instances, classes and
# subclasses, their attributes, and wrapping other descriptors.


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class A:
    count = 0

    @classmethod
    def make(cls, *args):
        return cls.__name__, args

    @staticmethod
    def add(x, y):
        return x + y

    def plain(self):
        return type(self).__name__


class B(A):
    pass


print(A.make(1), A().make(2), B.make(3), B().make())
print(A.add(1, 2), A().add(3, 4), B.add(5, 6))
print(type(A.__dict__["make"]).__name__, type(A.__dict__["add"]).__name__)
print(A.__dict__["make"].__func__.__name__, A.__dict__["add"].__func__.__name__)
print(A.make.__self__.__name__, B().make.__self__.__name__)
print(A.make.__func__ is A.__dict__["make"].__func__)
print(type(A.make).__name__, type(A.add).__name__, type(A.plain).__name__, type(A().plain).__name__)
print(A.plain(B()))
show(lambda: A.plain())
show(lambda: A.add(1))
show(lambda: A.make.__self__.count)

cm = classmethod(lambda cls: cls.__name__)
sm = staticmethod(lambda: "static")
print(cm.__get__(None, B)(), cm.__get__(B())(), sm.__get__(None, B)(), sm())
show(lambda: classmethod())
show(lambda: staticmethod(1, 2))
print(A.add.__name__, A.add.__qualname__, A.__dict__["add"].__wrapped__.__name__)
print(A.__dict__["make"].__wrapped__.__qualname__)


class C:
    @classmethod
    @property
    def cprop(cls):
        return "cprop of " + cls.__name__


print(C.cprop, C().cprop)


def f(self):
    return "f", type(self).__name__


A.g = f
A.h = staticmethod(f)
A.k = classmethod(f)
print(A().g(), A.h(1), A.k(), B.k())


class Callable:
    def __call__(self, *a):
        return "called", a


A.c = Callable()
print(A().c(1))
print(isinstance(A.__dict__["make"], classmethod), isinstance(A.__dict__["add"], staticmethod))


class SubCM(classmethod):
    pass


class D:
    @SubCM
    def m(cls):
        return "subcm " + cls.__name__


print(D.m(), type(D.__dict__["m"]).__name__)
print(callable(A.__dict__["add"]), callable(A.__dict__["make"]))
print(A.__dict__["add"](2, 3))
bm = A().plain
print(bm.__func__ is A.plain, bm.__self__.__class__.__name__, bm.__name__, bm.__qualname__)
print(bm == A().plain, bm == bm.__func__.__get__(bm.__self__))
show(lambda: setattr(bm, "x", 1))
show(lambda: bm.x)
A.plain.attr = "on function"
print(bm.attr)
