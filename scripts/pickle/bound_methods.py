# Bound methods reduce to getattr(object, name), so pickle and copy can
# rebuild them; __reduce__ takes no arguments.
import pickle, copy
class H:
    def get(self): return 5
h = H()
print(h.get.__reduce__()[0], h.get.__reduce__()[1][1], pickle.loads(pickle.dumps(h.get))(), copy.copy(h.get)())
print([1].append.__reduce__()[1][1])
try: h.get.__reduce__(1)
except TypeError as e: print(e)
