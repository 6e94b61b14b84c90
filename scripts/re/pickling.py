# Patterns and flags pickle by value and come back from the cache; Match
# objects refuse.
import re, pickle
p = re.compile('a(b)', re.I)
for proto in range(0, 6):
    q = pickle.loads(pickle.dumps(p, proto))
    print(proto, q, q is p, q == p)
print(pickle.loads(pickle.dumps(re.I | re.M)), pickle.loads(pickle.dumps(re.I)) is re.I)
try: pickle.dumps(p.match('ab'))
except Exception as e: print(type(e).__name__, e)
