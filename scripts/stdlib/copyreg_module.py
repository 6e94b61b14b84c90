# copyreg: slot names for pickling (mangling, inherited slots, the cache),
# the extension-code registry and its errors, registered reducers.
import copyreg
import pickle


class A:
    __slots__ = ('__x', 'y', '__dict__', '__z__')


class B(A):
    __slots__ = 'w'


class ___:
    __slots__ = ('__q',)


print(copyreg._slotnames(B), copyreg._slotnames(___), B.__slotnames__, copyreg._slotnames(int))
copyreg.add_extension('m', 'n', 240)
copyreg.add_extension('m', 'n', 240)
for f in [lambda: copyreg.add_extension('m', 'n', 241), lambda: copyreg.add_extension('m', 'o', 240),
          lambda: copyreg.remove_extension('m', 'n', 3), lambda: copyreg.add_extension('a', 'b', 0),
          lambda: copyreg.pickle(int, 3), lambda: copyreg.constructor(3)]:
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
copyreg.remove_extension('m', 'n', 240)
print(copyreg._extension_registry, copyreg.__all__)


class Money:
    def __init__(self, cents):
        self.cents = cents


copyreg.pickle(Money, lambda m: (Money, (m.cents * 2,)))
print(pickle.loads(pickle.dumps(Money(5))).cents, Money in copyreg.dispatch_table)
print(copyreg.__newobj__(list, [1, 2]), copyreg.__newobj_ex__(dict, (), {'a': 1}))
print(pickle.loads(pickle.dumps(3 + 4j, 0)), pickle.loads(pickle.dumps(int | str)))


class Old(list):
    pass


o = Old([1, 2])
o.tag = 't'
for proto in (0, 1):
    back = pickle.loads(pickle.dumps(o, proto))
    print(proto, type(back).__name__, back, back.tag)
