# collections.defaultdict: a dict subclass making missing values.
from collections import defaultdict
import copy

dd = defaultdict(list)
dd['a'].append(1)
dd['b']
print(dd, dd['a'], len(dd), 'c' in dd, dd.get('c'), 'c' in dd)
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, dict(counts), sorted(counts.items()))
print(defaultdict(), defaultdict(None, {1: 2}), defaultdict(list, a=1), defaultdict(lambda: 'x', [(1, 2)])[3] if False else 'skip')
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 2
print(nested['x'], dict(nested['x']))
d = defaultdict(set, {'k': {1}})
print(d.default_factory, isinstance(d, dict), type(d).__name__, d == {'k': {1}}, d.copy(), type(d.copy()).__name__, copy.copy(d), copy.deepcopy(d))
d.default_factory = tuple
print(d['new'], d)
d.default_factory = None
try:
    d['missing']
except KeyError as e:
    print('KeyError', e)
print(d.__missing__ if False else 'ok', d.__reduce__()[:2], defaultdict(int).__reduce__()[:2])
r = defaultdict(list)
r['self'] = r
print(r)
print(defaultdict(int, {1: 1}) | {2: 2}, {0: 0} | defaultdict(int, {1: 1}), type({0: 0} | defaultdict(int)).__name__)
x = defaultdict(int)
x |= {5: 5}
print(x, defaultdict[int, str])


class Tally(defaultdict):
    def __init__(self):
        super().__init__(int)


t = Tally()
t['z'] += 3
print(t, t.default_factory, t.__dict__)


class Loud(defaultdict):
    def __missing__(self, key):
        return 'loud-' + str(key)


print(Loud()[4], Loud(list).get(4))
for f in [lambda: defaultdict(5), lambda: defaultdict(list, 3), lambda: defaultdict(int).__missing__(), lambda: defaultdict(int)[[]]]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
