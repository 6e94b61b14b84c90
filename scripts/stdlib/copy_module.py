# copy: shallow and deep copies of builtins and user classes, memo and
# recursion, __copy__/__deepcopy__/__reduce_ex__/__getstate__ hooks,
# copyreg registrations and copy.Error.
import copy
import copyreg
import collections


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)


nested = [1, [2, 3], {'k': [4]}, (5, [6]), {7, 8}]
s = copy.copy(nested)
d = copy.deepcopy(nested)
print(s == nested, s is nested, s[1] is nested[1], d[1] is nested[1], d[2]['k'] is nested[2]['k'], d[3] is nested[3])
t = (1, 2, 'x')
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is (1, [2])[1])
for v in [1, 2.5, 'str', b'b', None, True, range(3), len, frozenset({1}), Ellipsis, NotImplemented, int, 3j]:
    print(repr(v), copy.copy(v) is v, copy.deepcopy(v) is v)
ba = bytearray(b'ab')
print(copy.copy(ba) is ba, copy.copy(ba) == ba, copy.copy([1]) is not None)

# Recursive structures keep their shape.
r = [1]
r.append(r)
rc = copy.deepcopy(r)
print(rc[1] is rc, rc is not r, repr(rc))
dd = {}
dd['self'] = dd
print(copy.deepcopy(dd)['self'] is not dd)

# The memo shares objects referenced twice.
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is not shared)
memo = {}
copy.deepcopy(pair, memo)
print(id(shared) in memo, memo[id(shared)] == [0])


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f'Point({self.x!r}, {self.y!r})'


p = Point([1], 2)
pc = copy.copy(p)
pd = copy.deepcopy(p)
print(pc, pd, pc.x is p.x, pd.x is p.x, type(pd) is Point)


class Hooks:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print('  __copy__ called')
        return Hooks(('copied', self.v))

    def __deepcopy__(self, memo):
        print('  __deepcopy__ called with', type(memo).__name__)
        return Hooks(('deep', copy.deepcopy(self.v, memo)))


print(copy.copy(Hooks(1)).v)
print(copy.deepcopy([Hooks(2)])[0].v)


class Slots:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = [1]


sl = copy.deepcopy(Slots())
print(sl.a, hasattr(sl, 'b'))


class State:
    def __init__(self):
        self.data = [1, 2]
        self.cache = 'expensive'

    def __getstate__(self):
        st = self.__dict__.copy()
        del st['cache']
        return st

    def __setstate__(self, st):
        print('  __setstate__', sorted(st))
        self.__dict__.update(st)
        self.cache = 'rebuilt'


sc = copy.deepcopy(State())
print(sc.data, sc.cache)


class Reduce:
    def __init__(self, a, b=0):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Reduce, (self.a, self.b + 1))


rr = copy.copy(Reduce(1))
print(rr.a, rr.b)


class Weird:
    def __reduce_ex__(self, proto):
        return 'a string'


w = Weird()
show(lambda: copy.copy(w) is w)


class Unreducible:
    def __reduce_ex__(self, proto):
        raise TypeError('cannot reduce')


show(lambda: copy.deepcopy(Unreducible()))


# copyreg lets a class register how to reduce it.
class Reg:
    def __init__(self, v):
        self.v = v


copyreg.pickle(Reg, lambda o: (Reg, (o.v * 10,)))
print(copy.copy(Reg(1)).v, copy.deepcopy(Reg(2)).v)

# Subclasses of builtins keep their type and attributes.


class MyList(list):
    pass


ml = MyList([1, [2]])
ml.tag = 'x'
mc = copy.deepcopy(ml)
print(type(mc).__name__, mc, mc.tag, mc[1] is ml[1])
od = collections.OrderedDict(a=[1])
print(copy.deepcopy(od), type(copy.copy(collections.defaultdict(list))).__name__)
dq = collections.deque([1, [2]], maxlen=3)
print(copy.deepcopy(dq), copy.copy(dq).maxlen)
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
print(copy.replace if hasattr(copy, 'replace') else 'no replace in 3.11')
show(lambda: copy.copy())
show(lambda: copy.deepcopy(1, {}, 'extra'))
