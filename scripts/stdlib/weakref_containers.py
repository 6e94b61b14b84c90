# WeakValueDictionary, WeakKeyDictionary, WeakSet and finalize; entries
# go when their objects are collected (gc.collect() makes that happen at
# a known point).
import copy
import gc
import re
import weakref


def clean(s):
    return re.sub(r"0x[0-9a-f]+", "ADDR", s)


def show(label, f):
    try:
        print(label, clean(repr(f())))
    except Exception as e:
        print(label, type(e).__name__, clean(str(e)))


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Obj(%s)" % self.name


# WeakValueDictionary.
a, b, c = Obj("a"), Obj("b"), Obj("c")
wvd = weakref.WeakValueDictionary({"a": a}, b=b)
wvd["c"] = c
print(len(wvd), sorted(wvd), wvd["a"], "b" in wvd, "z" in wvd, wvd.get("z", 0), wvd.get("c"))
print(sorted(wvd.keys()), sorted(wvd.values(), key=repr), sorted(wvd.items()),
      clean(repr(wvd)), isinstance(wvd, dict))
show("missing", lambda: wvd["z"])
del b
gc.collect()
print(len(wvd), sorted(wvd), "b" in wvd, wvd.get("b", "gone"))
show("dead key", lambda: wvd["b"])
print(wvd.pop("a"), len(wvd), wvd.pop("nope", "default"), wvd.setdefault("c", None), wvd.setdefault("d", a))
show("pop", lambda: wvd.pop("nope"))
wvd2 = wvd.copy()
print(type(wvd2).__name__, sorted(wvd2.items()), sorted(copy.copy(wvd).items()),
      sorted(copy.deepcopy(wvd).keys()))
print(sorted((wvd | {"e": c}).keys()), sorted(({"f": a} | wvd).keys()))
wvd |= {"g": c}
print(sorted(wvd), len(wvd.valuerefs()), all(isinstance(r, weakref.KeyedRef) for r in wvd.itervaluerefs()),
      [r.key for r in sorted(wvd.valuerefs(), key=lambda r: r.key)])
k, v = wvd.popitem()
print(k in ("c", "d", "g"), v in (a, c))
wvd.pop("d", None)
wvd.clear()
print(len(wvd), list(wvd))
show("unweakable", lambda: weakref.WeakValueDictionary({"x": 1}))
cache = weakref.WeakValueDictionary()


def get(name):
    obj = cache.get(name)
    if obj is None:
        obj = Obj(name)
        cache[name] = obj
        print("made", name)
    return obj


x1 = get("x")
x2 = get("x")
print(x1 is x2)
del x1, x2
gc.collect()
x3 = get("x")

# WeakKeyDictionary.
k1, k2 = Obj("k1"), Obj("k2")
wkd = weakref.WeakKeyDictionary({k1: 1})
wkd[k2] = 2
print(len(wkd), wkd[k1], k2 in wkd, Obj("other") in wkd, 5 in wkd, wkd.get(k2), wkd.get(Obj("o"), "dflt"),
      clean(repr(wkd)))
print(sorted(wkd.values()), sorted(wkd.items(), key=lambda kv: kv[1]), len(wkd.keyrefs()))
del k2
gc.collect()
print(len(wkd), list(wkd.items()))
show("missing", lambda: wkd[Obj("z")])
show("unweakable", lambda: wkd.__setitem__(1, 2))
print(wkd.setdefault(k1, 9), wkd.pop(k1), len(wkd), wkd.pop(k1, "none"))
wkd.update({k1: 3}, )
wkd.update([(a, 4)])
print(sorted(wkd.values()), sorted(copy.deepcopy(wkd).values()), sorted(wkd.copy().values()))
print(sorted((wkd | {c: 5}).values()), wkd.popitem()[1] in (3, 4))

# Equal keys share an entry, as in a dict.
class Key:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v

    def __hash__(self):
        return hash(self.v)


ka, kb = Key(1), Key(1)
wk = weakref.WeakKeyDictionary()
wk[ka] = "first"
wk[kb] = "second"
print(len(wk), wk[ka], wk[Key(1)])

# WeakSet.
s1, s2, s3 = Obj("s1"), Obj("s2"), Obj("s3")
ws = weakref.WeakSet([s1, s2])
ws.add(s3)
ws.add(s3)
print(len(ws), s1 in ws, Obj("no") in ws, 1 in ws, sorted(ws, key=repr), isinstance(ws, set))
del s3
gc.collect()
print(len(ws), sorted(ws, key=repr))
ws.discard(s1)
ws.discard(Obj("absent"))
show("remove", lambda: ws.remove(Obj("absent")))
show("remove", lambda: ws.remove(1))
print(len(ws), ws.pop() is s2, len(ws))
show("pop", lambda: ws.pop())
w1 = weakref.WeakSet([s1, s2])
w2 = weakref.WeakSet([s2, a])
print(sorted(w1 | w2, key=repr), sorted(w1 & w2, key=repr), sorted(w1 - w2, key=repr), sorted(w1 ^ w2, key=repr))
print(w1 <= w2, w1 & w2 <= w1, w1 < w1, w1 == weakref.WeakSet([s2, s1]), w1 == {s1, s2}, w1.isdisjoint(w2),
      w1.issuperset([s1]), w1 > weakref.WeakSet([s1]))
w3 = w1.copy()
w3 |= w2
w3 -= [a]
w3 &= [s1, s2, c]
w3 ^= [c]
print(type(w3).__name__, sorted(w3, key=repr))
show("hash", lambda: hash(w1))
print(weakref.WeakSet[int], len(weakref.WeakSet()), bool(weakref.WeakSet()))

# finalize.
log = []
f_obj = Obj("f")
fin = weakref.finalize(f_obj, log.append, "finalized")
print(fin.alive, fin.atexit, clean(repr(fin)), fin.peek()[0] is f_obj, fin.peek()[1].__name__, fin.peek()[2:])
del f_obj
gc.collect()
print(log, fin.alive, clean(repr(fin)), fin(), fin.peek(), fin.detach())
g_obj = Obj("g")
fin2 = weakref.finalize(g_obj, lambda *a, **k: log.append((a, k)) or "result", 1, key=2)
print(fin2(), fin2(), log[-1], fin2.alive)
h_obj = Obj("h")
fin3 = weakref.finalize(h_obj, log.append, "never")
detached = fin3.detach()
print(detached[0] is h_obj, detached[1].__name__, detached[2:], fin3.alive, fin3.detach())
del h_obj, detached
gc.collect()
print(log[-1], "never" not in log)
i_obj = Obj("i")
fin4 = weakref.finalize(i_obj, print, "finalizer ran")
fin4.atexit = False
print(fin4.atexit)
del i_obj
gc.collect()
print(fin4.alive)
show("finalize", lambda: weakref.finalize(1, print))
