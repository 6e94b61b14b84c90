# Types CPython writes in C carry a dotted name (tp_name) that messages
# use, while __name__ is the last part: types.SimpleNamespace,
# collections.OrderedDict, collections.deque. Concatenation errors name
# the builtin type, also for a subclass's instances.
import collections, types, sys, pickle, copy

def safe(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

objs = [collections.OrderedDict(a=1), collections.deque([1]), types.SimpleNamespace(a=1),
        collections.defaultdict(int), collections.Counter('ab')]
for o in objs:
    T = type(o)
    print(T.__name__, T.__qualname__, T.__module__, repr(T))
    print(' ', safe(lambda: o.zzz_missing))
    print(' ', safe(lambda: o + 1))
    print(' ', safe(lambda: o < 1))
    print(' ', safe(lambda: len(o)), safe(lambda: o()), repr(o))

class O(collections.OrderedDict):
    pass
print(repr(O(a=1)), repr(O()), safe(lambda: O().zzz), O.__mro__[1].__name__)
print(repr(collections.OrderedDict(a=1).keys()), repr(collections.OrderedDict(a=1).items()))

n = types.SimpleNamespace(a=1, b=[2])
print(vars(n), n.__dict__, pickle.loads(pickle.dumps(n)), copy.deepcopy(n) == n)
n.__dict__['c'] = 3
print(n, 'c' in dir(n), safe(lambda: n[0]), safe(lambda: types.SimpleNamespace(1)))
class NS(types.SimpleNamespace):
    pass
print(NS(b=2), vars(NS(c=3)), safe(lambda: NS(1)))

class T(tuple): pass
class L(list): pass
class S(str): pass
P = collections.namedtuple('P', 'x y')
for o in (T(), L(), S(), P(1, 2), sys.version_info, 'a', [], (), b'', bytearray()):
    print(type(o).__name__, safe(lambda: o + 1), safe(lambda: o + None))
print(safe(lambda: 'a'.__add__(1)), safe(lambda: [].__add__(1)), safe(lambda: ().__add__(1)))
print(hasattr('a', '__radd__'), hasattr([], '__radd__'), safe(lambda: str.__add__('x', 'y')))
class R(str):
    def __radd__(self, other):
        return 'radd'
print('x' + R('q'), safe(lambda: 1 + R('q')))
