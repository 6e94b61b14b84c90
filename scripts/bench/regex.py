# Benchmark kernel: typical uses of the re module over a long text: a
# literal search, \w+ findall, a split, a sub with a group reference and
# an email-like pattern.
import re

words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta']
lines = []
for i in range(20000):
    w = words[i % 8]
    lines.append('%s %d %s.%s@example%d.com, %s-%s; ' % (w, i, w, words[(i * 3) % 8], i % 7, w, i))
text = ''.join(lines) + 'NEEDLE'


def run(rounds):
    total = 0
    for _ in range(rounds):
        total += re.search('NEEDLE', text).start()
        total += len(re.findall(r'\w+', text))
        total += len(re.split(r'[,;]\s*', text))
        total += len(re.sub(r'(\w+)-(\d+)', r'\2-\1', text))
        total += len(re.findall(r'[\w.+-]+@[\w-]+\.[\w.]+', text))
    return total


print(run(10))
