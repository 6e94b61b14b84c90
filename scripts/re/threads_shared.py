# Several threads use one compiled pattern, the module-level functions
# (and so the shared cache) and long matches at once; each thread's
# results are checked against the same work done in the main thread.
import re
import threading

WORD = re.compile(r'(\w+)@(\w+)\.com')
texts = ['%s@host%d.com, x%d@y.com; ' % ('user' * (i % 5 + 1), i, i) * 50 for i in range(8)]


def work(i):
    t = texts[i]
    found = WORD.findall(t)
    swapped = WORD.sub(r'\2 at \1', t)
    parts = re.split(r'[,;]\s*', t)
    fresh = re.findall('host%d' % i, t)
    slow = re.match('(a|aa)*c', 'a' * 18)
    return len(found), found[0], len(swapped), len(parts), len(fresh), slow


expected = [work(i) for i in range(8)]
results = [None] * 8


def run(i):
    for _ in range(5):
        r = work(i)
        if results[i] is None:
            results[i] = r
        elif results[i] != r:
            results[i] = 'differs'


threads = [threading.Thread(target=run, args=(i,)) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results == expected)
for r in results:
    print(r)
