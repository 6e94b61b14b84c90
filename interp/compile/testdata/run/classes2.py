class A:
    def who(self):
        return "A"
    @classmethod
    def cwho(cls):
        return "A." + cls.__name__
class B(A):
    def who(self):
        return "B>" + super().who()
    @classmethod
    def cwho(cls):
        return "B>" + super().cwho()
    class Inner(A):
        def who(self):
            return "Inner>" + super().who()
    def nested(self):
        def helper():
            return __class__.__name__
        return helper()
    def in_comp(self):
        return [super().who() for _ in range(2)]
print(B().who(), B.cwho(), B.Inner().who(), B().nested(), B().in_comp())
class Counter:
    count = 0
    items = [count + i for i in range(3)] if False else None
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
for _ in range(3):
    c = Counter()
print(Counter.count, c.id)
class WithGlobal:
    global made_here
    made_here = "yes"
print(made_here)
def outer_var():
    value = "closure"
    class K:
        value = "class attr"
        def m(self):
            return value
        def n(self):
            return self.value
    return K().m(), K().n(), K.value
print(outer_var())
class Slots:
    __slots__ = ("__x",)
    def __init__(self):
        self.__x = 5
    def get(self):
        return self.__x
print(Slots().get(), Slots.__slots__)
class Dunder:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Dunder(self.v + o.v)
    def __iadd__(self, o):
        self.v += o.v * 10
        return self
    def __repr__(self): return f"D({self.v})"
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __getitem__(self, k): return (self.v, k)
    def __call__(self, *a, **k): return (a, k)
    def __len__(self): return self.v
    def __contains__(self, x): return x == self.v
d1, d2 = Dunder(1), Dunder(2)
d3 = d1 + d2
d1 += d2
print(d3, d1, d1 == Dunder(21), d2 < d3, d3[1:2], d3[1, 2], d3(1, k=2), len(d3), 3 in d3)
