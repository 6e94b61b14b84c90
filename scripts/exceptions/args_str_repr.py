# Exception construction, args, str() and repr() for the builtin classes
# and their special cases (KeyError, the OSError family...).


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


for args in [(), ("msg",), (1,), ("a", "b"), (None,), ([1, 2],), ("",), ((),), (("x",),)]:
    for cls in [Exception, ValueError, KeyError, IndexError, LookupError, StopIteration, SystemExit, UnicodeError, AttributeError, NameError]:
        e = cls(*args)
        print(cls.__name__, repr(e), "|", str(e), "|", e.args)
e = Exception("x")
e.args = ("y", "z")
print(repr(e), str(e), e.args)
e.args = [1]
print(e.args, type(e.args).__name__)
show(lambda: setattr(Exception(), "args", 1))
show(lambda: delattr(Exception(), "args"))
show(lambda: Exception(x=1))
show(lambda: ValueError("a", b=2))
show(lambda: KeyError(key="k"))
print(repr(KeyError("")), str(KeyError("")), str(KeyError(0)), str(KeyError("a", "b")))
print(repr(ImportError("m", name="n", path="p")), ImportError("m", name="n", path="p").name, ImportError("x").path)
show(lambda: ImportError(other=1))
print(repr(ModuleNotFoundError("No module named 'x'", name="x")))
print(str(ImportError()), str(ImportError("a", "b")), ImportError("a", "b").msg, ImportError("a").msg)
print(NameError("n", name="q").name, repr(NameError(name="x")), AttributeError("a", name="n", obj=1).obj)
show(lambda: NameError(obj=1))
print(StopIteration(5).value, StopIteration().value, StopIteration(1, 2).value)
show(lambda: StopAsyncIteration(3).value)
print(SystemExit().code, SystemExit(2).code, SystemExit(1, 2).code, SystemExit("bye").code)


class Custom(Exception):
    def __init__(self, a, b=2):
        super().__init__(a)
        self.b = b

    def __str__(self):
        return f"Custom({self.args[0]}, {self.b})"


c = Custom(1)
print(repr(c), str(c), c.args, c.b)
c2 = Custom("x", b=5)
print(c2, c2.args)


class NoSuperInit(Exception):
    def __init__(self, x):
        self.x = x


n = NoSuperInit(3)
print(repr(n), str(n), n.args, n.x)


class KwOnly(Exception):
    def __init__(self, *, code):
        super().__init__(f"code {code}")
        self.code = code


print(repr(KwOnly(code=3)))


class NewOverride(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, "from new")
        return self


print(repr(NewOverride(1, 2)), NewOverride(1).args)


class ReprOverride(ValueError):
    def __repr__(self):
        return "ReprOverride!"


print(repr(ReprOverride()), str(ReprOverride("s")), [ReprOverride()])


class StrRaises(Exception):
    def __str__(self):
        raise RuntimeError("str failed")


show(lambda: str(StrRaises()))
print(repr(StrRaises("r")))
print(BaseException.__new__(ValueError, 1, 2).args)
show(lambda: BaseException.__new__(int))
show(lambda: BaseException.__new__(ValueError, x=1).args)
e = ValueError.__new__(ValueError, "a")
print(e.args)
ValueError.__init__(e, "b", "c")
print(e.args)
print(Exception("a") == Exception("a"), Exception.__eq__ is object.__eq__, hash(e) == hash(e))
print(isinstance(ValueError(), Exception), isinstance(KeyboardInterrupt(), Exception))
ee = Exception()
ee.custom = 1
print(ee.__dict__, vars(ee))
print(Exception("x").__reduce__(), ee.__reduce__())
print(repr(Exception(Exception("inner"))), str(Exception(ValueError())))
print(repr(UnicodeError("a", "b")), str(UnicodeError("a")))
print(repr(Warning("w")), repr(UserWarning()), str(DeprecationWarning("d")))
print(repr(RecursionError("maximum")), repr(NotImplementedError()), repr(AssertionError("x", 1)))
