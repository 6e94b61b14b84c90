"""Word statistics over text; exercises comprehensions, generators and
string handling."""
import collections
import itertools
import string
from functools import reduce, wraps

STOP = frozenset("a an and the of to in is it that".split())


def memoize(fn):
    cache = {}

    @wraps(fn)
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]

    wrapper.cache = cache
    return wrapper


@memoize
def normalize(word: str) -> str:
    return word.strip(string.punctuation + "“”‘’").casefold()


def words(text):
    for line in text.splitlines():
        for raw in line.split():
            if (w := normalize(raw)) and w not in STOP:
                yield w


def ngrams(seq, n=2):
    it = iter(seq)
    window = collections.deque(itertools.islice(it, n - 1), maxlen=n)
    for x in it:
        window.append(x)
        yield tuple(window)


def histogram(counter, width=30, *, char="#"):
    if not counter:
        return ""
    top = max(counter.values())
    lines = []
    for word, count in counter.most_common(5):
        bar = char * max(1, round(count / top * width))
        lines.append(f"{word:>10} | {bar:<{width}} | {count}")
    return "\n".join(lines)


class Stats:
    __slots__ = ("counts", "pairs", "lengths")

    def __init__(self, text):
        ws = list(words(text))
        self.counts = collections.Counter(ws)
        self.pairs = collections.Counter(ngrams(ws))
        self.lengths = sorted({len(w) for w in ws}, reverse=True)

    def __repr__(self):
        return f"<Stats {len(self.counts)} words, longest {self.lengths[:1] or None}>"

    def vowels(self):
        return {w: sum(c in "aeiouy" for c in w) for w in self.counts if len(w) > 3}

    def product_of_lengths(self):
        return reduce(lambda a, b: a * b, self.lengths, 1)


TEXT = '''\
It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness —
“Über” naïve café façade: ÅNGSTRÖM, ﬁsh!
'''

if __name__ == "__main__":
    s = Stats(TEXT)
    print(s, histogram(s.counts), sep="\n")
    print(*(f"{a}+{b}" for (a, b), _ in s.pairs.most_common(3)), sep=", ")
    print(s.vowels(), s.product_of_lengths(), normalize.cache.__len__() > 0)
    matrix = [[i * j for j in range(4)] for i in range(4)]
    flat = [x for row in matrix for x in row if x % 2 == 0]
    transposed = list(map(list, zip(*matrix)))
    print(flat, transposed[1][::2], matrix[-1][-2:], sep=" | ")
    del matrix[0], transposed[1:3]
    x = y = 0
    x += 1; y -= 1
    print(x if x > y else y, not x, -~x, x << 2 | y & 0xff ^ 0o17, 0b101 // 2 % 3)
