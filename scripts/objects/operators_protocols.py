# Rich comparisons with NotImplemented and reflection (a subclass's
# reflected method first), in-place operators and their fallbacks,
# unsupported operators' messages, __index__, iterators, reversed().
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except BaseException as e:
        print(type(e).__name__, e)

class V:
    def __init__(self, n): self.n = n
    def __eq__(self, o):
        print("V.eq", type(o).__name__); return NotImplemented
    def __lt__(self, o):
        print("V.lt", type(o).__name__); return NotImplemented
    def __add__(self, o):
        print("V.add"); return NotImplemented
    def __radd__(self, o):
        print("V.radd"); return "radd"
class W(V):
    def __eq__(self, o):
        print("W.eq"); return "weq"
    def __gt__(self, o):
        print("W.gt"); return "wgt"
    def __radd__(self, o):
        print("W.radd"); return "wradd"
t(lambda: V(1) == V(2))
t(lambda: V(1) != V(2))
t(lambda: V(1) < V(2))
t(lambda: V(1) == W(2))
t(lambda: V(1) < W(2))
t(lambda: V(1) + W(2))
t(lambda: V(1) + V(2))
t(lambda: 1 + V(1))
t(lambda: V(1) + 1)
t(lambda: V(1) <= V(2))
t(lambda: [V(1)] == [V(1)])
t(lambda: V(1) in [V(2)])
class Ne:
    def __eq__(self, o): return "eqres"
t(lambda: Ne() != 1)
class Ne2:
    def __ne__(self, o): return "neres"
t(lambda: (Ne2() != 1, Ne2() == 1))
t(lambda: 1 < "a")
t(lambda: [1] < (1,))
t(lambda: None < None)
t(lambda: object() >= object())
class I(int):
    def __radd__(self, o): return "I.radd"
    def __eq__(self, o): return "I.eq"
t(lambda: (1 + I(2), I(2) + 1, 1 == I(2), I(2) == 1))
class F(float):
    def __rsub__(self, o): return "F.rsub"
t(lambda: (1.0 - F(2), 1 - F(2)))
class Inplace:
    def __iadd__(self, o): return "iadd"
    def __add__(self, o): return "add"
x = Inplace(); x += 1
t(lambda: x)
class NoInplace:
    def __add__(self, o): return "add"
y = NoInplace(); y += 1
t(lambda: y)
class IN:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return "fallback add"
z = IN(); z += 1
t(lambda: z)
def iadd_fail():
    q = object(); q += 1
t(iadd_fail)
t(lambda: ~V(1))
t(lambda: -V(1))
t(lambda: V(1) ** 2)
t(lambda: pow(V(1), 2, 3))
t(lambda: divmod(V(1), 2))
t(lambda: V(1) @ V(2))
t(lambda: V(1)[0])
t(lambda: len(V(1)))
t(lambda: abs(V(1)))
t(lambda: int(V(1)))
t(lambda: float(V(1)))
t(lambda: round(V(1)))
class Idx:
    def __index__(self): return 2
t(lambda: ([1, 2, 3][Idx()], "abc"[Idx()], bin(Idx()), range(Idx()), int(Idx())))
class BadIdx:
    def __index__(self): return "x"
t(lambda: [1][BadIdx()])
class Itr:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
t(lambda: (list(Itr()), sum(Itr()), max(Itr()), sorted(Itr(), reverse=True), dict(zip(Itr(), Itr()))))
class NoNext:
    def __iter__(self): return self
t(lambda: iter(NoNext()))
t(lambda: next(NoNext()))
t(lambda: next(5))
t(lambda: next(iter([]), "default"))
class R:
    def __reversed__(self): return iter("rev")
    def __len__(self): return 1
t(lambda: list(reversed(R())))
t(lambda: reversed(5))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
t(lambda: list(reversed(Seq())))
