# object.__dir__ returns an unsorted list, in the order CPython merges
# namespaces: the instance's attributes, its class's, then each base's
# depth first along __bases__; dir() sorts it. (Builtin types' own
# namespaces are not compared: their order follows CPython's C tables.)
class A:
    a1 = 1
    def am(self): pass
class B:
    b1 = 1
class C(A, B):
    c1 = 1
    def __init__(self):
        self.z = 1
        self.y = 2
user = [n for n in object.__dir__(C()) if not n.startswith('__')]
print(user)
print(type(object.__dir__(C())).__name__, dir(C()) == sorted(dir(C())))
d = object.__dir__(C())
print(d == sorted(d), len(d) == len(set(d)), sorted(d) == sorted(dir(C())))
class E(Exception):
    pass
e = E(1)
e.q = 1
e.a = 2
print([n for n in object.__dir__(e) if not n.startswith('__')][:2], 'q' in dir(e), 'args' in dir(e))
import types
m = types.SimpleNamespace(x=1, a=2)
print(object.__dir__(m)[:2], dir(m)[-2:])
class D:
    def __dir__(self):
        return ['b', 'a', 'c']
print(dir(D()), D().__dir__())
print(object.__dir__(1) == sorted(object.__dir__(1)) or True, len(object.__dir__(1)) == len(set(object.__dir__(1))))
