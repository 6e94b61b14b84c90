# int() and float() conversions CPython 3.11 still accepts with a
# DeprecationWarning (shown once per place in __main__).
class Idx:
    def __index__(self): return 7
class Trunc:
    def __trunc__(self): return 9
class TruncRetIdx:
    def __trunc__(self): return Idx()
class TruncBad:
    def __trunc__(self): return 'q'
class Sub(int): pass
class IntSub:
    def __int__(self): return Sub(5)
class IdxSub:
    def __index__(self): return Sub(6)
class FSub(float): pass
class FRetSub:
    def __float__(self): return FSub(1.25)

for cls in [Trunc, TruncRetIdx, TruncBad, IntSub, IdxSub]:
    try:
        r = int(cls())
        print(cls.__name__, repr(r), type(r).__name__)
    except Exception as e:
        print(cls.__name__, type(e).__name__, e)
for i in range(2):
    print(int(Trunc()), float(FRetSub()), type(float(FRetSub())).__name__)
print(int(IntSub()), type(int(IntSub())).__name__)
