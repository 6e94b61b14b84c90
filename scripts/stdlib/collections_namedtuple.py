# collections.namedtuple: fields, defaults, _make, _asdict, _replace,
# reprs, renaming, module, and the errors of bad names and calls.
from collections import namedtuple
import copy

Point = namedtuple('Point', ['x', 'y'])
p = Point(11, y=22)
print(p, p[0] + p[1], p.x, p.y, tuple(p), len(p), list(p), p == (11, 22), hash(p) == hash((11, 22)))
x, y = p
print(x, y, Point._fields, Point.__doc__, Point.__name__, Point.__qualname__, Point.__module__, Point.__bases__)
print(p._asdict(), p._replace(x=100), Point._make([1, 2]), Point._make(iter('ab')), Point(**{'x': 1, 'y': 2}))
print(Point.__match_args__, Point._field_defaults, Point.__new__.__defaults__, Point.__slots__, p.__getnewargs__())
print(copy.copy(p), copy.deepcopy(p), isinstance(p, tuple), p.count(11), p.index(22), p * 2, p + (3,), p[::-1])
match p:
    case Point(a, b):
        print('matched', a, b)
Emp = namedtuple('Emp', 'name, age  title', defaults=['staff', 'none'])
print(Emp('bob'), Emp('amy', 30), Emp('ed', 1, 'boss'), Emp._field_defaults, Emp.__new__.__defaults__)
R = namedtuple('R', ['ok', 'def', '_x', 'ok', '1y'], rename=True)
print(R._fields, R(1, 2, 3, 4, 5))
One = namedtuple('One', 'only')
print(One(5), One._make([6]), One.__doc__)
Zero = namedtuple('Zero', '')
print(Zero(), Zero._fields, Zero.__doc__, repr(Zero._make([])))
M = namedtuple('M', 'a b', module='custom.mod')
print(M.__module__, M.__name__)


class Sub(namedtuple('Base', 'u v')):
    __slots__ = ()

    @property
    def total(self):
        return self.u + self.v

    def __str__(self):
        return f'Sub<{self.u},{self.v}>'


s = Sub(1, 2)
print(s, repr(s), s.total, s._replace(u=10), type(s._replace(u=10)).__name__, Sub._make([3, 4]))
print(Point.x.__doc__ is not None, type(Point.x).__name__ in ('property', '_tuplegetter'))

cases = [
    lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, 2, x=3),
    lambda: Point._make([1]), lambda: p._replace(z=1), lambda: p.__setattr__('x', 5), lambda: setattr(p, 'q', 1),
    lambda: namedtuple('P', 'a a'), lambda: namedtuple('P', 'a _b'), lambda: namedtuple('P', 'a class'),
    lambda: namedtuple('P', 'a 1b'), lambda: namedtuple('1P', 'a'), lambda: namedtuple('def', 'a'),
    lambda: namedtuple('P', 'a b', defaults=[1, 2, 3]), lambda: namedtuple('P', [1, 2]), lambda: namedtuple('P', 'a', x=1),
    lambda: Emp(), lambda: Emp(name='x', age=1), lambda: namedtuple('P', 'a', rename=True)('z'),
]
for c in cases:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
