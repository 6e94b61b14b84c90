# product, permutations, combinations and combinations_with_replacement.
import itertools as it

print(list(it.product('ab', repeat=2)), list(it.product('ab', [1, 2])), list(it.product()), list(it.product('ab', [])))
print(list(it.product(range(2), repeat=3)), list(it.product('a', repeat=0)), len(list(it.product(range(3), range(4), range(5)))))
print(list(it.permutations('ABC', 2)), list(it.permutations(range(3))), list(it.permutations('ab', 3)), list(it.permutations('abc', 0)))
print(list(it.permutations([])), len(list(it.permutations(range(5)))), list(it.permutations(range(4)))[::5])
print(list(it.combinations('ABCD', 2)), list(it.combinations(range(4), 3)), list(it.combinations('ab', 3)), list(it.combinations('ab', 0)))
print(list(it.combinations_with_replacement('ABC', 2)), list(it.combinations_with_replacement([], 2)), list(it.combinations_with_replacement([], 0)))
print(list(it.combinations_with_replacement(range(3), 3)), list(it.permutations(iterable='xy', r=1)), list(it.combinations(iterable='xyz', r=2)))
p = it.product([1, 2], 'x')
print(next(p), list(p), list(p))
print(sum(1 for _ in it.combinations(range(10), 4)), sum(1 for _ in it.permutations(range(6), 3)))
for f in [lambda: it.product('a', repeat=-1), lambda: it.product([], x=1), lambda: it.product(1), lambda: it.product('a', repeat='b'),
          lambda: it.permutations('a', -1), lambda: it.permutations(), lambda: it.permutations('a', 'b'), lambda: it.permutations('a', 1.0),
          lambda: it.combinations('a', -1), lambda: it.combinations('a'), lambda: it.combinations(1, 2), lambda: it.combinations('a', r='x'),
          lambda: it.combinations_with_replacement('a', -2), lambda: it.combinations_with_replacement('a'), lambda: list(it.permutations('ab', None))]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
