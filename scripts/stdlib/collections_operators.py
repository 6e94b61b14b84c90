# Counter's multiset operators and comparisons (missing elements count
# zero), UserDict/OrderedDict construction and | forms, and the names
# of the generated UserString methods and ABC subclass hooks.
from collections import *
c, d = Counter(a=3, b=-1, c=0), Counter(a=1, b=2, d=-5, e=4)
for op in ('+', '-', '|', '&'):
    print(op, eval('c %s d' % op), eval('d %s c' % op))
print(+c, -c, +d, -d)
print(c == d, c <= d, c < d, c >= d, c > d, c != d, Counter(a=1) == Counter(a=1, b=0), Counter(a=1) < Counter(a=2))
print(c.__add__(3), c.__eq__({}), c.__le__(1))
e = Counter(a=1, b=5); e &= Counter(a=3, b=1); print(e)
e = Counter(a=1); e |= Counter(a=3, z=-1); print(e)
e = Counter(a=1); e -= Counter(a=3); print(e)
try: UserDict(0)
except Exception as x: print(type(x).__name__, x)
print(UserDict({}), UserDict(None, a=1))
o = OrderedDict(a=1)
print(o | {'b': 2}, {'z': 0} | o, o.__or__(3))
o |= [('q', 1)]; print(o)
print(o.setdefault('a', 5), o.setdefault('n', 6), o)
print(UserString.lower.__qualname__, UserString.__str__.__qualname__, UserString.isalpha.__name__)
try: UserString('a').lower(1)
except TypeError as x: print(x)
print(Counter('abracadabra').most_common(2), Counter({'x': 1.5, 'y': 0.5}) + Counter(y=1))
import collections.abc as A
print(A.Hashable.__subclasshook__, A.Iterable.__subclasshook__.__qualname__)
print(ChainMap({}).new_child(None), ChainMap().new_child({'a':1}))
