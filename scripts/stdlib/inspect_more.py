# inspect corners for the rewrite: docstrings inherited through methods,
# properties, class and static methods; code-flag predicates through
# methods and partials; awaitables; getcallargs' error messages;
# getfullargspec shapes; comments above definitions; getfile and
# getmodule on builtins and instances; getmembers with class attributes.
import functools
import inspect
import sys
import types


def show(f):
    try:
        print("  ", repr(f()))
    except Exception as e:
        print("  ", type(e).__name__, e)


class Base:
    """Base doc."""

    def method(self):
        """Method doc."""

    @property
    def prop(self):
        """Prop doc."""
        return 1

    @classmethod
    def cm(cls):
        """Classmethod doc."""

    @staticmethod
    def sm():
        """Staticmethod doc."""

    data = 5


class Child(Base):
    def method(self):
        pass

    @property
    def prop(self):
        return 2

    @classmethod
    def cm(cls):
        pass

    @staticmethod
    def sm():
        pass


class Bare(Child):
    pass


for obj in (Child.method, Child().method, Child.prop, Child.cm, Child.sm, Bare, Child, Bare.method,
            Child.__dict__["sm"], Child.__dict__["cm"]):
    show(lambda: inspect.getdoc(obj))


def gen():
    yield 1


async def co():
    pass


async def agen():
    yield 1


class K:
    def g(self):
        yield 2

    async def c(self):
        pass


for fn in (gen, co, agen, K().g, K.c, K().c, functools.partial(gen), functools.partial(functools.partial(co)),
           functools.partial(K().c), len, K, lambda: 0):
    print(getattr(fn, "__name__", type(fn).__name__), inspect.isgeneratorfunction(fn), inspect.iscoroutinefunction(fn),
          inspect.isasyncgenfunction(fn))

c = co()
g = gen()
print(inspect.isawaitable(c), inspect.isawaitable(g), inspect.isawaitable(3), inspect.iscoroutine(c), inspect.isgenerator(g),
      inspect.isasyncgen(agen()), inspect.isawaitable(types.coroutine(gen)()))


class Aw:
    def __await__(self):
        yield


print(inspect.isawaitable(Aw()), inspect.isawaitable(Aw))
c.close()


def f(a, b=2, *args, c, d=4, **kw):
    pass


def h(a, /, b, *, c):
    pass


def plain(x, y):
    pass


cases = [
    (f, (), {}), (f, (1,), {}), (f, (1,), {"c": 3}), (f, (1, 2, 3, 4), {"c": 0, "z": 9}),
    (h, (1, 2), {"c": 3}), (h, (1,), {"b": 2, "c": 3}), (h, (), {"a": 1, "b": 2, "c": 3}), (h, (1, 2, 3), {}),
    (plain, (1, 2, 3), {}), (plain, (1,), {"x": 2}), (plain, (), {"q": 1}), (plain, (), {}), (plain, (1,), {}),
    (plain, (1, 2), {"y": 3}), (plain, (1, 2), {"z": 3, "w": 4}),
    (lambda: 0, (1,), {}), (lambda *, k: 0, (), {}), (lambda a=1: 0, (1, 2), {}), (lambda a, b=1: 0, (1, 2, 3), {}),
    (lambda a, b=1, *, k: 0, (1, 2, 3), {"k": 1}), (lambda a, *, k, j: 0, (1,), {}),
    (Base().method, (), {}), (Base().method, (1,), {}), (Base.cm, (), {}),
]
for fn, args, kwargs in cases:
    show(lambda: {k: type(v).__name__ if isinstance(v, Base) else v
                  for k, v in inspect.getcallargs(fn, *args, **kwargs).items()})

for fn in (f, h, plain, lambda *a, **k: 0, Base().method, Base.cm, Base.sm, functools.partial(f, 1), Base):
    show(lambda: inspect.getfullargspec(fn))


def annotated(a: int, *b: str, c: "x" = 3, **d: float) -> list:
    pass


print(inspect.getfullargspec(annotated))
fr = sys._getframe()
show(lambda: inspect.getargvalues(sys._getframe()).args)


# Comment for commented.
#   with a second indented line

def commented():
    pass


class Holder:
    # inside comment
    def m(self):
        pass

    # not attached


    def n(self):
        pass


show(lambda: inspect.getcomments(commented))
show(lambda: inspect.getcomments(Holder.m))
show(lambda: inspect.getcomments(Holder.n))
show(lambda: inspect.getcomments(len))
show(lambda: inspect.getcomments(Holder))
show(lambda: inspect.getfile(len))
show(lambda: inspect.getfile(sys))
show(lambda: inspect.getfile(int))
show(lambda: inspect.getfile(3))
show(lambda: inspect.getfile(Holder).endswith("inspect_more.py"))
show(lambda: inspect.getfile(Holder.m.__code__).endswith("inspect_more.py"))
show(lambda: inspect.getsourcefile(len))
show(lambda: inspect.getsourcefile(Holder.m).endswith("inspect_more.py"))
show(lambda: inspect.getmodule(Holder).__name__)
show(lambda: inspect.getmodule(Holder()).__name__)
show(lambda: inspect.getmodule(len).__name__)
show(lambda: inspect.getmodule(sys).__name__)
show(lambda: inspect.getmodule(Holder.m.__code__).__name__)
show(lambda: inspect.getmodule(5))
show(lambda: inspect.getsource(len))
show(lambda: inspect.getsource(3))
show(lambda: inspect.getsourcelines(Holder.n))


class Meta(type):
    @types.DynamicClassAttribute
    def dyn(cls):
        return "dyn"


class WithMeta(metaclass=Meta):
    z = 1


print([n for n, _ in inspect.getmembers(WithMeta) if not n.startswith("__")])
print([n for n, _ in inspect.getmembers(Child, inspect.isfunction)], [n for n, _ in inspect.getmembers(Child(), inspect.ismethod)])
print([n for n, v in inspect.getmembers_static(Child) if not n.startswith("__")])
print(inspect.getmro(Bare) == Bare.__mro__, inspect.isabstract(Bare), inspect.isroutine(len), inspect.isroutine(Child.prop))
