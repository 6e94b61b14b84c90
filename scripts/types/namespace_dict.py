# types.SimpleNamespace's __dict__: a read-only member holding the
# namespace's own dict, which vars() returns and which can be changed.
import types

ns = types.SimpleNamespace(a=1, b=[2])
print(ns.__dict__, vars(ns), vars(ns) is ns.__dict__)
ns.__dict__["c"] = 3
print(ns, ns.c)


class N(types.SimpleNamespace):
    pass


print(N(x=1).__dict__, "__dict__" in dir(ns))
try:
    ns.__dict__ = {"z": 9}
except AttributeError as e:
    print("AttributeError", e)
del ns.__dict__["a"]
print(ns)
