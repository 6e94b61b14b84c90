# int, bool, float and complex have no __str__ of their own: str() of an
# instance of a subclass that overrides only __repr__ uses it.
class I(int):
    def __repr__(self):
        return 'I!'


class F(float):
    def __repr__(self):
        return 'F!'


class C(complex):
    def __repr__(self):
        return 'C!'


class S(int):
    __str__ = object.__str__

    def __repr__(self):
        return 'S!'


for x in [I(3), F(1.5), C(2j), S(4)]:
    print(str(x), '%s' % x, '%r' % x, '%d' % x.real, '{!s}'.format(x), repr(x))
print(int.__str__ is object.__str__, float.__str__ is object.__str__,
      complex.__str__ is object.__str__, bool.__str__ is object.__str__)
print(str(True), str(False), str(10 ** 30), str(-0.0), str(1e300), str(2j), str(-1 - 1j))
print(int.__str__(5), float.__str__(2.5), bool.__str__(True), complex.__str__(1j))
print(str(I), I.__str__ is object.__str__)
