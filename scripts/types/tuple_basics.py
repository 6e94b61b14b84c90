# tuple: construction, repr (1-tuples), hash, comparisons, methods.
def safe(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

for src in ['()', '(1,)', '(1, 2)', 'tuple()', 'tuple([1, 2])', 'tuple("ab")', 'tuple(range(3))', 'tuple({1: 2})', 'tuple(1)',
            'tuple([1], [2])', 'tuple(iterable=[1])', 'tuple(x for x in "xy")', '((),)', '(((1,),),)', 'tuple((1, 2))',
            '(1, 2) + (3,)', '(1,) * 3', '3 * (1,)', '(1,) * -1', '(1, 2) * 0', '() * 5', '(1,) + [2]', '(1,) * 1.5',
            '(1, 2, 3).index(2)', '(1, 2, 3).index(4)', '(1, 2, 3, 2).index(2, 2)', '(1, 2, 3).index(2, -1)', '(1, 2).index(1, 0, 0)',
            '(1, 2, 3).index()', '(1, 2, 2).count(2)', '(1, 2).count()', '(1, [2]).count([2])', '(1, 2)[5]', '(1, 2)[-3]',
            '(1, 2)[::-1]', 'len((1, 2, 3))', '2 in (1, 2)', '[2] in (1, [2])', '(1, 2).__getnewargs__()', 'tuple.__new__(tuple, [1])',
            '(1, 2) < (1, 3)', '(1, 2) < (1, 2, 0)', '(1, "a") < (1, 2)', '(1, 2) == [1, 2]', '(1, 2) != (1, 2)', '() < ()', '(1,) > ()',
            '(1, 2) <= (1, 2)', '(float("nan"),) == (float("nan"),)', '(None,) < (None,)', '(1, None) < (2, None)',
            'hash((1, 2)) == hash((1, 2))', 'hash((1, [2]))', 'hash(((1, 2), (3, 4)))', '(1, 2).__len__()', '(1,).__mul__(2)',
            '(1,).__rmul__(2)', '(1,).__add__([2])', '(1,).__add__((2,))', 'tuple.__doc__ is not None', '(1, 2).__contains__(2)',
            '(1, 2)[True]', '(1, 2, 3)[1:] is (1, 2, 3)[1:]', 'type((1, 2)[0:1]).__name__', '(1, 2)[0] = 5']:
    try:
        print(src, '->', repr(eval(src)))
    except SyntaxError:
        try:
            exec(src)
        except Exception as e:
            print(src, '->', type(e).__name__ + ':', e)
    except Exception as e:
        print(src, '->', type(e).__name__ + ':', e)
x = (1, 2)
x += (3,)
print(x)
x *= 2
print(x)
l = [1]
t = (l, l)
l.append(t)
print(t, [t])
class T(tuple):
    pass
u = T([1, 2])
print(u, repr(T()), type(u + (3,)).__name__, type(u * 2).__name__, type(u[:]).__name__, u == (1, 2), hash(u) == hash((1, 2)))
class T2(tuple):
    def __repr__(self): return 'T2!'
print(T2((1,)), [T2((1,))], (T2(),))
class NT(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    a = property(lambda self: self[0])
n = NT(5, 6)
print(n, n.a, n[1], len(n), n + (7,))
try:
    t = (1, 2)
    t[0] = 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append(1)
except AttributeError as e:
    print(type(e).__name__, e)
a, *b = (1, 2, 3)
print(a, b)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print(type(e).__name__, e)
