# The operator module's functions: each operator, in-place forms, the
# dunder aliases, and the errors of each.
import operator as op

print(op.add(1, 2), op.sub(5, 3), op.mul('ab', 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.lshift(1, 5), op.rshift(64, 2), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.neg(5), op.pos(-5), op.inv(5), op.invert(0), op.abs(-3.5))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne('a', 'b'), op.gt(1, 2), op.ge(3, 3))
print(op.not_(0), op.not_([1]), op.truth([]), op.truth('x'), op.is_(None, None), op.is_not(1, None))
print(op.index(7), op.index(True), op.contains([1, 2], 2), op.contains('abc', 'd'), op.countOf([1, 2, 1, 1.0], 1), op.indexOf('hello', 'l'))
print(op.concat([1], [2]), op.concat('a', 'b'), op.concat((1,), (2,)), op.getitem([5, 6, 7], -1), op.getitem('abcdef', slice(1, 4)), op.getitem({'k': 'v'}, 'k'))
l = [1, 2, 3]
op.setitem(l, 0, 'x')
op.delitem(l, 1)
print(l, op.call(max, 3, 9, key=lambda x: -x), op.call(dict, a=1))
a = [1]
b = op.iadd(a, [2])
print(a, b, a is b, op.iadd(1, 2), op.isub(5, 1), op.imul([0], 2), op.itruediv(1, 4), op.ifloordiv(9, 2), op.imod(9, 4), op.ipow(3, 3))
print(op.ilshift(1, 3), op.irshift(8, 1), op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3), op.iconcat([1], (2,)))
s = {1}
print(op.ior(s, {2}), s, op.__add__(2, 2), op.__not__(1), op.__getitem__('xy', 1), op.__abs__(-1), op.__index__(3))
print(op.length_hint([1, 2]), op.length_hint(iter([1, 2, 3])), op.length_hint(3), op.length_hint(3, 7), op.length_hint(range(10)), op.length_hint(iter(range(4))))


class Hint:
    def __init__(self, v):
        self.v = v

    def __length_hint__(self):
        return self.v


class Sized:
    def __len__(self):
        return 4

    def __length_hint__(self):
        return 99


print(op.length_hint(Hint(5)), op.length_hint(Hint(NotImplemented), 2), op.length_hint(Sized()))


class M:
    def __matmul__(self, other):
        return 'matmul'

    def __imatmul__(self, other):
        return 'imatmul'


print(op.matmul(M(), 1), op.imatmul(M(), 1), op.__matmul__(M(), 2))
print(op.add, op.add.__name__, op.add.__module__, op.__add__ is op.add, op.__lt__ is op.lt, op.abs is op.__abs__)
print(sorted(n for n in op.__all__)[:10], len(op.__all__))

cases = [
    lambda: op.add(1), lambda: op.add(1, 2, 3), lambda: op.add(1, b=2), lambda: op.neg(), lambda: op.neg('a'),
    lambda: op.neg(1, 2), lambda: op.not_(a=1), lambda: op.abs('a'), lambda: op.index(1.5), lambda: op.concat(1, 2),
    lambda: op.concat([1], (2,)), lambda: op.iconcat(1, 2), lambda: op.indexOf([1, 2], 3), lambda: op.lt(1, 'a'),
    lambda: op.matmul(1, 2), lambda: op.setitem({}, 1), lambda: op.delitem([1], 5), lambda: op.length_hint(),
    lambda: op.length_hint(3, 'a'), lambda: op.length_hint(Hint('x')), lambda: op.length_hint(Hint(-1)),
    lambda: op.call(), lambda: op.truediv(1, 0), lambda: op.mod('%d', 'x'), lambda: op.getitem(1, 2),
    lambda: op.countOf(5, 1), lambda: op.contains(5, 1), lambda: op.pow(2, 'a'), lambda: op.length_hint(x=1),
]
for c in cases:
    try:
        print(repr(c()))
    except Exception as e:
        print(type(e).__name__, e)
# Every dunder alias is the plain function, and __all__ lists them all.
print(op.__all__)
print([n for n in sorted(dir(op)) if n.startswith('__') and n.endswith('__') and callable(getattr(op, n))
       and getattr(op, n) is not getattr(op, n.strip('_'), getattr(op, n.strip('_') + '_', None))])
