# ExceptionGroup and BaseExceptionGroup: construction rules and errors,
# the attributes, split(), subgroup(), derive(), nesting and subclasses.


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
print(repr(eg), str(eg), eg.message, eg.exceptions, eg.args)
print(type(eg).__name__, isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))
beg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(beg).__name__, repr(beg))
auto = BaseExceptionGroup("auto", [ValueError()])
print(type(auto).__name__)
show(lambda: ExceptionGroup("bad", [KeyboardInterrupt()]))
show(lambda: ExceptionGroup("empty", []))
show(lambda: ExceptionGroup("notseq", 5))
show(lambda: ExceptionGroup("notexc", [1]))
show(lambda: ExceptionGroup("one", [ValueError(), "x"]))
show(lambda: ExceptionGroup(1, [ValueError()]))
show(lambda: ExceptionGroup("x"))
show(lambda: ExceptionGroup("x", [ValueError()], 3))
show(lambda: ExceptionGroup(message="x", exceptions=[ValueError()]))
show(lambda: ExceptionGroup("set", {ValueError()}))
print(ExceptionGroup("tuple", (ValueError("t"),)).exceptions)
lst = [ValueError("a")]
g = ExceptionGroup("list", lst)
lst.append(TypeError())
print(len(g.exceptions), type(g.exceptions).__name__, g.args[1] is lst)
show(lambda: setattr(g, "message", "new"))
show(lambda: setattr(g, "exceptions", ()))

match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
print(eg.split(TypeError), eg.split((ValueError, TypeError)))
print(eg.split(KeyError))
print(eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1))
print(eg.subgroup(ValueError), eg.subgroup(KeyError), eg.subgroup(lambda e: True) is eg)
show(lambda: eg.split(1))
show(lambda: eg.split("x"))
show(lambda: eg.subgroup())
nested = ExceptionGroup("outer", [ValueError("v1"), ExceptionGroup("inner", [TypeError("t1"), ValueError("v2")]), KeyError("k")])
print(repr(nested.split(ValueError)))
print(repr(nested.subgroup(TypeError)))
print(repr(nested.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner")))
print(repr(nested.derive([ValueError("d")])), type(nested.derive([KeyboardInterrupt()])).__name__)
m, r = nested.split(ValueError)
print(m.message, r.message, m.__traceback__, r.exceptions[0].exceptions)
nested.add_note("a note")
nested.__cause__ = RuntimeError("c")
nested.__context__ = RuntimeError("ctx")
m, r = nested.split(KeyError)
print(m.__notes__, repr(m.__cause__), repr(m.__context__), m.__notes__ is nested.__notes__)


class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)


mg = MyGroup("mine", [ValueError(), TypeError()])
print(repr(mg), repr(mg.split(ValueError)))


class NoDerive(ExceptionGroup):
    pass


nd = NoDerive("nd", [ValueError(), TypeError()])
print(repr(nd.split(ValueError)))


class WithInit(ExceptionGroup):
    def __new__(cls, message, excs, extra):
        self = super().__new__(cls, message, excs)
        self.extra = extra
        return self

    def __init__(self, message, excs, extra):
        super().__init__(message, excs)


wi = WithInit("wi", [ValueError()], 42)
print(repr(wi), wi.extra, wi.args)
show(lambda: type("BadEG", (ExceptionGroup,), {})("m", [KeyboardInterrupt()]))
show(lambda: type("MixedBEG", (BaseExceptionGroup, ValueError), {}))
print(BaseExceptionGroup.__mro__, ExceptionGroup.__mro__)
print(ExceptionGroup[int], BaseExceptionGroup.__class_getitem__(str))
eg3 = ExceptionGroup("e", [ValueError()])
print(eg3.__reduce__() if hasattr(eg3, "__reduce__") else None)
