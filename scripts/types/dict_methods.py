# dict: every method, argument errors, insertion order.
def safe(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

def run(src):
    d = {'a': 1, 'b': 2, 3: 'c'}
    try:
        r = eval(src, {'d': d})
    except Exception as e:
        print(src, '->', type(e).__name__ + ':', e, '|', d)
    else:
        print(src, '->', repr(r), '|', d)

for src in ['d["a"]', 'd["z"]', 'd[3]', 'd[3.0]', 'd[[1]]', 'd.get("a")', 'd.get("z")', 'd.get("z", 0)', 'd.get()', 'd.get(1, 2, 3)',
            'd.get([])', 'd.get(key="a")', 'd.setdefault("a")', 'd.setdefault("n")', 'd.setdefault("n", 5)', 'd.setdefault([], 1)',
            'd.setdefault()', 'd.pop("a")', 'd.pop("z")', 'd.pop("z", None)', 'd.pop()', 'd.pop(1, 2, 3)', 'd.pop([])', 'd.pop([], 1)',
            'd.popitem()', 'd.popitem(1)', 'd.keys()', 'd.values()', 'd.items()', 'd.copy()', 'd.clear()', 'd.update({"x": 1})',
            'd.update([("y", 2)])', 'd.update(z=3)', 'd.update({"a": 0}, a=5)', 'd.update([1])', 'd.update([(1, 2, 3)])', 'd.update(1)',
            'd.update([[1, 2]])', 'd.update(["ab"])', 'd.update(["abc"])', 'd.update({}, {})', 'd.update(None)', 'd.update(d)',
            'd.update(iter([("k", "v")]))', 'd.update(((1, 2),), x=1)', 'd.__len__()', 'd.__contains__("a")', 'd.__contains__([])',
            'd.__getitem__("b")', 'd.__setitem__("q", 9)', 'd.__delitem__("a")', 'd.__delitem__("zz")', 'd.__delitem__([])',
            'd.__eq__({})', 'd.__eq__(1)', 'd.__lt__({})', 'd.__or__({"b": 7})', 'd.__or__([])', 'd.__ror__({"b": 7})',
            'd.__ior__({"w": 0})', 'd.__ior__([("v", 1)])', 'd.__ior__(1)', 'd | {"b": 7, "n": 0}', '{"b": 7} | d', 'd | 1',
            'd | [("x", 1)]', 'dict.fromkeys("abc")', 'dict.fromkeys([1, 2], 0)', 'dict.fromkeys()', 'dict.fromkeys(1)',
            'dict.fromkeys([[]])', 'd.fromkeys("xy", [])', 'dict.fromkeys(range(3), None)', 'reversed(d).__class__.__name__',
            'list(reversed(d))', 'list(reversed(d.values()))', 'list(reversed(d.items()))', 'd.__reversed__().__class__.__name__',
            'len(d)', '"a" in d', '1 in d', '[] in d', 'list(d)', 'iter(d).__class__.__name__', 'd.__class_getitem__(int)',
            'd == {"b": 2, 3: "c", "a": 1}', 'd != d', 'd < d', 'd > {}', 'd == dict(d)', 'd.__hash__', 'hash(d)', 'd.__sizeof__() > 0',
            'd.__init__({"i": 1})', 'd.__init__(x=1)', 'd.__init__(1, 2)', 'd.has_key("a")', 'd.keys() == {"a", "b", 3}']:
    run(src)

print('-- constructor')
for src in ['dict()', 'dict({1: 2})', 'dict([(1, 2), (3, 4)])', 'dict(a=1, b=2)', 'dict({1: 2}, a=3)', 'dict([(1, 2)], b=1)',
            'dict(zip("ab", [1, 2]))', 'dict(1)', 'dict([1])', 'dict([(1,)])', 'dict([(1, 2, 3)])', 'dict(["ab", "cd"])',
            'dict({}, {})', 'dict(None)', 'dict([[1, 2]])', 'dict(((1, 2), [3, 4]))', 'dict(**{"x": 1})', 'dict({1: 2}, **{"a": 1})',
            'dict([("a", 1), ("a", 2)])', 'dict(a=1, **{"a": 2})', 'dict(iter([(1, 1)]))', 'dict(x for x in [(5, 6)])',
            'dict.__new__(dict)', 'dict(range(0))', 'dict(((i, i * i) for i in range(4)))', 'dict([(1, 2)], **{"1": 3})']:
    print(src, safe(lambda: eval(src)))

print('-- order')
d = {}
for k in [5, 'x', 3, (1, 2), 1.5, None, True]:
    d[k] = str(k)
print(d, list(d), list(d.values()))
d[5] = 'five'
del d['x']
d['x'] = 'again'
print(d)
d.pop(3)
d[3] = 'three'
print(d, d.popitem(), d.popitem(), d)
e = {}
print(safe(lambda: e.popitem()))
d = dict.fromkeys(range(10))
for k in range(0, 10, 2):
    del d[k]
d[0] = 0
print(list(d))
d = {i: i for i in range(100)}
for i in range(95):
    del d[i]
d['new'] = 1
print(d)
print({1: 'a', 1.0: 'b', True: 'c'}, {0: 1, 0.0: 2, False: 3, -0.0: 4})

print('-- comprehension')
print({x: x * x for x in range(5)}, {k: v for k, v in zip('abc', 'xyz') if k != 'b'}, {x % 3: x for x in range(10)})
print({(i, j): i * j for i in range(3) for j in range(i)})
