# __doc__ of functions, methods, classmethod and staticmethod objects and
# builtin objects without documentation of their own: the wrapped
# function's, or None, never object's inherited text.
class A:
    def m(self): pass
    def d(self):
        "doc of d"
    @classmethod
    def c(cls): pass
    @staticmethod
    def s(): pass
def f(): pass
def g(): yield
print(repr(f.__doc__), repr(A.m.__doc__), repr(A().m.__doc__), repr(A().d.__doc__), repr(A.c.__doc__), repr(A.s.__doc__))
print(repr(A.__dict__['c'].__doc__), repr(A.__dict__['s'].__doc__))
print(repr(g().__doc__), repr((lambda: 0).__doc__), repr(type(None).__doc__ is None))
import types
print(repr(types.SimpleNamespace().__doc__ is None))
print(repr(iter([]).__doc__), repr(iter(()).__doc__), repr(range(3).__doc__ is None))
print(repr(A().__doc__), repr(A.__doc__))

def h():
    "h doc"
print(repr(classmethod(h).__doc__), repr(staticmethod(h).__doc__))
print(type(classmethod.__doc__).__name__, type(staticmethod.__doc__).__name__)
