# list: every method with its edge cases and argument errors.
def safe(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

def run(src, env):
    try:
        r = eval(src, env)
    except Exception as e:
        print(src, '->', type(e).__name__ + ':', e, '|', env.get('a'))
    else:
        print(src, '->', repr(r), '|', env.get('a'))

cases = [
    'a.append(4)', 'a.append()', 'a.append(1, 2)', 'a.extend([5, 6])', 'a.extend(range(3))', 'a.extend("xy")', 'a.extend(a)',
    'a.extend(1)', 'a.extend(None)', 'a.extend({1: 2})', 'a.extend(x for x in [9])', 'a.insert(0, "s")', 'a.insert(-1, "m")',
    'a.insert(100, "e")', 'a.insert(-100, "b")', 'a.insert(1.0, 2)', 'a.insert(1)', 'a.insert(2**70, "x")', 'a.insert(-2**70, "y")',
    'a.remove(2)', 'a.remove(99)', 'a.remove()', 'a.pop()', 'a.pop(0)', 'a.pop(-1)', 'a.pop(10)', 'a.pop(-10)', 'a.pop("1")',
    'a.pop(1, 2)', 'a.index(3)', 'a.index(99)', 'a.index(3, 1)', 'a.index(3, 0, 2)', 'a.index(3, -2)', 'a.index(1, -100, 100)',
    'a.index(3, 2**70)', 'a.index(3, -2**70)', 'a.index(3, "a")', 'a.index()', 'a.index(3, start=0)', 'a.count(1)', 'a.count()',
    'a.count(1.0)', 'a.reverse()', 'a.reverse(1)', 'a.clear()', 'a.copy()', 'a.copy() is a', 'a.sort()', 'a.sort(reverse=True)',
    'a.sort(key=lambda x: -x)', 'a.sort(1)', 'a.sort(key=1)', 'a.sort(foo=1)', 'a.sort(reverse=None)', 'a.sort(reverse="x")',
    'a.__len__()', 'a.__contains__(2)', 'a.__getitem__(0)', 'a.__setitem__(0, 9)', 'a.__delitem__(0)', 'a.__iadd__([7])',
    'a.__imul__(2)', 'a.__mul__(2)', 'a.__rmul__(2)', 'a.__add__((1,))', 'a.__add__([1])', 'a.__iadd__((1,))', 'type(a.__reversed__()).__name__',
    'a.__sizeof__() > 0', 'list.append(a, 5)', 'list.append(1, 5)', 'a.__class_getitem__(int)', 'a.__hash__', 'a.__eq__(a)',
    'a.__lt__((1,))', 'a.__lt__([1])', 'a.__ge__([1, 2, 3])', 'a.__init__([8, 9])', 'a.__init__()', 'a.__init__(1)',
]
for c in cases:
    run(c, {'a': [1, 2, 3]})

print('-- constructors')
for src in ['list()', 'list([1, 2])', 'list("ab")', 'list(range(3))', 'list({1: 2, 3: 4})', 'list((1,))', 'list(1)', 'list(None)',
            'list([1], [2])', 'list(iterable=[1])', 'list(x for x in range(3))', 'list({3, 1, 2})', 'list(b"ab")', 'list(map(str, [1]))',
            '[].__class__', 'list.__new__(list)', 'list.__new__(list, 5)', 'list.__new__(int)', 'type([]).__name__']:
    print(src, safe(lambda: eval(src)))

print('-- repr')
a = [1, 'a', None, 2.5, (1,), [2], {3: 4}, {5}, b'x']
print(a, repr(a), str(a))
a.append(a)
print(a)
b = [a, [a]]
print(b)
d = {'k': []}
d['k'].append(d)
print(d)
class R:
    def __repr__(self): return 'R!'
print([R(), [R()]], [[[[]]]])
class BadRepr:
    def __repr__(self): return 5
print(safe(lambda: repr([BadRepr()])))
class Boom:
    def __repr__(self): raise ValueError('boom')
print(safe(lambda: repr([1, Boom()])), safe(lambda: str([Boom()])))

print('-- comparisons')
for x, y in [([], []), ([1], [1]), ([1], [2]), ([1, 2], [1]), ([1], [1, 2]), ([1, 'a'], [1, 'b']), ([1, 'a'], [1, 2]),
             ([1, 2], [1, 'a']), ([float('nan')], [float('nan')]), ([None], [None]), ([None], [1]), ([[1]], [[1]]), ([1], (1,))]:
    print(x, y, [safe(lambda: eval('x %s y' % op)) for op in ['==', '!=', '<', '<=', '>', '>=']])
class AlwaysEq:
    def __eq__(self, o): return True
print([AlwaysEq()] == [1], [1] == [AlwaysEq()], [AlwaysEq()].index(5), [1, 2].count(AlwaysEq()), AlwaysEq() in [3])
class CmpCount:
    n = 0
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        CmpCount.n += 1
        return self.v == o.v
    def __lt__(self, o):
        CmpCount.n += 1
        return self.v < o.v
l1 = [CmpCount(i) for i in range(5)]
l2 = [CmpCount(i) for i in range(5)]
print(l1 == l2, CmpCount.n, l1 < l2, CmpCount.n)

print('-- arithmetic')
a = [1, 2]
for src in ['a + [3]', 'a + (3,)', 'a * 3', '3 * a', 'a * 0', 'a * -1', 'a * True', '[] * 10', '[[]] * 3', 'a * 2**62',
            'a * 1.0', 'a + None', 'a - a', 'a * a', '-a']:
    print(src, safe(lambda: eval(src)))
b = a
a += (3, 4)
print(a, b is a)
a += 'xy'
print(a)
a += range(2)
print(a)
a *= 2
print(a, b is a)
a *= 0
print(a, b is a)
a = [1]
try:
    a += 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a *= 'x'
except TypeError as e:
    print(type(e).__name__, e)
a *= -5
print(a)
x = [[0] * 2] * 2
x[0][0] = 1
print(x)
