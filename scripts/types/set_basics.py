# set and frozenset: every method and operator with other iterables and
# their errors.
def safe(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

def run(src):
    s = {1, 2, 3}
    f = frozenset({3, 4})
    try:
        r = eval(src, {'s': s, 'f': f})
    except Exception as e:
        print(src, '->', type(e).__name__ + ':', e, '|', s)
    else:
        print(src, '->', repr(r), '|', s)

for src in ['s.add(4)', 's.add([])', 's.add()', 's.remove(1)', 's.remove(9)', 's.remove([])', 's.discard(9)', 's.discard([])',
            's.discard({1})', 's.remove(frozenset())', 's.pop()', 'set().pop()', 's.clear()', 's.copy()', 's.update([5], "ab")',
            's.update()', 's.update(1)', 's.union()', 's.union([9], (8,))', 's.union(1)', 's.intersection([1, 2], {2, 9})',
            's.intersection()', 's.intersection_update([1])', 's.intersection_update([1], [2])', 's.difference([1], {2})',
            's.difference()', 's.difference_update("x", [3])', 's.symmetric_difference([3, 4])', 's.symmetric_difference([1], [2])',
            's.symmetric_difference_update({1, 7})', 's.issubset([1, 2, 3, 4])', 's.issubset([1])', 's.issubset(1)',
            's.issuperset([1])', 's.issuperset(range(5))', 's.isdisjoint([4])', 's.isdisjoint((1,))', 's.isdisjoint(None)',
            's | f', 's & f', 's - f', 's ^ f', 'f | s', 'f & s', 'f - s', 'f ^ s', 's | [1]', '[1] | s', 's & "a"', 's - ()',
            's ^ 1', 's < {1, 2, 3, 4}', 's <= s', 's > {1}', 's >= {1, 9}', 's == {3, 2, 1}', 's == frozenset(s)', 's != [1, 2, 3]',
            's < [1]', 's <= 1', 's == [1, 2, 3]', 's.__eq__([1])', 's.__lt__([1])', 's.__or__([1])', 's.__ior__([1])', 's.__ior__({7})',
            's.__iand__({1})', 's.__isub__({1})', 's.__ixor__({1, 9})', 's.__contains__([])', 's.__contains__({1})',
            's.__contains__(frozenset({1}))', '{frozenset({1})}.__contains__({1})', '{frozenset()}.__contains__(set())',
            's.__len__()', 'len(s)', '1 in s', '[] in s', 'type(iter(s)).__name__', 's.__hash__', 'hash(s)', 'hash(f) == hash(frozenset([4, 3]))',
            'f.add', 'f.copy() is f', 'frozenset(f) is f', 'f.union([1])', 'type(f.union([1])).__name__', 'type(f | s).__name__',
            'type(s | f).__name__', 'type(f.copy()).__name__', 'f.intersection()', 'f.difference()', '{1, 2} == {1.0, 2.0}',
            '{[]}', '{{1}}', '{frozenset({1})}', 'set([[1]])', 'frozenset([{}])', 'set(1)', 'set(None)', 'set("abc") == set("cba")',
            'set([1], [2])', 'set(iterable=[1])', 'frozenset(iterable=[1])', 'set().__init__([1, 2])', 's.__init__("ab")',
            's.__reduce__()[0].__name__', 'set.__doc__ is not None', 'frozenset.__new__(frozenset, [1])', 'set.__new__(set, [1])']:
    run(src)
s = {1, 2}
t = s
s |= {3}
s &= {1, 3, 5}
s -= {1}
s ^= {7}
print(s, t is s)
try:
    s |= [1]
except TypeError as e:
    print(type(e).__name__, e)
f = frozenset([1])
g = f
f |= {2}
print(f, g, f is g)
class S(set):
    pass
class F(frozenset):
    pass
print(S([1]), F([1]), repr(S()), repr(F()), type(S([1]) | {2}).__name__, type(F([1]) | {2}).__name__, type({2} | F([1])).__name__)
print(type(S([1]).copy()).__name__, type(F([1]).copy()).__name__, F([1]) == {1}, hash(F([1])) == hash(frozenset([1])))
print(set(), frozenset(), repr(set()), repr(frozenset()), {1, 'a', None, (1, 2)} == {(1, 2), None, 'a', 1})
r = set()
class Holder:
    def __init__(self, s): self.s = s
    def __hash__(self): return 1
    def __repr__(self): return 'H(%r)' % (self.s,)
r.add(Holder(r))
print(r)
