# bytes in protocols 0 to 2, which rebuild them through _codecs.encode
# of their latin-1 text.
import pickle
for p in range(3):
    d = pickle.dumps([b'', b'ab\xff', bytearray(b'xy')], p)
    print(p, d)
    print(pickle.loads(d))
