# ascii, callable, chr/ord, format, getattr/setattr/hasattr/delattr, id,
# isinstance/issubclass, repr, vars, dir: results and CPython's errors.
def safe(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

class A:
    x = 1
    def __init__(self): self.y = 2
    def m(self): pass
class B(A): pass
class Slots:
    __slots__ = ('a',)
class Fmt:
    def __format__(self, spec): return 'fmt:' + spec
class BadFmt:
    def __format__(self, spec): return 5
class Repr:
    def __repr__(self): return 'héllo\n'
class BadRepr:
    def __repr__(self): return 5
class Meta(type):
    def __instancecheck__(cls, o): return o == 'yes'
    def __subclasscheck__(cls, c): return c is int
class Magic(metaclass=Meta): pass
class GetAttr:
    def __getattr__(self, name):
        if name == 'boom':
            raise ValueError('boom')
        return name.upper()
class Dir:
    def __dir__(self): return ['b', 'a', 'c']
class BadDir:
    def __dir__(self): return 5
a = A()

cases = [
    'ascii("héllo")', 'ascii("\\x00\\u1234\\U0001f600")', 'ascii([1, "é"])', 'ascii(Repr())', 'ascii(b"\\xff")', 'ascii()',
    'callable(len)', 'callable(A)', 'callable(a)', 'callable(a.m)', 'callable(5)', 'callable(lambda: 0)', 'callable()',
    'chr(65)', 'chr(0x1f600)', 'chr(0x110000)', 'chr(-1)', 'chr(2**100)', 'chr("a")', 'chr(65.0)', 'chr(True)',
    'ord("a")', 'ord("é")', 'ord("\\U0001f600")', 'ord(b"a")', 'ord(bytearray(b"z"))', 'ord("ab")', 'ord("")', 'ord(b"")',
    'ord(5)', 'ord()',
    'format(5)', 'format(5, "04d")', 'format(3.14159, ".2f")', 'format("x", ">5")', 'format(Fmt(), "abc")', 'format(Fmt())',
    'format(BadFmt())', 'format(5, 5)', 'format(a, "x")', 'format(a, "").startswith("<__main__.A object at ")', 'format(1234567, ",")', 'format(2**100, "_x")',
    'format(1.5, "%")', 'format(True)', 'format(True, "d")', 'format(None)', 'format(None, "s")', 'format([], "")',
    'getattr(a, "x")', 'getattr(a, "y")', 'getattr(a, "z")', 'getattr(a, "z", 9)', 'getattr(a, 5)', 'getattr(a)',
    'getattr(GetAttr(), "foo")', 'getattr(GetAttr(), "boom", 1)', 'getattr(5, "real")', 'getattr(A, "m").__name__',
    'getattr(a, "z", None, 1)',
    'hasattr(a, "x")', 'hasattr(a, "nope")', 'hasattr(GetAttr(), "boom")', 'hasattr(a, 1)',
    'setattr(a, "z", 5)', 'setattr(5, "z", 5)', 'setattr(Slots(), "b", 1)', 'setattr(a, 1, 1)', 'setattr(a, "q")',
    'delattr(a, "y")', 'delattr(a, "nope")', 'delattr(A(), "x")', 'delattr(a, 1)',
    'isinstance(1, int)', 'isinstance(True, int)', 'isinstance(1, (str, (float, int)))', 'isinstance(1, str | int)',
    'isinstance(1, 5)', 'isinstance(1, (int, 5))', 'isinstance(1, (5, int))', 'isinstance("yes", Magic)',
    'isinstance("no", Magic)', 'isinstance(1, list[int])', 'isinstance()', 'isinstance(b := B(), A)',
    'issubclass(B, A)', 'issubclass(A, B)', 'issubclass(bool, (str, int))', 'issubclass(int, Magic)', 'issubclass(1, int)',
    'issubclass(int, 1)', 'issubclass(int, int | None)', 'issubclass(int, list[int])', 'issubclass(B, object)',
    'repr(Repr())', 'repr(BadRepr())', 'repr()', 'repr(1, 2)', 'str(BadRepr())',
    'vars(a)', 'vars()', 'vars(5)', 'vars(Slots())', 'sorted(vars(A))[:3]', 'vars(a, a)', 'type(vars(A)).__name__',
    'dir(Dir())', 'dir(BadDir())', 'dir(a)[-3:]', 'dir(5)[:3]', '"x" in dir(A)', 'dir(1, 2)', 'dir(Slots())[-2:]',
    'id(a) == id(a)', 'id(a) != id(A())', 'id()', 'type(id(a))',
]
for src in cases:
    print(src, '->', safe(lambda: eval(src)))
a.y = 2
print(sorted(vars(a)), a.z)
