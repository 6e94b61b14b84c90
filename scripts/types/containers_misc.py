# Containers: recursive reprs, comparisons of nested and mixed
# containers, mutation during iteration, popitem order, KeyError reprs.
def safe(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

l = [1, 2]
l.append(l)
d = {'a': 1}
d['self'] = d
t = (l, d)
print(l, d, t, repr(l), str(d))
ll = [l, [l]]
print(ll)
dl = {'l': [d]}
print(dl)
s = set()
print(safe(lambda: s.add(frozenset([frozenset()]))), s)
class R:
    def __init__(self): self.x = [self]
    def __repr__(self): return 'R(%r)' % (self.x,)
print(safe(lambda: repr(R())[:40]))

print('-- comparisons')
for src in ['[1, 2] < [1, 3]', '[1, 2] < [1, 2, 0]', '[] < [0]', '[1, "a"] < [1, 2]', '[1, 2] == (1, 2)', '(1, 2) < (1, 2.5)',
            '[float("nan")] == [float("nan")]', '[n] == [n]', '(n,) < (n,)', '[[1], [2]] < [[1], [3]]', '[1] <= [1]',
            '{1: 2} == {1: 2.0}', '{1: 2} < {1: 3}', '{1} < {1, 2}', '{1, 2} <= {1, 2}', 'frozenset({1}) == {1}', '{1} == [1]',
            '(1, 2) == (1, 2)', '() == ()', '[1] * 3 == [1, 1, 1]', '[1, 2] > [1]', 'sorted([[2], [1, 5], [1]])']:
    n = float('nan')
    print(src, '->', safe(lambda: eval(src)))

print('-- mutation during iteration')
d = {1: 1, 2: 2}
def grow():
    for k in d:
        d[k + 10] = 1
print(safe(grow), len(d))
d = {1: 1, 2: 2}
def shrink():
    for k in d:
        del d[k]
print(safe(shrink), d)
d = {1: 1, 2: 2}
def replace_same_size():
    for k in list(d):
        pass
    for k in d:
        d[k] = 5
    return d
print(safe(replace_same_size))
d = {1: 1, 2: 2}
def change_keys_same_size():
    seen = []
    for k in d:
        seen.append(k)
        if k == 1:
            del d[1]
            d[3] = 3
    return seen
print(safe(change_keys_same_size), d)
s = {1, 2}
def setgrow():
    for x in s:
        s.add(x + 10)
print(safe(setgrow))
d = {1: 1, 2: 2}
def viewgrow():
    for k, v in d.items():
        d[k + 10] = v
print(safe(viewgrow))
l = [1, 2, 3]
out = []
for x in l:
    out.append(x)
    if x == 1:
        l.remove(2)
print(out, l)

print('-- popitem and KeyError')
d = dict.fromkeys('abcde')
print([d.popitem() for _ in range(3)], d)
print(safe(lambda: {}.popitem()), safe(lambda: {}['k']), safe(lambda: {}[('a', 1)]), safe(lambda: {}[()]),
      safe(lambda: {}[(1,)]), safe(lambda: {}[None]), safe(lambda: {}[''] ), safe(lambda: {}.pop('x')), safe(lambda: set().pop()),
      safe(lambda: set().remove((1, 2))), safe(lambda: {}[frozenset()]))
try:
    {}[(1, 2)]
except KeyError as e:
    print(e.args, str(e), repr(e))
try:
    {}['multi\nline']
except KeyError as e:
    print(e.args, str(e), repr(e))
