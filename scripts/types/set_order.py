# Set iteration order must be CPython's exactly, for ints, floats, tuples
# and strs (the harness runs both with PYTHONHASHSEED=0), after adds,
# removals, pop(), resizes, copies and every set operation.
class R:
    def __init__(self, s): self.s = s
    def randrange(self, n):
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.s >> 33) % n
rnd = R(11)

def elem(kind):
    n = rnd.randrange(200) - 50
    if kind == 0:
        return n
    if kind == 1:
        return n * 37 + 1000 * rnd.randrange(5)
    if kind == 2:
        return n / 4
    if kind == 3:
        return (n, rnd.randrange(3))
    if kind == 4:
        return 'k%d' % n
    if kind == 5:
        return n * 2**40
    return [n, n / 2, 'x%d' % n, (n,)][rnd.randrange(4)]

for kind in range(7):
    print('== kind', kind)
    for trial in range(12):
        size = [0, 1, 3, 5, 8, 13, 20, 40, 100, 300, 1000, 3][trial]
        items = [elem(kind) for _ in range(size)]
        s = set(items)
        out = [list(s)]
        t = set()
        for x in items:
            t.add(x)
        out.append(list(t))
        # removals and re-adds
        for x in items[::3]:
            s.discard(x)
        out.append(list(s))
        for x in items[::5]:
            s.add(x)
        out.append(list(s))
        more = [elem(kind) for _ in range(size // 2 + 1)]
        s.update(more)
        out.append(list(s))
        c = s.copy()
        out.append(list(c))
        f = frozenset(s)
        out.append(list(f))
        popped = [s.pop() for _ in range(min(len(s), 4))]
        out.append(popped)
        out.append(list(s))
        s.add(elem(kind))
        out.append(list(s))
        other = set(elem(kind) for _ in range(size // 3 + 2))
        out.append(list(s | other))
        out.append(list(other | s))
        out.append(list(s & other))
        out.append(list(other & s))
        out.append(list(s - other))
        out.append(list(other - s))
        out.append(list(s ^ other))
        out.append(list(other ^ s))
        lst = list(other)
        out.append(list(s.union(lst, more)))
        out.append(list(s.intersection(lst)))
        out.append(list(s.intersection(lst, items)))
        out.append(list(s.difference(lst)))
        out.append(list(s.difference(lst, more)))
        out.append(list(s.symmetric_difference(lst)))
        u = set(s)
        u |= other
        out.append(list(u))
        u &= set(items)
        out.append(list(u))
        u -= set(more)
        out.append(list(u))
        u ^= other
        out.append(list(u))
        u.intersection_update(lst + items)
        out.append(list(u))
        u.difference_update(lst[:2])
        out.append(list(u))
        u.symmetric_difference_update(more)
        out.append(list(u))
        d = dict.fromkeys(items)
        out.append(list(set(d)))
        out.append(list(set(d.keys())))
        out.append(list(s & d.keys()))
        out.append(list(d.keys() - s))
        out.append(list(d.keys() | other))
        out.append(list(d.keys() ^ other))
        out.append(list({x for x in items}))
        s.clear()
        s.update(items[:7])
        out.append(list(s))
        if size <= 20:
            print(trial, size, hash(frozenset(items)), out)
        else:
            # big results as a checksum of their repr, to keep the golden small
            r = repr(out)
            h = 0
            for ch in r:
                h = (h * 31 + ord(ch)) % 2305843009213693951
            print(trial, size, hash(frozenset(items)), len(r), h)
