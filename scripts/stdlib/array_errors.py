# array.array: the errors of conversion, indexing and the methods.
from array import array as A


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for c in 'bBhHiIlLqQ':
    for v in [-2**64, -2**63 - 1, -2**63, -2**31 - 1, -2**31, -32769, -129, -1,
              127, 128, 255, 256, 32768, 65535, 65536, 2**31, 2**32, 2**63, 2**64, 1.5, '1', None]:
        t(lambda: A(c, [v]))


class Idx:
    def __index__(self):
        return 7


t(lambda: A('i', [Idx()]))
t(lambda: A('d', [Idx()]))
for c in 'fdu':
    for v in [1, 1.5, 'x', 'xy', '', None, 2**1100, True]:
        t(lambda: A(c, [v]))
t(lambda: A('i', 'abc'))
t(lambda: A('u', [1]))
t(lambda: A('z'))
t(lambda: A(1))
t(lambda: A('ii'))
t(lambda: A(''))
t(lambda: A())
t(lambda: A('i', [], []))
t(lambda: A('i', [1], x=1))
t(lambda: A('i', A('u', 'a')))
t(lambda: A('u', A('i', [1])))
t(lambda: A('i', b'\x01\x00\x00'))
t(lambda: A('i', 5))
t(lambda: A('i', [1, 'x']))
a = A('i', [1])
t(lambda: a[5])
t(lambda: a[-2])
t(lambda: a['a'])
t(lambda: a[1.0])


def setter(k, v):
    def f():
        a[k] = v
    return f


def deleter(k):
    def f():
        del a[k]
    return f


t(setter(5, 1))
t(setter('x', 1))
t(setter(0, 'x'))
t(setter(slice(0, 1), [1]))
t(setter(slice(0, 1), A('h', [1])))
t(setter(slice(None, None, 2), A('i', [1, 2])))
t(deleter(3))
t(deleter('x'))
t(lambda: a + [1])
t(lambda: a + A('h'))
t(lambda: a * 'x')
t(lambda: a * 1.5)
t(lambda: a.extend(A('h')))
t(lambda: a.extend(5))
t(lambda: a.extend([1, 'x']))
print(a)
t(lambda: a.fromlist([2, 'x']))
print(a)
t(lambda: a.index(9))
t(lambda: a.index(1, 5))
t(lambda: a.remove(9))
t(lambda: A('i').pop())
t(lambda: a.pop(5))
t(lambda: a.pop('x'))
t(lambda: a.fromlist((1,)))
t(lambda: a.fromunicode('x'))
t(lambda: A('u').fromunicode(1))
t(lambda: a.tounicode())
t(lambda: a.frombytes('x'))
t(lambda: a.frombytes(b'\x01'))
t(lambda: a.insert('x', 1))
t(lambda: a.insert(0))
t(lambda: a.append())
t(lambda: a.append(1, 2))
t(lambda: a.count())
t(lambda: a.tolist(1))
t(lambda: a.index())
t(lambda: a.index(1, 2, 3, 4))
t(lambda: a.pop(1, 2))
t(lambda: a.fromfile(1))
t(lambda: a.append(x=1))
t(lambda: a * [1])
t(lambda: a.fromfile(None, -1))
t(lambda: hash(a))
t(lambda: a < [1])
t(lambda: a >= (1,))
t(lambda: A.__class_getitem__)


def iadd():
    b = A('i')
    b += [1]


t(iadd)


def iadd2():
    b = A('i')
    b += A('d')


t(iadd2)
t(lambda: A('i', [1]).__reduce_ex__('x'))
