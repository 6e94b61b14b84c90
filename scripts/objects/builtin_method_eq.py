# Builtin methods bound to an object: each attribute access makes a new
# one, and two of them are equal (and hash alike) when they are the same
# method of the same object, as CPython compares them.
l = []
a, b = l.append, l.append
print(a == b, a is b, a != b, hash(a) == hash(b), {a: 1}[b])
print(l.append == l.pop, l.append == [].append, l.append == list.append, l.append == 5)
print(len == len, len == abs, (1).__add__ == (1).__add__, (1).__add__ == (2).__add__,
      hash((1).__add__) == hash((1).__add__), (1).__add__ == (1).__sub__)
s = "x"
print(s.upper == s.upper, s.upper == "y".upper, {}.get == {}.get)
d = {}
print(d.get == d.get, d.get in [d.get], [d.get].index(d.get))
