# The itertools that terminate on the shortest input, with their errors.
import itertools as it
import operator

print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], initial=10)), list(it.accumulate([], initial=1)))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate('abc')), list(it.accumulate([1, 2, 3], operator.mul)), list(it.accumulate([])))
print(list(it.accumulate([1, 2], None, initial=None)), list(it.accumulate(iterable=[5, 5], func=operator.sub)))
print(list(it.chain('ab', [1], (2, 3))), list(it.chain()), list(it.chain.from_iterable(['ab', 'cd', []])), list(it.chain.from_iterable(x * 2 for x in 'ab')))
print(list(it.compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(it.compress('AB', [1, 1, 1, 1])), list(it.compress(data=[1, 2], selectors=[0, 1])))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.filterfalse(None, [0, 1, '', 2, [], 3])), list(it.filterfalse(lambda x: x % 2, range(10))))
print(list(it.starmap(pow, [(2, 5), (3, 2), [10, 3]])), list(it.starmap(lambda *a: a, ['ab', ()])))
print(list(it.pairwise('ABCDE')), list(it.pairwise('A')), list(it.pairwise([])))
print(list(it.zip_longest('ABCD', 'xy', fillvalue='-')), list(it.zip_longest()), list(it.zip_longest([1], [2, 3], [])))
print(list(it.islice('ABCDEFG', 2)), list(it.islice('ABCDEFG', 2, 4)), list(it.islice('ABCDEFG', 2, None)), list(it.islice('ABCDEFG', 0, None, 2)))
print(list(it.islice('ABC', None)), list(it.islice('ABCDEFG', 1, 6, 2)), list(it.islice('AB', 5, 10)), list(it.islice(it.count(), 3, 8, 3)))
# islice consumes only what it needs
src = iter(range(10))
print(list(it.islice(src, 3)), next(src), list(it.islice(src, 1, 3)), next(src))
print([(k, list(g)) for k, g in it.groupby('AAAABBBCCDAABBB')], [(k, list(g)) for k, g in it.groupby([1, 2, 3, 5, 4], key=lambda x: x % 2)])
groups = it.groupby('aabbbc')
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, next(g2), [k for k, g in groups], list(g2))
print([k for k, _ in it.groupby([])], [(k, len(list(g))) for k, g in it.groupby('xxyxx')], type(next(it.groupby('a'))[1]).__name__)
a, b = it.tee([1, 2, 3])
print(next(a), list(b), list(a), it.tee([1], 0), len(it.tee('ab', 5)), type(a).__name__)
x, y = it.tee(iter('abc'))
z, w = it.tee(x)
print(next(x), list(z), list(w), list(x), list(y))
c = a.__copy__()
print(list(c))
gen = (i * i for i in range(4))
t1, t2 = it.tee(gen)
print(list(t1), list(t2))


def selfref():
    for i in t3:
        yield i


t3, t4 = it.tee(selfref())
try:
    next(t3)
except RuntimeError as e:
    print('RuntimeError', e)

cases = [
    lambda: it.accumulate(1), lambda: it.accumulate(), lambda: it.accumulate([1], None, 1), lambda: it.accumulate([1], func=None, initial=1, x=2),
    lambda: list(it.accumulate([1, 'a'])), lambda: type(it.chain(1)), lambda: list(it.chain(1)), lambda: it.chain(x=1),
    lambda: it.chain.from_iterable(), lambda: list(it.chain.from_iterable([1])), lambda: it.compress(1, []), lambda: it.compress([]),
    lambda: it.dropwhile(None), lambda: it.dropwhile(None, 1), lambda: list(it.dropwhile(None, [1])), lambda: it.takewhile(None, [1], x=1),
    lambda: list(it.starmap(pow, [1])), lambda: it.starmap(pow), lambda: it.pairwise(1), lambda: it.pairwise(),
    lambda: it.zip_longest(1), lambda: it.zip_longest([], x=1), lambda: it.zip_longest([], fillvalue=1, x=2),
    lambda: it.islice([1], -1), lambda: it.islice([1], 'a'), lambda: it.islice([1], 0, 1, 0), lambda: it.islice([1], 0, 1, -1),
    lambda: it.islice([1], -1, 2), lambda: it.islice([1]), lambda: it.islice([1], 1, 2, 3, 4), lambda: it.islice([1], 1.5),
    lambda: it.islice([1], stop=1), lambda: it.islice(1, 2), lambda: it.groupby(1), lambda: it.groupby(), lambda: it.groupby([], key=1, x=2),
    lambda: list(it.groupby([1], key=1)), lambda: it.tee([1], -1), lambda: it.tee(1), lambda: it.tee(), lambda: it.tee([], 'a'),
]
for f in cases:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
