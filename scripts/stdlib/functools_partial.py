# functools.partial and partialmethod: calls, merging of keywords,
# flattening, attributes, repr (with addresses masked by the names only),
# pickling support, subclassing.
import functools
from functools import partial, partialmethod


def f(a, b=2, *args, c=3, **kw):
    return (a, b, args, c, kw)


p = partial(f, 1, c=5)
print(p.func is f, p.args, p.keywords, p(), p(9), p(9, 8, 7, c=0, z=1), p(b=4))
q = partial(p, 2, d=6)
print(q.func is f, q.args, q.keywords, q())
print(partial(int, base=2)('101'), partial(max, key=len)(['a', 'bbb', 'cc']), list(map(partial(pow, 2), range(5))))
print(type(p), type(p).__name__, isinstance(p, partial), callable(p), p.__dict__, partial.__module__)
p.attr = 'x'
print(p.__dict__, p.attr)
r = partial(f, 1, c=5)
print(repr(r).replace(hex(id(f)), 'ADDR'))
print(repr(partial(len)).startswith('functools.partial(<built-in function len>'), repr(partial(max, 1, key=abs)))


class Sub(partial):
    pass


s = Sub(len, 'abc')
print(repr(s), s(), type(s).__name__, Sub(Sub(max, 1), 2).args, type(Sub(partial(max, 1), 2).func).__name__)
red = r.__reduce__()
print(red[0] is partial, red[1][0] is f, red[2][1:], partial(len).__reduce__()[2][1:])
n = partial(len)
n.__setstate__((max, (1, 2), {'key': abs}, {'note': 1}))
print(n.func is max, n.args, n.keywords, n.__dict__, n(-5))
l = [1]
rp = partial(len, l)
l.append(rp)
print(repr(rp))
print(partial[int])
for c in [lambda: partial(), lambda: partial(1), lambda: partial(len).__setstate__(1),
          lambda: partial(len).__setstate__((1, 2, 3, 4)), lambda: partial(len).__setstate__((len, (), {})),
          lambda: p.__setattr__('func', len), lambda: partial(f)()]:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)


class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state, note=''):
        self.alive = state
        return note

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, note='bye')

    @classmethod
    def make(cls, x, y):
        return (cls.__name__, x, y)

    make_one = partialmethod(make, 1)


c = Cell()
print(c.alive, c.set_alive(), c.alive, c.set_dead(), c.alive, Cell.make_one(2), c.make_one(3))
print(type(Cell.set_alive).__name__, Cell.__dict__['set_dead'].args, Cell.__dict__['set_dead'].keywords)
print(repr(Cell.__dict__['set_alive']).replace(hex(id(Cell.set_state)), 'ADDR'))
nested = partialmethod(Cell.__dict__['set_dead'], note='x')
print(nested.args, nested.keywords, nested.func is Cell.set_state)
try:
    partialmethod(1)
except TypeError as e:
    print('TypeError', e)
