# abc: abstract classes, registration, the error for instantiating one,
# abstract class/static methods and properties, get_cache_token.
import abc
from abc import ABC, ABCMeta, abstractmethod


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f'{type(self).__name__} with area {self.area()}'


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


class Half(Shape):
    def area(self):
        return 0


show(lambda: Shape())
show(lambda: Half())
show(lambda: Square(3).describe())
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
print(type(Shape), isinstance(Shape, ABCMeta), ABC.__abstractmethods__)
print(getattr(Shape.area, '__isabstractmethod__', None), getattr(Square.area, '__isabstractmethod__', None))


class Meta(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


show(lambda: Meta())
print(sorted(Meta.__abstractmethods__))


class Concrete(Meta):
    name = 'concrete'

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 'helped'


print(Concrete.make().name, Concrete.helper())


# Deprecated spellings still work.
class Old(ABC):
    @abc.abstractclassmethod
    def a(cls):
        ...

    @abc.abstractstaticmethod
    def b():
        ...

    @abc.abstractproperty
    def c(self):
        ...


print(sorted(Old.__abstractmethods__))


# Virtual subclasses.
class Drawable(ABC):
    pass


class Circle:
    pass


print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable))
print(Drawable.register(Circle) is Circle)
print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable), Drawable in Circle.__mro__)


@Drawable.register
class Line:
    pass


print(issubclass(Line, Drawable), Line.__name__)
show(lambda: Drawable.register(3))
token = abc.get_cache_token()
Drawable.register(int)
print(abc.get_cache_token() != token, isinstance(5, Drawable))


# __subclasshook__ decides structural checks.
class HasLen(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is HasLen:
            return any('__len__' in B.__dict__ for B in C.__mro__)
        return NotImplemented


print(issubclass(list, HasLen), issubclass(int, HasLen), isinstance('x', HasLen))


class Tricky(HasLen):
    pass


print(issubclass(list, Tricky), issubclass(Tricky, HasLen))


# Cycles in registration are refused.
class A(ABC):
    pass


class B(A):
    pass


show(lambda: B.register(A))

# update_abstractmethods (3.10+).
class Later(ABC):
    @abstractmethod
    def f(self):
        ...


def f(self):
    return 'now concrete'


Later.f = f
print(sorted(Later.__abstractmethods__))
abc.update_abstractmethods(Later)
print(sorted(Later.__abstractmethods__), Later().f())

# An ABC's _abc_ helpers are private; its repr is an ordinary class repr.
print(repr(Shape), Shape.__name__, Shape.__module__)
show(lambda: ABCMeta('Dyn', (), {'m': abstractmethod(lambda self: 0)})())
