# fractions: copies and pickles of Fractions and of a subclass's instances
# (a subclass may override __copy__; deepcopy does not go through it),
# the real-number views.
import copy
import pickle
from fractions import Fraction as D


class Sub(D):
    def __copy__(self):
        return "own copy"


class Plain(D):
    pass


d = D("-1.50")
print(copy.copy(d) is d, copy.deepcopy(d) is d, d.__reduce__(), pickle.loads(pickle.dumps(d)))
for v in [Sub("2.5"), Plain("1/3"), Plain("-7")]:
    for r in [copy.copy(v), copy.deepcopy(v), pickle.loads(pickle.dumps(v))]:
        print(type(r).__name__, repr(r))
    print(v.__reduce__()[0].__name__, copy.deepcopy(v) is v, copy.copy(v) is v)
print(d.real is d, repr(d.imag), d.conjugate() is d, repr(Plain(1).imag), type(Plain(1).real).__name__)
