# The exact sequence of __lt__ calls list.sort makes, over many sizes and
# shapes of input (random, sorted, reversed, nearly sorted, few values):
# each line is a trial's size, comparison count and a digest of the calls.

class R:
    def __init__(self, s): self.s = s
    def randrange(self, n):
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        return (self.s >> 33) % n
    def choice(self, seq): return seq[self.randrange(len(seq))]
random = R(5)
calls = []
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        calls.append((self.v, o.v))
        return self.v < o.v
    def __repr__(self): return "K%d" % self.v
for trial in range(300):
    n = random.choice([0,1,2,3,5,10,31,32,33,63,64,65,100,200,500,1000,3000])
    kind = random.randrange(5)
    if kind == 0: vals = [random.randrange(n+1) for _ in range(n)]
    elif kind == 1: vals = sorted(random.randrange(10) for _ in range(n))
    elif kind == 2: vals = sorted((random.randrange(1000) for _ in range(n)), reverse=True)
    elif kind == 3:
        vals = list(range(n)); 
        for _ in range(n//10): i=random.randrange(max(n,1)); j=random.randrange(max(n,1)); vals[i], vals[j] = vals[j], vals[i]
    else: vals = [random.randrange(3) for _ in range(n)]
    ks = [K(v) for v in vals]
    calls.clear()
    ks.sort(reverse=(trial % 3 == 0))
    h = hash(tuple(calls)) & 0xffffffff
    print(trial, n, len(calls), h, [k.v for k in ks][:5])
