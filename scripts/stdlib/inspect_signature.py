# inspect: signature() of functions, methods, classes, partials, wrapped
# functions and callables; Signature, Parameter and BoundArguments with
# their error messages; getfullargspec and getcallargs.
import functools
import inspect
import typing
from inspect import Parameter as P, Signature


def show(obj, **kw):
    try:
        print(inspect.signature(obj, **kw))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


def f(a, b: int = 1, *args, c, d='x', **kw) -> int:
    return a


def g(x, /, y, *, z):
    pass


def h(p, q=(1, 2), *, r: 'str' = None) -> 'list[int]':
    pass


def typed(a: typing.List[int], b: typing.Optional[str] = None,
          c: dict[str, int] = {}) -> typing.Any:
    pass


class A:
    def __init__(self, p, q=2):
        pass

    def m(self, r, *rest):
        pass

    @classmethod
    def cm(cls, s):
        pass

    @staticmethod
    def sm(t=0):
        pass

    def __call__(self, u, v=3):
        pass

    def __repr__(self):
        return '<A>'


class B(A):
    pass


class N:
    def __new__(cls, n, *, k=1):
        return super().__new__(cls)


class Meta(type):
    def __call__(cls, meta_arg):
        return super().__call__()


class WithMeta(metaclass=Meta):
    pass


class Empty:
    pass


class Sub(int):
    pass


for obj in (f, g, h, typed, A, B, A(1).m, A.m, A.cm, A.sm, A(1), N, WithMeta,
            Empty, object, lambda: 0, lambda *a, **k: 0, lambda x, /: x):
    show(obj)

# partials
show(functools.partial(f, 1, c=3))
show(functools.partial(f, b=3))
show(functools.partial(f, 1, 2, 3))
show(functools.partial(g, 1))
show(functools.partial(g, 1, z=2))
show(functools.partial(A, 1))
try:
    inspect.signature(functools.partial(g, 1, 2, 3, 4))
except ValueError as e:
    print('ValueError', str(e).split(' object ')[0], str(e).split(')')[-1],
          repr(e.__cause__))


class PM:
    def meth(self, a, b, c=1):
        pass
    part = functools.partialmethod(meth, 1)


show(PM.part)
show(PM().part)


# functools.wraps and __signature__
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper


@deco
def wrapped(p, q=1):
    pass


show(wrapped)
show(wrapped, follow_wrapped=False)
print(inspect.unwrap(wrapped) is wrapped.__wrapped__)
print(inspect.unwrap(wrapped, stop=lambda fn: fn is wrapped) is wrapped)


def custom():
    pass


custom.__signature__ = Signature([P('only', P.KEYWORD_ONLY)])
show(custom)
custom.__signature__ = 'nope'
show(custom)
loop = lambda: 0
loop.__wrapped__ = loop
try:
    inspect.unwrap(loop)
except ValueError as e:
    print('ValueError', str(e).split(' at ')[0])

# things without signatures
# (builtin functions are left out: gilpy's carry no __text_signature__,
# see docs/deviations.md)
for obj in (1, 'text', Sub):
    show(obj)

# Parameter
sig = inspect.signature(f)
for p in sig.parameters.values():
    print(repr(p), str(p.kind), repr(p.kind), p.kind.description,
          int(p.kind), p.default, p.annotation)
print(sig.return_annotation, sig.parameters['a'].default is P.empty,
      P.empty is Signature.empty, P.empty)
print(type(sig.parameters).__name__, list(sig.parameters))
print(P('x', P.KEYWORD_ONLY).replace(name='y', default=None),
      P('x', P.POSITIONAL_OR_KEYWORD, annotation=int, default=2))
print(P('a', P.POSITIONAL_ONLY) == P('a', P.POSITIONAL_ONLY),
      P('a', P.POSITIONAL_ONLY) == P('a', P.KEYWORD_ONLY),
      hash(P('a', 0)) == hash(P('a', 0)), P('.0', P.POSITIONAL_OR_KEYWORD))
