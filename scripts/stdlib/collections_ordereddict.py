# collections.OrderedDict: moving keys, popping either end, order-aware
# equality, views and repr.
from collections import OrderedDict
import copy

od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
od.move_to_end('b')
print(od)
od.move_to_end('b', last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
od.update([('x', 9), ('y', 8)], z=7)
print(od, od.keys(), od.values(), od.items())
print(list(reversed(od)), list(reversed(od.keys())), list(reversed(od.values())), list(reversed(od.items())))
print(od.pop('x'), od.pop('nope', 'dflt'), od.setdefault('a', 0), od.setdefault('new', 5), od)
a = OrderedDict([(1, 1), (2, 2)])
b = OrderedDict([(2, 2), (1, 1)])
print(a == b, dict(a) == dict(b), a == {2: 2, 1: 1}, {2: 2, 1: 1} == a, a != b)
print(OrderedDict.fromkeys('abc'), OrderedDict.fromkeys('ab', 0), OrderedDict(a=1) | {'b': 2}, {'z': 0} | OrderedDict(a=1))
c = a.copy()
c[3] = 3
print(c, a, copy.copy(a), copy.deepcopy(a), type(c).__name__)
o = OrderedDict(a=1)
o |= {'b': 2}
print(o, OrderedDict(), repr(OrderedDict()), isinstance(o, dict))
r = OrderedDict()
r['me'] = r
print(r)
print(o.keys() == {'a', 'b'}, 'a' in o.keys(), ('a', 1) in o.items(), 1 in o.values(), len(o.keys()))
print(od.__reduce__()[0].__name__, od.__reduce__()[1], type(od.keys()).__name__)


class Sub(OrderedDict):
    pass


s = Sub(q=1)
s.move_to_end('q')
print(s, s.copy())
for f in [lambda: OrderedDict().popitem(), lambda: OrderedDict().move_to_end('x'), lambda: OrderedDict().pop('x'), lambda: OrderedDict(1), lambda: OrderedDict([1])]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
