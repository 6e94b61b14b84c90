# object's own methods: comparisons' NotImplemented, __init_subclass__,
# __new__/__init__ argument rules, __reduce__, __class__, __format__,
# object() instances' type, NoneType and ellipsis calls.
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except BaseException as e:
        print(type(e).__name__, e)
o = object()
t(lambda: (o.__eq__(o), o.__eq__(1), o.__ne__(1), o.__lt__(1), o.__hash__() == hash(o)))
class E:
    def __eq__(self, other): return "eq!"
t(lambda: (E().__ne__(1), E() != 1))
class E2:
    def __eq__(self, other): return NotImplemented
t(lambda: (E2().__ne__(1), E2() != E2()))
t(lambda: object.__init_subclass__())
t(lambda: object.__init_subclass__(x=1))
t(lambda: object.__subclasshook__())
t(lambda: object.__new__(object).__class__)
t(lambda: object.__new__(int))
t(lambda: object.__new__(1))
t(lambda: object.__init__(o, 1))
class WithInit:
    def __init__(self, a): pass
t(lambda: object.__new__(WithInit, 1).__class__.__name__)
class WithNew:
    def __new__(cls, *a): return object.__new__(cls)
t(lambda: WithNew(1, 2).__class__.__name__)
t(lambda: object.__init__(WithNew(), 1))
t(lambda: object.__init__(WithInit(1), 1))
t(lambda: object().__dict__)
t(lambda: setattr(object, "x", 1))
t(lambda: object.__sizeof__(o) > 0)
t(lambda: o.__reduce__())
t(lambda: object.__getstate__(o))
t(lambda: o.__class__.__name__)
t(lambda: setattr(o, "__class__", int))
t(lambda: delattr(o, "__class__"))
t(lambda: str(o) == repr(o))
t(lambda: format(o) == str(o))
t(lambda: format(o, "s"))
t(lambda: o.__format__(""))
t(lambda: object.__format__(5, "d"))
t(lambda: object.__repr__(5).startswith("<int object at"))
t(lambda: object.__str__(5))
t(lambda: type(object.__dir__(WithNew())).__name__)
t(lambda: hash(object) == hash(object))
t(lambda: NotImplemented.__class__.__name__)
t(lambda: repr(NotImplemented))
t(lambda: (repr(Ellipsis), type(...).__name__))
t(lambda: type(None)())
t(lambda: type(None)(1))
t(lambda: type(...)())
