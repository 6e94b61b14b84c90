# str % with operands that are instances of str, tuple and dict
# subclasses (their own __str__, __repr__, __getitem__ are used), and the
# errors of slot wrappers called with the wrong self.
class S(str):
    def __str__(self): return "S-str"
    def __repr__(self): return "S-repr"
class T(tuple): pass
class D(dict):
    def __getitem__(self, k): return "D:" + k
s = S("abc")
print("%s %r" % (s, s), "%s" % T((1,)), "%s %s" % T((1, 2)), "%(a)s" % D(a=1))
f = S("%s!")
print(f % 1, type(f % 1).__name__, f % s, S.__mod__(f, 2), str.__mod__(f, 3))
try:
    print(str.__mod__(1, 2))
except TypeError as e:
    print(e)
print(str.__rmod__("x", 1), str.__rmod__(s, "%s"), str.__rmod__("a", S("%s")))
class R:
    def __rmod__(self, o): return "R.rmod"
r = R()
print(f % 7, S("%s") % (r,) == "%s" % (r,))
print(S("%d") % 5)
try:
    S("%d") % "x"
except TypeError as e:
    print(e)
for f, a in [(str.__add__, (1, 2)), (list.append, (1, 2)), (int.__neg__, ("x",)), (dict.__getitem__, (1, 2)), (object.__eq__, ()), (str.__len__, (1,)), (list.__init__, (1,)), (int.__repr__, ("",)), (str.__mod__, (1, 2))]:
    try:
        f(*a)
    except TypeError as e:
        print(e)