for make in (lambda: P('1x', P.POSITIONAL_ONLY), lambda: P('x', 9),
             lambda: P('x', P.VAR_POSITIONAL, default=1),
             lambda: P('def', P.KEYWORD_ONLY), lambda: P('def', P.POSITIONAL_ONLY),
             lambda: P(3, P.KEYWORD_ONLY), lambda: P('.1', P.KEYWORD_ONLY),
             lambda: Signature([P('a', P.KEYWORD_ONLY), P('b', P.POSITIONAL_ONLY)]),
             lambda: Signature([P('a', P.POSITIONAL_ONLY, default=1),
                                P('b', P.POSITIONAL_ONLY)]),
             lambda: Signature([P('a', P.POSITIONAL_ONLY), P('a', P.KEYWORD_ONLY)]),
             lambda: Signature([P('a', P.POSITIONAL_ONLY, default=1),
                                P('b', P.KEYWORD_ONLY)])):
    try:
        print(make())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# Signature
s2 = Signature([P('a', P.POSITIONAL_ONLY), P('b', P.VAR_POSITIONAL),
                P('c', P.KEYWORD_ONLY, default=2)], return_annotation=list[int])
print(s2, repr(s2), Signature(), Signature(return_annotation=None))
print(sig.replace(return_annotation=Signature.empty),
      sig.replace(parameters=[]), sig == inspect.signature(f),
      sig == inspect.signature(g), sig != 1,
      hash(sig) == hash(inspect.signature(f)),
      Signature.from_callable(g))
print(Signature([P('a', 1), P('k1', 3), P('k2', 3)]) ==
      Signature([P('a', 1), P('k2', 3), P('k1', 3)]))

# bind and bind_partial
ba = sig.bind(1, 2, 3, 4, c=5, z=6)
print(ba, ba.args, ba.kwargs, ba.signature is sig)
ba = sig.bind_partial(c=1)
print(ba)
ba.apply_defaults()
print(ba, ba.args, ba.kwargs)
print(sig.bind(1, c=2) == sig.bind(1, c=2), sig.bind(1, c=2) == sig.bind(2, c=2))
for args, kwargs in [((), {}), ((1,), {}), ((1,), {'a': 2, 'c': 1}),
                     ((1,), {'c': 1, 'zz': 2})]:
    try:
        print(sig.bind(*args, **kwargs))
    except TypeError as e:
        print('TypeError', e)
gs = inspect.signature(g)
for args, kwargs in [((1, 2, 3), {}), ((), {'x': 1, 'y': 2, 'z': 3}),
                     ((1,), {'y': 2, 'z': 3, 'w': 4}), ((1, 2), {}),
                     ((1,), {'y': 2}), ((1, 2), {'z': 3, 'y': 4})]:
    for method in (gs.bind, gs.bind_partial):
        try:
            print(method(*args, **kwargs))
        except TypeError as e:
            print('TypeError', e)


def pk(a, /, **kw):
    pass


print(inspect.signature(pk).bind(1, a=2))
try:
    inspect.signature(pk).bind(a=2)
except TypeError as e:
    print('TypeError', e)
ba = inspect.signature(h).bind(1, r='s')
print(ba.args, ba.kwargs)
ba = inspect.signature(lambda a, b=2, c=3: 0).bind(1, c=4)
print(ba.args, ba.kwargs)

# getfullargspec and getcallargs
print(inspect.getfullargspec(f))
print(inspect.getfullargspec(g))
print(inspect.getfullargspec(A(1).m))
print(inspect.getfullargspec(A))
try:
    inspect.getfullargspec(3)
except TypeError as e:
    print('TypeError', e, repr(e.__cause__))
print(inspect.getcallargs(f, 1, 2, 3, c=4, e=5))
print(inspect.getcallargs(A(1).m, 9))


def simple(a, b, c=1, *, d):
    pass


for args, kwargs in [((1,), {'d': 1}), ((1, 2, 3, 4), {'d': 1}),
                     ((1, 2), {}), ((1, 2), {'a': 1, 'd': 2}),
                     ((1, 2), {'d': 1, 'x': 2}), ((), {})]:
    try:
        print(inspect.getcallargs(simple, *args, **kwargs))
    except TypeError as e:
        print('TypeError', e)

# annotations
print(inspect.get_annotations(f), inspect.get_annotations(h),
      inspect.get_annotations(h, eval_str=True))


class Ann:
    x: int
    y: 'str' = 'a'


print(inspect.get_annotations(Ann), inspect.get_annotations(Ann, eval_str=True),
      inspect.get_annotations(Empty), inspect.get_annotations(len))
try:
    inspect.get_annotations(3)
except TypeError as e:
    print('TypeError', e)
print(inspect.formatannotation(int), inspect.formatannotation(typing.List[int]),
      inspect.formatannotation(list[str]), inspect.formatannotation(A),
      inspect.formatannotation('x'), inspect.formatannotation(None))
