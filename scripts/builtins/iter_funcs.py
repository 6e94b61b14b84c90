# all, any, enumerate, filter, iter (with a sentinel), map, next,
# reversed, sorted, zip (strict) and len: results, laziness and errors.
def safe(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError(i)
class Rev:
    def __reversed__(self): return iter('zyx')
class LenSeq:
    def __len__(self): return 3
    def __getitem__(self, i): return 'abc'[i]
class BadLen:
    def __len__(self): return -1
class BigLen:
    def __len__(self): return 2**100
class FloatLen:
    def __len__(self): return 1.5
class IdxLen:
    class I:
        def __index__(self): return 4
    def __len__(self): return self.I()

cases = [
    'all([])', 'all([1, 2])', 'all([1, 0])', 'any([])', 'any([0, ""])', 'any([0, 3])', 'all(5)', 'any()', 'all([1], [2])',
    'all(x > 0 for x in [1, -1, 1/0])', 'any(Seq())',
    'list(enumerate("abc"))', 'list(enumerate("abc", 5))', 'list(enumerate("ab", start=-1))', 'list(enumerate("ab", 2**64))',
    'list(enumerate("ab", 1.5))', 'enumerate()', 'enumerate(5)', 'enumerate("a", 1, 2)', 'list(enumerate(iterable="ab"))',
    'list(enumerate(Seq()))', 'list(enumerate("ab", True))', 'enumerate("ab", x=1)',
    'list(filter(None, [0, 1, "", "a", None]))', 'list(filter(lambda x: x % 2, range(10)))', 'filter(None)', 'filter(None, 5)',
    'list(filter(bool, []))', 'filter(None, [], x=1)',
    'list(iter(Seq()))', 'list(iter([1, 2].pop, 1))', 'iter(5)', 'iter()', 'iter(1, 2)', 'next(iter(lambda: 7, 7), "done")',
    'list(iter(iter("ab")))', 'iter([], x=1)',
    'list(map(abs, [-1, -2]))', 'list(map(pow, [2, 3], [3, 2]))', 'list(map(pow, [2, 3, 4], [3, 2]))',
    'list(map(lambda *a: a, "ab", "cde", "f"))', 'map(abs)', 'map()', 'list(map(abs, 5))', 'list(map(5, [1]))',
    'map(abs, [1], x=1)',
    'next(iter([1]))', 'next(iter([]))', 'next(iter([]), None)', 'next([1])', 'next()', 'next(iter([]), 1, 2)',
    'next(iter("a"), default=1)',
    'list(reversed([1, 2, 3]))', 'list(reversed("abc"))', 'list(reversed(range(3)))', 'list(reversed((1, 2)))',
    'list(reversed(Rev()))', 'list(reversed(LenSeq()))', 'reversed(Seq())', 'reversed(5)', 'type(reversed({1: 2})).__name__',
    'list(reversed({1: 2, 3: 4}))', 'list(reversed({1: 2}.items()))', 'reversed()', 'reversed([], [])',
    'reversed(set())',
    'sorted([3, 1, 2])', 'sorted([3, 1, 2], reverse=True)', 'sorted("bca")', 'sorted([3, 1, 2], key=lambda x: -x)',
    'sorted([(1, "b"), (0, "z"), (1, "a")], key=lambda p: p[0])', 'sorted([1, "a"])', 'sorted()', 'sorted([], None)',
    'sorted(iterable=[1])', 'sorted([1], cmp=None)', 'sorted([2, 1], reverse=1)', 'sorted([2, 1], reverse="x")',
    'sorted([2, 1], reverse=2**100)', 'sorted({3: 1, 1: 2})', 'sorted([float("nan"), 1, 0])',
    'list(zip())', 'list(zip("ab"))', 'list(zip("ab", "xyz"))', 'list(zip("ab", "xy", strict=True))',
    'list(zip("ab", "xyz", strict=True))', 'list(zip("abc", "xy", strict=True))', 'list(zip("ab", "xy", "z", strict=True))',
    'list(zip("a", "xy", "z", strict=True))', 'list(zip("ab", "xy", "", strict=True))', 'zip(5)', 'zip("a", 5)',
    'list(zip("ab", strict=False))', 'zip("a", foo=1)', 'list(zip(*[]))', 'list(zip(range(3), Seq()))',
    'len([1, 2])', 'len("héllo")', 'len(b"ab")', 'len({1: 2})', 'len(5)', 'len()', 'len([], [])', 'len(BadLen())',
    'len(BigLen())', 'len(FloatLen())', 'len(IdxLen())', 'len(LenSeq())', 'len(range(10))', 'len(iter([1]))',
]
for src in cases:
    print(src, '->', safe(lambda: eval(src)))

# laziness and order of evaluation
log = []
def f(x):
    log.append(x)
    return x
m = map(f, [1, 2, 3])
print(log, next(m), log)
z = zip(map(f, 'ab'), map(f, 'xyz'))
print(list(z), log)
e = enumerate(map(f, 'pq'))
print(log[-1], next(e), log[-1])
def gen():
    yield 1
    raise ValueError('from gen')
print(safe(lambda: list(zip(gen(), 'abc'))), safe(lambda: list(zip('a', gen(), strict=True))))
it = iter([1, 2, 3])
print(list(zip(it, 'a')), list(it))
print(type(enumerate([])).__name__, type(zip()).__name__, type(map(abs, [])).__name__, type(filter(None, [])).__name__,
      type(reversed([])).__name__, type(iter(Seq())).__name__, type(iter(int, 1)).__name__, type(reversed(range(2))).__name__)
r = reversed([1, 2, 3])
print(r.__length_hint__(), next(r), r.__length_hint__())
cnt = 0
def tick():
    global cnt
    cnt += 1
    return cnt
print(list(iter(tick, 4)))
