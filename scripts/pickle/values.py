# The pickles of builtin values, byte for byte, in every protocol, and
# that they load back equal.
import pickle
vals = [1,2,(3,'a'),{'k':'x'}, 2**70, -1, 1.5, True, None, {1}, frozenset([2]), -2**63, 255, 256, 65535, 65536, -129, 'h\u00e9\u1234\U0001f600', [], (), {}, ((),), [[]]*2, 0.1, -0.0, float('inf')]
for p in range(6):
    d = pickle.dumps(vals, p)
    print(p, d)
    print(pickle.loads(d) == vals)

for p in range(3, 6):
    print(pickle.dumps([b'', b'x' * 300, bytearray(b'xy'), b'ab'], p))
for p in range(6):
    print(p, pickle.dumps(list(range(2500)), p)[-40:], pickle.loads(pickle.dumps(list(range(2500)), p)) == list(range(2500)))
    big = {i: str(i) for i in range(1200)}
    print(p, len(pickle.dumps(big, p)), pickle.loads(pickle.dumps(big, p)) == big)
    print(p, pickle.dumps(set(range(1500)), p)[-30:] if p >= 4 else '', pickle.loads(pickle.dumps(set(range(1500)), p)) == set(range(1500)))
long = 'y' * 70000
for p in (4, 5):
    d = pickle.dumps([long, 'tail'], p)
    print(p, len(d), d[:12], d[-20:], pickle.loads(d) == [long, 'tail'])
for n in (0, 1, -1, 127, 128, 255, 256, -128, -129, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**64, -2**64, 2**2100):
    for p in (0, 2):
        d = pickle.dumps(n, p)
        print(n if abs(n) < 2**70 else 'big', p, d if len(d) < 60 else len(d), pickle.loads(d) == n)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.format_version)
