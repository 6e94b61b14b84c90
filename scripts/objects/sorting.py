# list.sort and sorted: the order in which comparisons happen (visible
# through side effects), stability with reverse, key functions, and what
# an exception in the middle of a sort leaves behind.


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Num:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"N{self.v}"

    def __lt__(self, other):
        print("lt", self, other)
        return self.v < other.v


print(sorted([Num(3), Num(1), Num(2)]))
print(sorted([Num(v) for v in [5, 2, 8, 1, 9, 3]], reverse=True))
show(lambda: sorted([Num(1), 2]))
show(lambda: sorted([1, "a"]))
show(lambda: sorted(["a", 1]))
show(lambda: sorted([1, 2, None, 3]))


class Boom:
    def __init__(self, v, explode=False):
        self.v, self.explode = v, explode

    def __repr__(self):
        return f"B{self.v}"

    def __lt__(self, other):
        if self.explode or other.explode:
            raise ValueError(f"cannot compare {self} and {other}")
        return self.v < other.v


items = [Boom(v) for v in [4, 3, 2, 1, 7, 6]] + [Boom(0, True)] + [Boom(v) for v in [9, 8]]
show(lambda: items.sort())
print(items)

data = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data, key=lambda p: p[0], reverse=True))


def badkey(x):
    if x == 3:
        raise KeyError(x)
    return -x


lst = [1, 2, 3, 4]
show(lambda: lst.sort(key=badkey))
print(lst)
lst2 = [3, 1, 2]


def mutating(x):
    return x


class Mut:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        lst3.append(0)
        return self.v < other.v

    def __repr__(self):
        return f"M{self.v}"


lst3 = [Mut(2), Mut(1)]
show(lambda: lst3.sort())
print(lst3)


class Peek:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("during sort the list is", seen)
        return self.v < other.v

    def __repr__(self):
        return f"P{self.v}"


seen = [Peek(2), Peek(1)]
seen.sort()
print(seen)


class NI:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("NI lt", self.v, other.v)
        return NotImplemented

    def __gt__(self, other):
        print("NI gt", self.v, other.v)
        return self.v > other.v


print([x.v for x in sorted([NI(2), NI(1)])])
show(lambda: [].sort(1))
show(lambda: [].sort(key=1, reverse=0, x=2))
show(lambda: sorted())
show(lambda: sorted([], None))
show(lambda: [3, 1].sort(key=None, reverse=None))
print(sorted("hello"), sorted({3: 1, 1: 2}), sorted((2, 1)), sorted(x for x in [2, 3, 1]))
big = [(i * 7919) % 1000 for i in range(1000)]
counter = [0]


class Counted:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        counter[0] += 1
        return self.v < other.v


s = sorted(Counted(v) for v in big)
print(counter[0], [c.v for c in s[:5]], [c.v for c in s[-3:]])
counter[0] = 0
runs = list(range(500)) + list(range(250)) + list(range(499, -1, -1))
s = sorted(Counted(v) for v in runs)
print(counter[0], [c.v for c in s[:5]])
