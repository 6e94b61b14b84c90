# collections.Counter: counting, most_common, arithmetic, comparisons.
from collections import Counter

c = Counter('abracadabra')
print(c, c['a'], c['z'], len(c), c.total())
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(10))
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1).elements()))
c.update('aaz')
c.update({'b': 5})
c.update(q=2)
print(c)
c.subtract('aa')
c.subtract({'q': 10})
print(c)
print(Counter(), Counter({'x': 1}), Counter(a=3, b=1), Counter([1, 1, 2]), Counter(Counter('aab')))
a = Counter(a=3, b=1, d=-2)
b = Counter(a=1, b=2, c=4)
print(a + b, a - b, a | b, a & b, +a, -a)
a2 = Counter(a)
a2 += b
print(a2)
a2 -= Counter(a=10)
print(a2)
a3 = Counter(a=1)
a3 |= Counter(a=5, z=2)
print(a3)
a3 &= Counter(a=2)
print(a3)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2), Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1), Counter(a=2) > Counter(a=1, b=0))
print(Counter(a=1) == {'a': 1}, Counter() == Counter(x=0))
del c['a']
del c['never']
print(c, c.copy(), type(c.copy()).__name__, c.__reduce__())
print(Counter({'x': 'a', 'y': 2}) if False else Counter({1: [1], 2: [2]}))
print(repr(Counter({'a': 1.5, 'b': 3})), Counter('hello').most_common(1), isinstance(Counter(), dict))
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(3))


class MyCounter(Counter):
    pass


print(MyCounter('aab'), MyCounter())
for f in [lambda: Counter.fromkeys('ab'), lambda: Counter(1), lambda: Counter('a', 'b'), lambda: Counter() + 1, lambda: Counter() < {}, lambda: hash(Counter())]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
