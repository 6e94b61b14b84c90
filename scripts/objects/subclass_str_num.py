# Subclasses of str, int, float, bytes: values behave as the builtin,
# methods return builtin types as CPython does, dunders can be
# overridden.


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class MyStr(str):
    def shout(self):
        return self.upper() + "!"


s = MyStr("hello")
print(s, repr(s), s.shout(), len(s), s[1], type(s).__name__, s == "hello", hash(s) == hash("hello"))
for r in [s.upper(), s + "x", "x" + s, s * 2, s[1:], s.strip(), s.replace("l", "L"), s.format(), str(s), s.join(["a", "b"]), "-".join([s, s]), f"{s}", "%s" % s, s.lower(), s.title(), s.center(9), s.split("l"), s.partition("l"), s.encode()]:
    print(type(r).__name__, r)
print({s: 1}["hello"], "ell" in s, s.startswith("he"), s < "z", sorted([MyStr("b"), "a"]))
print(int(MyStr("12")), float(MyStr("1.5")), list(MyStr("ab")), MyStr("x") is not MyStr("x"))


class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())

    def __str__(self):
        return "custom str"

    def __repr__(self):
        return "custom repr"


u = Upper("abc")
print(u, str(u), repr(u), f"{u}", "%s|%r" % (u, u), [u], u + "d", u == "ABC", format(u), "{}".format(u))


class MyInt(int):
    def double(self):
        return self * 2


i = MyInt(3)
print(i, repr(i), type(i).__name__, i.double(), type(i.double()).__name__)
for r in [i + 1, 1 + i, i * i, -i, +i, abs(i), i // 2, i % 2, i ** 2, i << 1, i & 1, ~i, divmod(i, 2), round(i), int(i), i.real, i.numerator, i.conjugate(), i.__index__(), True + i]:
    print(type(r).__name__, r)
print(i == 3, i < 4, hash(i) == hash(3), [10, 20, 30, 40][i], "ab" * MyInt(2), range(i), bin(i), hex(i), f"{i:05d}", str(i), format(i, "x"))
print(isinstance(i, int), int.__add__(i, 1), i.bit_length(), i.to_bytes(1, "big"), MyInt.from_bytes(b"\x05", "big"), type(MyInt.from_bytes(b"\x05", "big")).__name__)


class Money(int):
    def __add__(self, other):
        return Money(int(self) + int(other))

    def __repr__(self):
        return f"Money({int(self)})"

    def __str__(self):
        return f"${int(self)}"


m = Money(5)
print(m + 1, 1 + m, repr(m + m), str(m), f"{m}", f"{m:d}", [m], sum([m, m]), sum([m, m], Money(0)))


class MyBool(int):
    pass


print(MyBool(True), type(MyBool(True)).__name__, MyBool("7"), MyBool("ff", 16), MyBool(3.9))
show(lambda: type("B", (bool,), {}))


class MyFloat(float):
    pass


f = MyFloat(1.5)
print(f, repr(f), type(f).__name__)
for r in [f + 1, f * 2, -f, abs(f), f // 1, round(f), round(f, 1), float(f), f.real, f.conjugate(), f.hex(), f.as_integer_ratio(), f.is_integer()]:
    print(type(r).__name__, r)
print(MyFloat("2.5"), MyFloat.fromhex("0x1p1"), type(MyFloat.fromhex("0x1p1")).__name__, int(f), f == 1.5, f"{f:.2f}")


class MyBytes(bytes):
    pass


b = MyBytes(b"abc")
print(b, repr(b), type(b).__name__, b[0], type(b[1:]).__name__, type(b + b"x").__name__, type(b.join([b"1", b"2"])).__name__, b.decode(), len(b))
print(MyBytes(3), MyBytes([65, 66]), MyBytes("é", "utf-8"), bytes(b) == b, type(bytes(b)).__name__)


class MyComplex(complex):
    pass


c = MyComplex(1, 2)
print(c, repr(c), type(c).__name__, type(c + 1).__name__, c.real, c.imag, type(c.conjugate()).__name__)
show(lambda: MyInt("x"))
show(lambda: MyFloat("x"))
show(lambda: MyInt(1, 2, 3))
