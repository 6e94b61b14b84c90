# copyreg: the protocol 0/1 reduction (_reduce_ex and _reconstructor)
# for plain, builtin-derived and slotted classes, with and without
# __getstate__; the reducers registered for complex and unions; the
# extension registry used by pickle; argument checks.
import copyreg
import pickle


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class Plain:
    def __init__(self):
        self.a = 1


class Empty:
    pass


class IntSub(int):
    pass


class ListSub(list):
    def __init__(self, *args):
        print("  ListSub.__init__", args)
        super().__init__(*args)


class Slotted:
    __slots__ = ("x",)


class SlottedState:
    __slots__ = ("x",)

    def __getstate__(self):
        return {"x": getattr(self, "x", None)}


class OwnState:
    def __getstate__(self):
        return ["state"]


class FalseState:
    def __getstate__(self):
        return 0


def describe(r):
    func, args, *rest = r
    cls, base, state = args
    return (func.__name__, cls.__name__, base.__name__, state, rest)


for obj in (Plain(), Empty(), IntSub(7), OwnState(), FalseState()):
    for proto in (0, 1):
        show(f"{type(obj).__name__} {proto}", lambda: describe(copyreg._reduce_ex(obj, proto)))
s = Slotted()
s.x = 1
show("Slotted", lambda: copyreg._reduce_ex(s, 0))
show("Slotted 1", lambda: copyreg._reduce_ex(s, 1))
show("SlottedState", lambda: describe(copyreg._reduce_ex(SlottedState(), 1)))
show("builtin", lambda: copyreg._reduce_ex([1], 0))
show("proto 2", lambda: copyreg._reduce_ex(Plain(), 2))
show("object", lambda: describe(copyreg._reduce_ex(object(), 0)))

back = copyreg._reconstructor(ListSub, list, [1, 2])
print(type(back).__name__, back)
print(type(copyreg._reconstructor(Plain, object, None)).__name__,
      copyreg._reconstructor(IntSub, int, 5) + 1)
for proto in (0, 1):
    print(proto, pickle.loads(pickle.dumps(ListSub([3]), proto)))
    print(proto, vars(pickle.loads(pickle.dumps(Plain(), proto))), type(pickle.loads(pickle.dumps(IntSub(4), proto))).__name__)

print(copyreg.pickle_complex(1 + 2j), copyreg.pickle_union(int | None)[1])
print(copyreg.__newobj__(IntSub, 3), type(copyreg.__newobj__(IntSub, 3)).__name__)
show("newobj_ex", lambda: type(copyreg.__newobj_ex__(Plain, (1,), {})).__name__)
show("newobj_ex", lambda: type(copyreg.__newobj_ex__(Plain, (), {})).__name__)
show("pickle", lambda: copyreg.pickle(Plain, None))
show("pickle ctor", lambda: copyreg.pickle(Plain, repr, 5))
print(copyreg.dispatch_table.pop(Plain) is repr)
print(copyreg.constructor(len), complex in copyreg.dispatch_table)

# The extension registry as pickle uses it.
copyreg.add_extension(__name__, "Plain", 3000)
data = pickle.dumps(Plain(), 2)
print(b"\x83" in data or b"\x82" in data or b"\x84" in data, vars(pickle.loads(data)))
print(copyreg._inverted_registry[3000], copyreg._extension_registry[(__name__, "Plain")])
print(3000 in copyreg._extension_cache)
copyreg.clear_extension_cache()
print(copyreg._extension_cache)
show("code range", lambda: copyreg.add_extension("a", "b", 2 ** 31))
show("code text", lambda: copyreg.add_extension("a", "b", "12"))
print(copyreg._inverted_registry.get(12))
copyreg.remove_extension("a", "b", 12)
show("code bad", lambda: copyreg.add_extension("a", "b", "x"))
show("remove", lambda: copyreg.remove_extension(__name__, "Plain", 3001))
show("remove", lambda: copyreg.remove_extension(__name__, "Other", 3000))
copyreg.remove_extension(__name__, "Plain", 3000)
print(copyreg._extension_registry, copyreg._inverted_registry)
show("slotnames", lambda: copyreg._slotnames(Slotted))
print(Slotted.__slotnames__, copyreg._slotnames(Plain), Plain.__dict__.get("__slotnames__"))
