# inspect: the is* predicates over functions, methods, classes, builtins,
# descriptors, generators and coroutines.
import abc
import functools
import inspect
import sys
import types


def f(a, b=1):
    return a


async def coro():
    pass


def gen():
    yield 1


async def agen():
    yield 1


class A:
    def m(self):
        pass

    @classmethod
    def cm(cls):
        pass

    @staticmethod
    def sm():
        pass

    @property
    def prop(self):
        return 1

    __slots__ = ('slot',)


class Abs(abc.ABC):
    @abc.abstractmethod
    def run(self):
        pass


class Concrete(Abs):
    def run(self):
        pass


class Awaitable:
    def __await__(self):
        yield


c = coro()
g = gen()
ag = agen()
objects = [
    ('function', f), ('lambda', lambda: 0), ('bound method', A().m),
    ('class method', A.cm), ('static method', A.sm), ('class', A),
    ('module', inspect), ('builtin', len), ('builtin method', [].append),
    ('method descriptor', str.join), ('slot wrapper', object.__init__),
    ('method-wrapper', (1).__add__), ('coroutine function', coro),
    ('coroutine', c), ('generator function', gen), ('generator', g),
    ('async gen function', agen), ('async gen', ag), ('abstract', Abs),
    ('concrete', Concrete), ('property', A.__dict__['prop']),
    ('classmethod obj', A.__dict__['cm']),
    ('staticmethod obj', A.__dict__['sm']), ('getset', int.real),
    ('member', A.__dict__['slot']), ('partial of coro', functools.partial(coro)),
    ('partial of gen', functools.partial(gen)), ('awaitable', Awaitable()),
    ('int', 3), ('code', f.__code__), ('frame', sys._getframe()),
]
predicates = [
    'isfunction', 'ismethod', 'isclass', 'ismodule', 'isbuiltin',
    'isroutine', 'iscoroutinefunction', 'iscoroutine', 'isawaitable',
    'isgeneratorfunction', 'isgenerator', 'isasyncgenfunction', 'isasyncgen',
    'isabstract', 'isdatadescriptor', 'ismethoddescriptor',
    'ismemberdescriptor', 'isgetsetdescriptor', 'ismethodwrapper', 'iscode',
    'isframe', 'istraceback',
]
for name in predicates:
    pred = getattr(inspect, name)
    yes = [label for label, obj in objects if pred(obj)]
    print(name.ljust(20), yes)
c.close()
g.close()

try:
    raise ValueError
except ValueError as e:
    print('traceback', inspect.istraceback(e.__traceback__))

# generator and coroutine states
g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))


def watcher():
    print('while running', inspect.getgeneratorstate(w))
    yield


w = watcher()
next(w)
g.close()
print(inspect.getgeneratorstate(g))
c = coro()
print(inspect.getcoroutinestate(c))
try:
    c.send(None)
except StopIteration:
    pass
print(inspect.getcoroutinestate(c))

# flags
print(inspect.CO_GENERATOR, inspect.CO_COROUTINE, inspect.CO_ASYNC_GENERATOR,
      inspect.CO_VARARGS, inspect.CO_VARKEYWORDS)
print(bool(coro.__code__.co_flags & inspect.CO_COROUTINE),
      bool(f.__code__.co_flags & inspect.CO_GENERATOR))
