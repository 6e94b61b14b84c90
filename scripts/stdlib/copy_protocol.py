# copy: which hook wins (__copy__ on the class, __deepcopy__ on the
# instance, copyreg's table, __reduce_ex__, __reduce__), the parts of a
# reduction (state, slot state, list and dict items), the memo and its
# keep-alive list, objects that are their own copies, and the errors.
import copy
import copyreg
import types
import weakref


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class Tracer:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        return "class __copy__"

    def __deepcopy__(self, memo):
        return "class __deepcopy__"


t = Tracer(1)
t.__copy__ = lambda: "instance __copy__"
t.__deepcopy__ = lambda memo: "instance __deepcopy__"
print(copy.copy(t), copy.deepcopy(t))


class Registered:
    def __copy__(self):
        return "own __copy__"

    def __reduce_ex__(self, proto):
        return "never"


copyreg.pickle(Registered, lambda o: (Registered, ()))
print(copy.copy(Registered()), type(copy.deepcopy(Registered())).__name__)
del copyreg.dispatch_table[Registered]


class OnlyReduce:
    __reduce_ex__ = None

    def __reduce__(self):
        print("  __reduce__ called")
        return (OnlyReduce, ())


print(type(copy.copy(OnlyReduce())).__name__)


class Nothing:
    __reduce_ex__ = None
    __reduce__ = None


show("copy", lambda: copy.copy(Nothing()))
show("deepcopy", lambda: copy.deepcopy(Nothing()))
show("Error", lambda: (copy.Error.__mro__, copy.error.__name__))


class ProtoSeen:
    def __reduce_ex__(self, proto):
        print("  proto", proto)
        return (ProtoSeen, ())


copy.copy(ProtoSeen())
copy.deepcopy(ProtoSeen())


# The parts of a reduction.
def rebuild(*args):
    print("  rebuild", args)
    return Bag()


class Bag:
    def __init__(self):
        self.items, self.pairs = [], {}

    def append(self, x):
        self.items.append(x)

    def __setitem__(self, k, v):
        self.pairs[k] = v


class Full:
    def __reduce_ex__(self, proto):
        return (rebuild, ([1], "a"), {"d": [2]}, iter([[3], 4]), iter([("k", [5])]))


shared = [1]


class SlotState:
    def __reduce_ex__(self, proto):
        return (Bag, (), ({"x": shared}, {"y": shared}))


for fn in (copy.copy, copy.deepcopy):
    b = fn(Full())
    print(fn.__name__, vars(b))
    s = fn(SlotState())
    print(fn.__name__, s.x, s.y, s.x is shared, s.x is s.y)


class NoneState:
    def __reduce_ex__(self, proto):
        return (Bag, (), (None, {"only": 1}))


print(vars(copy.copy(NoneState())))


class WithSetState:
    def __reduce_ex__(self, proto):
        return (WithSetState, (), [1, 2])

    def __setstate__(self, state):
        print("  __setstate__", state)


copy.copy(WithSetState())
copy.deepcopy(WithSetState())


class FalseState:
    def __reduce_ex__(self, proto):
        return (Bag, (), {})


print(vars(copy.copy(FalseState())))


class Short:
    def __reduce_ex__(self, proto):
        return (Bag,)


show("short", lambda: copy.copy(Short()))


class Long:
    def __reduce_ex__(self, proto):
        return (Bag, (), None, None, None, None, None)


show("long", lambda: copy.copy(Long()))


# Slots and __dict__ together.
class Mixed:
    __slots__ = ("a", "__dict__")


m = Mixed()
m.a, m.b = [1], [2]
mc = copy.deepcopy(m)
print(mc.a, mc.b, mc.a is m.a, copy.copy(m).a is m.a)


# Own copies and fresh copies.
def f():
    pass


class Prop:
    p = property(lambda self: 1)


for v in (f, len, Prop.__dict__["p"], slice(1, 2), range(3), f.__code__, weakref.ref(Prop), Ellipsis,
          types.SimpleNamespace(a=1), frozenset({1}), (1, (2, 3)), 10 ** 30, "s" * 3, b"x"):
    print(type(v).__name__, copy.copy(v) is v, copy.deepcopy(v) is v)
print(copy.copy(Prop) is Prop, copy.deepcopy(Prop) is Prop, copy.deepcopy(type) is type)


# Bound methods are bound to a copy of their object.
class Holder:
    def __init__(self):
        self.data = [1]

    def get(self):
        return self.data


h = Holder()
bm = copy.deepcopy(h.get)
print(bm() == h.get(), bm() is h.data, bm.__self__ is h, copy.copy(h.get).__self__ is h)


# The memo: shared objects, recursion through tuples, the keep-alive list.
memo = {}
lst = [1]
tup = (lst, lst)
out = copy.deepcopy(tup, memo)
print(out[0] is out[1], out is tup, memo[id(lst)] is out[0], memo[id(tup)] is out)
alive = memo[id(memo)]
print(len(alive), alive[0] is lst, alive[1] is tup)
print(copy.deepcopy(lst, memo) is out[0], copy.deepcopy(("const", 1), memo) == ("const", 1))

r = []
tr = (r,)
r.append(tr)
rc = copy.deepcopy(tr)
print(rc[0][0] is rc, rc is not tr)

same = (1, "a", None)
m2 = {}
print(copy.deepcopy(same, m2) is same, id(same) in m2, len(m2))

# Dict keys are copied too; sets go through their reduction.
k = (1, [2])
dk = copy.deepcopy({1: k, "s": {3, 4}})
print(dk[1] is k, dk[1] == k, dk["s"], type(dk["s"]).__name__)
print(copy.copy({1, 2}), copy.copy(frozenset()) is not None, copy.copy(bytearray(b"a")))


class DictSub(dict):
    pass


class ListSub(list):
    pass


ds = DictSub(a=[1])
ds.attr = "x"
ls = ListSub([[1]])
print(type(copy.copy(ds)).__name__, copy.copy(ds).attr, copy.copy(ds)["a"] is ds["a"],
      copy.deepcopy(ds)["a"] is ds["a"], type(copy.deepcopy(ls)).__name__, copy.deepcopy(ls)[0] is ls[0])
show("args", lambda: copy.copy(1, 2))
show("kw", lambda: copy.deepcopy(1, memo=None, x=1))
print(copy.__all__, copy.dispatch_table is copyreg.dispatch_table)


# Falsy and malformed state parts.
for st in (0, (0, None), (None, 0), ({}, {}), ("", None), (None, {}), [], (None, [])):
    class R:
        def __reduce_ex__(self, p, st=st):
            return (Bag, (), st)
    for fn in (copy.copy, copy.deepcopy):
        show(repr(st), lambda: vars(fn(R())))


# __deepcopy__ is looked up once, on the instance.
class Looked:
    @property
    def __deepcopy__(self):
        print("  __deepcopy__ looked up")
        return lambda memo: "from property"


print(copy.deepcopy(Looked()))
