# Subclasses of list and dict: instances have the subclass's type, the
# builtin methods work on the builtin value, overridden dunders win, and
# results of builtin methods have the types CPython gives.


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class MyList(list):
    def extra(self):
        return "extra"


ml = MyList([3, 1, 2])
print(ml, type(ml).__name__, len(ml), ml[0], ml[-1], ml.extra(), isinstance(ml, list))
ml.append(4)
ml.sort()
print(ml, type(ml).__name__)
print(type(ml + []).__name__, type([] + ml).__name__, type(ml * 2).__name__, type(ml[:]).__name__, type(ml.copy()).__name__)
ml += [5]
print(type(ml).__name__, ml)
ml *= 1
print(type(ml).__name__, ml == [1, 2, 3, 4, 5], ml != [1], [1, 2, 3, 4, 5] == ml)
print(list(ml), type(list(ml)).__name__, sorted(ml, reverse=True), reversed(ml).__class__.__name__)
print(repr(ml), str(ml), f"{ml}", bool(MyList()), 3 in ml, ml.index(3), ml.count(1))
ml.attr = "has dict"
print(ml.attr, vars(ml))
del ml[0]
ml[0:2] = [9, 9]
print(ml, ml.pop(), ml)


class LoggingList(list):
    def __getitem__(self, i):
        print("getitem", i)
        return super().__getitem__(i)

    def __setitem__(self, i, v):
        print("setitem", i, v)
        super().__setitem__(i, v)

    def __len__(self):
        return 100

    def append(self, x):
        print("append", x)
        super().append(x)


ll = LoggingList([1, 2, 3])
print(ll[1])
ll[0] = 10
print(len(ll), list(ll), ll)
ll.append(4)
ll.extend([5])
print([x for x in ll], sum(ll), sorted(ll))
print(bool(LoggingList()))


class InitList(list):
    def __init__(self, n):
        super().__init__(range(n))


print(InitList(3), type(InitList(3)).__name__)
show(lambda: InitList())


class NewList(list):
    def __new__(cls, *args):
        print("new", args)
        return super().__new__(cls)


nl = NewList([1, 2])
print(nl)


class MyDict(dict):
    def __missing__(self, key):
        print("missing", key)
        return key * 2


md = MyDict(a=1)
print(md["a"], md["bb"], md.get("zz"), "zz" in md, md)
print(type(md).__name__, type(md.copy()).__name__, type(dict(md)).__name__, type(md | {}).__name__, type({} | md).__name__)
md |= {"c": 3}
print(type(md).__name__, md)
print(MyDict.fromkeys("ab", 0), type(MyDict.fromkeys("ab")).__name__)


class DefaultDictLike(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory

    def __missing__(self, key):
        v = self[key] = self.factory()
        return v


dd = DefaultDictLike(list)
dd["x"].append(1)
dd["x"].append(2)
print(dd, dd.factory)


class MissingNotCalled(dict):
    def __missing__(self, key):
        return "never"


mnc = MissingNotCalled()
print(mnc.get("k"), mnc.setdefault("k", 1), mnc.pop("q", None))
show(lambda: mnc.pop("q"))


class LowerDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)

    def __getitem__(self, k):
        return super().__getitem__(k.lower())


ld = LowerDict()
ld["ABC"] = 1
print(ld, ld["aBc"], ld.get("ABC"), "abc" in ld)
ld.update({"XYZ": 2})
print(ld)
ld2 = LowerDict({"QQ": 3})
print(ld2)


class KeysDict(dict):
    def keys(self):
        return ["fake"]

    def __iter__(self):
        return iter(["iter"])


kd = KeysDict(real=1)
print(list(kd), dict(kd), {**kd}, list(kd.items()))


def f(**kw):
    return kw


print(f(**kd))
show(lambda: KeysDict(real=1)["fake"])


class EqDict(dict):
    def __eq__(self, other):
        return "custom eq"


print(EqDict() == {}, {} == EqDict())
show(lambda: hash(EqDict()))
show(lambda: {EqDict(): 1})


class OrderedLike(dict):
    def __repr__(self):
        return f"{type(self).__name__}({list(self.items())!r})"


print(OrderedLike(b=1, a=2), [OrderedLike(x=1)])
print(isinstance(md, dict), issubclass(MyDict, dict), MyDict.__mro__)
