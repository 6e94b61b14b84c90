# Dict iteration corners: a dict emptied, shortened or refilled while an
# iterator is live must report the change as CPython does (deleted
# entries keep their place until an insertion compacts the table), and
# heavy insert/delete traffic must keep order and lookups right.
def safe(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

d = {1: 1}
def change_keys_same_size():
    for k in d:
        del d[k]
        d[k + 1] = 1
print(safe(change_keys_same_size), d)
d = {1: 1, 2: 2}
it = iter(d)
print(next(it))
del d[2]
d[5] = 5
print(safe(lambda: next(it)))

# The same with a dict large enough to be hashed through an index.
big = {i: i for i in range(20)}
def big_same_size():
    n = 0
    for k in big:
        n += 1
        del big[k]
        big[k + 100] = k
    return n
print(safe(big_same_size), len(big))
# Emptied by deletion, refilled to the same size.
d = {1: 1, 2: 2}
it = iter(d)
print(next(it))
del d[1]; del d[2]
d[3] = 3; d[4] = 4
print(safe(lambda: list(it)))
# popitem gives back the tail: a key added after it fills that place.
d = {1: 1, 2: 2, 3: 3}
it = iter(d)
print(next(it), next(it))
print(d.popitem())
d[9] = 9
print(safe(lambda: list(it)))
d = {1: 1, 2: 2}
it = iter(d)
print(next(it))
print(d.popitem(), d.popitem())
d[7] = 7; d[8] = 8
print(safe(lambda: list(it)))
# clear() during iteration, then refill.
d = {1: 1, 2: 2}
it = iter(d)
print(next(it))
d.clear()
d[5] = 5; d[6] = 6
print(safe(lambda: list(it)))
# Values and items iterators see the same checks.
d = {1: 1}
it = iter(d.items())
print(next(it))
del d[1]; d[2] = 2
print(safe(lambda: next(it)))
d = {1: 1}
it = iter(d.values())
print(next(it))
del d[1]; d[2] = 2
print(safe(lambda: next(it)))
# Reversed iteration: a size change is reported, a same-size change is not.
d = {1: 1, 2: 2, 3: 3}
it = reversed(d)
print(next(it))
del d[1]; d[4] = 4
print(safe(lambda: list(it)))
d = {1: 1, 2: 2, 3: 3}
it = reversed(d)
print(next(it))
del d[3]
print(safe(lambda: list(it)))
# Many deletions and insertions keep order and lookups right.
d = {}
for i in range(200):
    d[i] = i
    if i % 3 and (i - 1) in d:
        del d[i - 1]
print(len(d), list(d)[:10], list(d)[-5:], sum(d))
for i in range(50):
    d.pop(i, None)
print(len(d), list(d)[:5], 60 in d, 3 in d)
d = {'a': 1}
for i in range(100):
    d['k%d' % i] = i
    del d['k%d' % i]
print(d, len(d))
d = {i: i for i in range(30)}
while d:
    d.popitem()
d['x'] = 1
print(d)
