# reprlib: abbreviated reprs for every kind Repr knows, nesting limits,
# subclass hooks, and recursive_repr.
import reprlib
from collections import deque
from array import array

r = reprlib.Repr()
cases = [list(range(20)), tuple(range(3)), (1,), (), [], set(range(10)), set(), frozenset(range(9)), frozenset(),
         {i: str(i) for i in range(8)}, {}, deque(range(12)), 'x' * 100, 'short', 'ab\ncd' * 20, 10 ** 60, -10 ** 60, 12345,
         [[[[[[[1]]]]]]], {'a': {'b': {'c': {'d': {'e': {'f': {'g': 1}}}}}}}, object, array('i', range(10)), array('d'),
         {3, 2, 1}, [1, [2, [3, [4]]]]]
for c in cases:
    print(r.repr(c))
print(reprlib.repr(list(range(100))), reprlib.aRepr.maxlist, reprlib.aRepr.maxlevel)
r.maxlevel = 2
r.maxstring = 10
r.maxother = 12
r.fillvalue = '..'
print(r.repr([[[1, 2]], 'abcdefghijklmnopq']), r.repr({1: [2, [3]]}), r.repr((1, (2, (3,)))))


class Noisy:
    def __repr__(self):
        return 'N' * 50


class Broken:
    def __repr__(self):
        raise ValueError


print(r.repr(Noisy()), r.repr([Noisy()]), r.repr(Broken()).startswith('<Broken instance at 0x'))


class MyRepr(reprlib.Repr):
    def repr_int(self, x, level):
        return f'int:{x}'

    def repr_TextIOWrapper(self, x, level):
        return 'a text file'


m = MyRepr()
print(m.repr([1, 2, (3,)]))


class Node:
    def __init__(self):
        self.kids = []

    @reprlib.recursive_repr('<loop>')
    def __repr__(self):
        'A node.'
        return f'Node({self.kids})'


n = Node()
n.kids.append(n)
n.kids.append(Node())
print(n, Node.__repr__.__name__, Node.__repr__.__doc__, Node.__repr__.__qualname__, hasattr(Node.__repr__, '__wrapped__'))


class Default:
    @reprlib.recursive_repr()
    def __repr__(self):
        return f'D[{self.me}]'


d = Default()
d.me = d
print(d)
print(reprlib.__all__)
