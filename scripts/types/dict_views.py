# dict views: set operations with other iterables, reversed, repr,
# live updates, mapping attribute, and errors.
def safe(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, repr(k), str(it))
print(len(k), len(v), len(it), 'a' in k, 1 in v, ('a', 1) in it, ('a', 2) in it, 'a' in it, safe(lambda: ([], 1) in it), safe(lambda: [] in k))
print(list(reversed(k)), list(reversed(v)), list(reversed(it)), type(reversed(k)).__name__, type(reversed(v)).__name__, type(reversed(it)).__name__)
print(type(iter(k)).__name__, type(iter(v)).__name__, type(iter(it)).__name__, type(k).__name__, type(v).__name__, type(it).__name__)
print(k.mapping, v.mapping, it.mapping, safe(lambda: k.mapping.__setitem__('z', 1)))
d['d'] = 4
print(k, v, it)
del d['d']
for src in ['k & {"a", "x"}', 'k | {"x"}', 'k - {"a"}', 'k ^ {"a", "x"}', '{"a", "x"} & k', '{"x"} | k', '{"a", "q"} - k',
            '["a", "z"] & k', 'k & ["a", "z"]', 'k | ["z"]', 'k - "ab"', 'k ^ "az"', 'k & 1', '1 & k', 'k | None',
            'it & {("a", 1)}', 'it | {("z", 0)}', 'it - {("a", 1)}', 'it ^ [("a", 1), ("q", 0)]', 'it & [[1, 2]]',
            'v & v', 'v | {1}', 'k == {"a", "b", "c"}', 'k == ["a", "b", "c"]', 'k < {"a", "b", "c", "d"}', 'k <= k', 'k > {"a"}',
            'k >= {"a", "x"}', 'k != {"a"}', 'it == {("a", 1), ("b", 2), ("c", 3)}', 'it < {("a", 1)}', 'v == v', 'v == d.values()',
            'k.isdisjoint({"x"})', 'k.isdisjoint(["a"])', 'k.isdisjoint(1)', 'it.isdisjoint([("a", 1)])', 'k.isdisjoint(k)',
            'hash(k)', 'k[0]', 'v[0]', 'len(k & set())', 'type(k & set()).__name__', 'type(k | k).__name__', 'sorted(k ^ k)',
            'set(k) == set(d)', 'k & {1: 2}.keys()', '{"b": 0}.keys() | k', 'k.__and__({"a"})', 'k.__rand__({"a"})', 'k.__sub__(1)',
            'k.__rsub__({"a", "z"})', 'k.__rxor__({"a"})', 'k.__ror__({"z"})', '{} .keys() & k']:
    print(src, safe(lambda: eval(src)))

print('-- changed size during iteration')
d = {1: 1, 2: 2}
for src in ['for x in d: d[x + 10] = 0', 'for x in d.keys(): del d[x]', 'for x in d.values(): d.pop(1)',
            'for x in d.items(): d.clear()', 'for x in d: d[x] = 5', 'for x in reversed(d): d[x + 100] = 0']:
    d = {1: 1, 2: 2}
    try:
        exec(src)
        print(src, 'ok', d)
    except RuntimeError as e:
        print(src, type(e).__name__, e, d)
d = {1: 1, 2: 2}
it = iter(d)
next(it)
d[3] = 3
del d[3]
print(safe(lambda: next(it)))
d = {1: 1, 2: 2}
it = iter(d)
del d[1]
d[1] = 1
print(safe(lambda: list(it)))
d = {i: i for i in range(5)}
it = iter(d.items())
print(next(it), it.__length_hint__(), list(it), it.__length_hint__())
it = reversed(d)
print(next(it), it.__length_hint__(), list(it))

print('-- recursion and repr')
d = {}
d['self'] = d
print(d, d.keys(), d.values(), d.items())
l = [d]
d['l'] = l
print(d, l)
class K:
    def __repr__(self): return 'K()'
    def __hash__(self): return 1
print({K(): K()}, {K(): 1}.keys())
