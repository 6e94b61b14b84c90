# Dict iteration corners gilpy does not match yet: a dict emptied and
# refilled during iteration (gilpy reuses the emptied entry table, so
# the iterator misses the new key where CPython reports the change).
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
