# itemgetter, attrgetter and methodcaller: calls, reprs, pickling
# support through __reduce__, and errors.
import operator as op
from operator import itemgetter, attrgetter, methodcaller

data = [('b', 2, 'x'), ('a', 3, 'y'), ('c', 1, 'z')]
print(sorted(data, key=itemgetter(1)), sorted(data, key=itemgetter(2, 0)))
print(itemgetter(1)('abc'), itemgetter(0, -1)('abc'), itemgetter('k')({'k': 1}), itemgetter(slice(1, None))([1, 2, 3]))
print(itemgetter(1), itemgetter(1, 'a'), itemgetter((1, 2)), repr(itemgetter(None)))
print(itemgetter(1).__reduce__(), type(itemgetter(1)), itemgetter, itemgetter.__module__, itemgetter.__name__)


class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
        self.value = len(name)

    def greet(self, greeting, punct='!'):
        return greeting + ', ' + self.name + punct


n = Node('root', Node('leaf'))
print(attrgetter('name')(n), attrgetter('child.name')(n), attrgetter('name', 'child.value')(n))
print(attrgetter('name'), attrgetter('a.b', 'c'), attrgetter('a..b'), attrgetter('a.b').__reduce__())
print(methodcaller('greet', 'Hi')(n), methodcaller('greet', 'Yo', punct='?')(n), methodcaller('upper')('abc'))
print(methodcaller('f'), methodcaller('f', 1, 'x', k=2, j=[3]), methodcaller('f', 1).__reduce__())
r = methodcaller('greet', 'Hey', punct='.').__reduce__()
print(type(r[0]).__name__, r[0].func, r[0].args, r[0].keywords, r[1], r[0](*r[1])(n))
l = [1]
l.append(itemgetter(l))
print(l)
ig = itemgetter(0)
ig2 = itemgetter(ig)
print(ig2)

cases = [
    lambda: itemgetter(), lambda: itemgetter(1, k=2), lambda: itemgetter(1)(), lambda: itemgetter(1)([1, 2], x=1),
    lambda: itemgetter(5)([1]), lambda: itemgetter('x')({}), lambda: attrgetter(), lambda: attrgetter(1),
    lambda: attrgetter('a', k=1), lambda: attrgetter('a')(), lambda: attrgetter('a.b')(3), lambda: attrgetter('zz')(n),
    lambda: methodcaller(), lambda: methodcaller(1), lambda: methodcaller('a')(), lambda: methodcaller('a')(1, k=2),
    lambda: methodcaller('nope')(1), lambda: methodcaller('greet')(n), lambda: type(itemgetter(1))(2)(['a', 'b', 'c']),
    lambda: class_sub(),
]


def class_sub():
    class X(itemgetter):
        pass


for c in cases:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
