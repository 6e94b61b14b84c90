# __name__, __qualname__, __module__, __dict__, __doc__, __annotations__,
# __defaults__, __kwdefaults__ of classes and functions: reading, writing
# and their errors.


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


def func(a: int, b: "str" = "x", *args: float, c: bool = True, **kw) -> list:
    "func's doc"
    return a


class A:
    """A's doc"""
    x: int
    y: str = "y"

    def method(self) -> None:
        pass

    class Inner:
        pass


def outer():
    def inner():
        pass

    class Local:
        def m(self):
            pass
    return inner, Local


inner, Local = outer()
print(func.__name__, func.__qualname__, func.__module__, func.__doc__)
print(func.__annotations__)
print(func.__defaults__, func.__kwdefaults__, func.__code__.co_name, func.__code__.co_argcount)
print(A.__name__, A.__qualname__, A.__module__, A.__doc__, A.__annotations__)
print(A.method.__qualname__, A.Inner.__qualname__, inner.__qualname__, Local.__qualname__, Local.m.__qualname__)
print((lambda: 0).__name__, (lambda: 0).__qualname__, outer.__doc__, A.Inner.__doc__)
print(sorted(k for k in A.__dict__))
print(type(A.__dict__).__name__, A.__dict__["y"], "x" in A.__dict__)
show(lambda: A.__dict__.__setitem__("z", 1))


def set_dict_item():
    A.__dict__["z"] = 1


show(set_dict_item)
show(lambda: setattr(A, "__dict__", {}))
A.__name__ = "Renamed"
A.__qualname__ = "Qual.Renamed"
print(A.__name__, A.__qualname__, repr(A))
show(lambda: setattr(A, "__name__", 5))
show(lambda: setattr(A, "__qualname__", 5))
show(lambda: setattr(A, "__name__", "a\0b"))
show(lambda: delattr(A, "__name__"))
show(lambda: delattr(A, "__qualname__"))
A.__module__ = "elsewhere"
print(repr(A), A.__module__)
A.__doc__ = "new doc"
print(A.__doc__)
show(lambda: setattr(int, "__doc__", "x"))
show(lambda: setattr(int, "__name__", "x"))
show(lambda: setattr(int, "__module__", "x"))
print(int.__name__, int.__qualname__, int.__module__, type(int.__doc__).__name__)
print(len.__name__, len.__qualname__, len.__module__, [].append.__qualname__, list.append.__qualname__)
print(dict.fromkeys.__qualname__, str.maketrans.__qualname__, object.__init__.__qualname__)
func.__name__ = "renamed"
func.__qualname__ = "Q.renamed"
func.__module__ = "mod"
func.__doc__ = None
print(func.__name__, func.__qualname__, func.__module__, func.__doc__, repr(func)[:21])
show(lambda: setattr(func, "__qualname__", None))
show(lambda: delattr(func, "__name__"))
func.__defaults__ = (1, 2)
print(func.__defaults__)
show(lambda: setattr(func, "__defaults__", [1]))
func.__defaults__ = None
show(lambda: func())
func.__kwdefaults__ = {"c": False}
print(func.__kwdefaults__)
show(lambda: setattr(func, "__kwdefaults__", 1))
func.__annotations__ = {"a": "b"}
print(func.__annotations__)
show(lambda: setattr(func, "__annotations__", 1))
del func.__annotations__
print(func.__annotations__)
func.__dict__ = {"k": "v"}
print(func.k, func.__dict__)
show(lambda: setattr(func, "__dict__", 1))
show(lambda: delattr(func, "__dict__"))
show(lambda: setattr(func, "__code__", 1))
show(lambda: setattr(func, "__globals__", {}))
show(lambda: setattr(func, "__closure__", ()))
print(type(func.__globals__).__name__, func.__closure__, func.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else type(func.__builtins__).__name__)


def closure():
    v = 1

    def f():
        return v
    return f


c = closure()
print(type(c.__closure__).__name__, len(c.__closure__), c.__closure__[0].cell_contents, c.__code__.co_freevars)


class NoDoc:
    pass


print(NoDoc.__doc__, NoDoc.__dict__["__doc__"], "__annotations__" in NoDoc.__dict__)
print(NoDoc.__annotations__, "__annotations__" in NoDoc.__dict__)


class Sub(A):
    pass


print(Sub.__doc__, Sub.__annotations__)
print(type.__dict__["__doc__"].__class__.__name__, type(object.__doc__).__name__)
print(A.__bases__, A.__base__, object.__bases__, object.__base__, type.__base__)
A.__bases__ = (object,)
print(A.__bases__)
show(lambda: setattr(A, "__bases__", ()))
show(lambda: setattr(A, "__bases__", (int,)))
show(lambda: setattr(int, "__bases__", (object,)))
show(lambda: setattr(A, "__mro__", ()))
print(A.__flags__ & 512 == 512, int.__flags__ & 512 == 0)
print(func.__code__.co_filename.endswith("dunder_attrs.py"), func.__code__.co_firstlineno)
