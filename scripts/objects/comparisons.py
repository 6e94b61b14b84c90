# Rich comparisons and binary operators: reflected operands, subclass
# priority, NotImplemented, and the TypeErrors when nothing applies.


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Num:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"{type(self).__name__}({self.v})"

    def __eq__(self, other):
        print("eq", self, other)
        if isinstance(other, Num):
            return self.v == other.v
        return NotImplemented

    def __lt__(self, other):
        print("lt", self, other)
        if isinstance(other, Num):
            return self.v < other.v
        return NotImplemented

    def __add__(self, other):
        print("add", self, other)
        if isinstance(other, (int, Num)):
            return type(self)(self.v + getattr(other, "v", other))
        return NotImplemented

    def __radd__(self, other):
        print("radd", self, other)
        return type(self)(getattr(other, "v", other) + self.v)


class SubNum(Num):
    def __eq__(self, other):
        print("SubNum eq", self, other)
        return NotImplemented

    def __gt__(self, other):
        print("SubNum gt", self, other)
        return "gt-result"

    def __radd__(self, other):
        print("SubNum radd", self, other)
        return "sub-radd"


a, b, s = Num(1), Num(2), SubNum(3)
print(a == b, a < b, a > b)
print(a == 1)
print(a != b)
print(a < s)
print(a == s)
print(a + 1, 1 + a)
print(a + s)
print(a + b)
show(lambda: a < 1)
show(lambda: a <= b)
show(lambda: a >= 1)
show(lambda: a - 1)
show(lambda: 1 - a)
show(lambda: "x" + a)
show(lambda: a ** 2)
show(lambda: -a)
show(lambda: ~a)
show(lambda: a @ a)
show(lambda: [] < ())
show(lambda: {} < {})
show(lambda: None < None)
show(lambda: object() < object())


class Same:
    pass


x = Same()
print(x == x, x != x, x == Same(), x != Same())


class NeOnly:
    def __ne__(self, other):
        return "ne called"


print(NeOnly() != 1, NeOnly() == 1)


class EqOnly:
    def __eq__(self, other):
        return "eq-value"


print(EqOnly() != 1)


class AlwaysNI:
    def __eq__(self, other):
        return NotImplemented


n = AlwaysNI()
print(n == n, n == AlwaysNI(), n != n)


class InPlace:
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        self.items.append(other)
        return self

    def __add__(self, other):
        return "plain add"


ip = InPlace()
ip += 1
ip += 2
print(ip.items)


class NoInPlace:
    def __add__(self, other):
        return "fallback add"


ni = NoInPlace()
ni += 5
print(ni)


class INotImpl:
    def __iadd__(self, other):
        return NotImplemented

    def __add__(self, other):
        return "add after iadd NotImplemented"


inn = INotImpl()
inn += 1
print(inn)


def iadd_fail():
    y = Same()
    y += 1


show(iadd_fail)


def imul_fail():
    y = [1]
    y *= "x"


show(imul_fail)


class Rev:
    def __rsub__(self, other):
        return f"rsub {other}"

    def __rpow__(self, other):
        return f"rpow {other}"

    def __rmatmul__(self, other):
        return f"rmatmul {other}"

    def __rlshift__(self, other):
        return f"rlshift {other}"

    def __rtruediv__(self, other):
        return f"rtruediv {other}"


r = Rev()
print(10 - r, 2 ** r, [1] @ r, 1 << r, 1.5 / r)
print(pow(2, r))
show(lambda: pow(2, r, 5))


class IntLike(int):
    def __add__(self, other):
        return "IntLike add"

    def __radd__(self, other):
        return "IntLike radd"


print(1 + IntLike(2), IntLike(2) + 1, IntLike(2) + IntLike(3))
print(1.5 + IntLike(2))


class FloatSub(float):
    def __rmul__(self, other):
        return "FloatSub rmul"


print(2 * FloatSub(1.0), 2.0 * FloatSub(1.0))


class StrSub(str):
    def __eq__(self, other):
        return "StrSub eq"

    __hash__ = str.__hash__


print("a" == StrSub("a"), StrSub("a") == "a")
print(max(Num(1), Num(5)), min([Num(4), Num(2)]))


class Cmp:
    def __lt__(self, o):
        return 1

    def __bool__(self):
        raise ValueError("no bool")


print(Cmp() < Cmp())
show(lambda: 1 if Cmp() else 0)
show(lambda: [Cmp()] < [Cmp()])
print((1, Num(1)) == (1, Num(1)))
print([Num(1)] == [Num(1)])
print(Num(1) in [Num(1)])
