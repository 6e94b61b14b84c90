# bytes and bytearray: construction, repr, indexing, slicing, operators.

def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))


class Idx:
    def __index__(self):
        return 3


class HasBytes:
    def __bytes__(self):
        return b'from __bytes__'


class BadBytes:
    def __bytes__(self):
        return 'not bytes'


for typ in (bytes, bytearray):
    n = typ.__name__
    show(n + '()', typ)
    show(n + '(3)', typ, 3)
    show(n + '(Idx())', typ, Idx())
    show(n + '(-1)', typ, -1)
    show(n + '([1,2,255])', typ, [1, 2, 255])
    show(n + '([256])', typ, [256])
    show(n + '([-1])', typ, [-1])
    show(n + "(['a'])", typ, ['a'])
    show(n + '(range(5))', typ, range(5))
    show(n + "('abc')", typ, 'abc')
    show(n + "('abc', 'ascii')", typ, 'abc', 'ascii')
    show(n + "('é', 'utf-8')", typ, 'é', 'utf-8')
    show(n + "('é', 'ascii')", typ, 'é', 'ascii')
    show(n + "('é', 'ascii', 'ignore')", typ, 'é', 'ascii', 'ignore')
    show(n + "(b'x', 'ascii')", typ, b'x', 'ascii')
    show(n + "(encoding='ascii')", typ, encoding='ascii')
    show(n + '(1.5)', typ, 1.5)
    show(n + '(None)', typ, None)
    show(n + '(HasBytes())', typ, HasBytes())
    show(n + '(BadBytes())', typ, BadBytes())
    show(n + '(memoryview(b"mv"))', typ, memoryview(b'mv'))
    show(n + '(bytearray(b"ba"))', typ, bytearray(b'ba'))
    show(n + '(iter([65,66]))', typ, iter([65, 66]))
    show(n + '(x=1)', typ, x=1)
    show(n + '(1, 2, 3, 4)', typ, 1, 2, 3, 4)

print('-- repr')
for v in [b'', b'abc', b"'", b'"', b'\'"', b'\\', b'\x00\x01\t\n\r\x7f\x80\xff', bytes(range(32, 127))]:
    print(repr(v), str(v), repr(bytearray(v)), str(bytearray(v)))
print(repr(bytearray()))

print('-- indexing')
b = b'hello'
ba = bytearray(b'hello')
for i in [0, 4, -1, -5, 5, -6, Idx()]:
    show('b[%r]' % (i if isinstance(i, int) else 'Idx',), lambda: b[i])
    show('ba[%r]' % (i if isinstance(i, int) else 'Idx',), lambda: ba[i])
show("b['x']", lambda: b['x'])
show("ba['x']", lambda: ba['x'])
show('b[1.0]', lambda: b[1.0])
for s in [slice(1, 3), slice(None, None, -1), slice(None, None, 2), slice(-2, None), slice(10, 20), slice(4, 0, -2), slice(None, None, 0)]:
    show('b[%r]' % (s,), lambda: b[s])
    show('ba[%r]' % (s,), lambda: ba[s])
print(list(b), list(ba), [x for x in b'\x00\xff'])

print('-- operators')
show("b'a' + b'b'", lambda: b'a' + b'b')
show("b'a' + bytearray(b'b')", lambda: b'a' + bytearray(b'b'))
show("bytearray(b'a') + b'b'", lambda: bytearray(b'a') + b'b')
show("b'a' + memoryview(b'm')", lambda: b'a' + memoryview(b'm'))
show("bytearray(b'a') + memoryview(b'm')", lambda: bytearray(b'a') + memoryview(b'm'))
show("b'a' + 'b'", lambda: b'a' + 'b')
show("'a' + b'b'", lambda: 'a' + b'b')
show("bytearray(b'a') + 'b'", lambda: bytearray(b'a') + 'b')
show("b'a' + 1", lambda: b'a' + 1)
show("1 + b'a'", lambda: 1 + b'a')
show("b'ab' * 3", lambda: b'ab' * 3)
show("3 * b'ab'", lambda: 3 * b'ab')
show("b'ab' * -1", lambda: b'ab' * -1)
show("b'ab' * Idx()", lambda: b'ab' * Idx())
show("bytearray(b'ab') * 2", lambda: bytearray(b'ab') * 2)
show("b'ab' * 1.5", lambda: b'ab' * 1.5)
show("b'ab' * b'x'", lambda: b'ab' * b'x')
show("b'a' - b'a'", lambda: b'a' - b'a')
for x in [97, b'a', b'', b'ab', bytearray(b'b'), memoryview(b'c'), 256, -1, 'a', 1.0, Idx()]:
    show('%r in b"abc"' % (x,) if not isinstance(x, (Idx, memoryview)) else type(x).__name__ + ' in b"abc"', lambda: x in b'abc')
    show('in bytearray', lambda: x in bytearray(b'abc'))

print('-- comparisons')
pairs = [(b'a', b'a'), (b'a', b'b'), (b'ab', b'a'), (b'', b''), (b'a', bytearray(b'a')), (bytearray(b'a'), b'b'),
         (bytearray(b'x'), bytearray(b'x')), (b'a', 'a'), (b'a', 97), (b'\xff', b'\x00'), (b'a', memoryview(b'a'))]
for a, c in pairs:
    print(repr(a), repr(c) if not isinstance(c, memoryview) else 'mv', a == c, a != c)
    for op in ['<', '<=', '>', '>=']:
        show(op, eval, 'a %s c' % op, {'a': a, 'c': c})

print('-- hash')
print(hash(b'abc') == hash(b'abc'), hash(b'') == hash(b''), hash(b'abc') == hash(bytes(bytearray(b'abc'))))
show('hash(bytearray())', hash, bytearray())
print({b'a': 1}[b'a'], b'a' in {b'a'}, len({b'x', b'x', b'y'}))

print('-- misc')
print(len(b''), len(b'abc'), len(bytearray(10)), bool(b''), bool(b'\x00'), bool(bytearray()))
print(bytes.__name__, bytearray.__name__, type(b'') is bytes, type(bytearray()) is bytearray)
print(isinstance(b'', bytes), isinstance(bytearray(), bytes), issubclass(bytearray, bytes))
print(b'abc'.__bytes__() if hasattr(b'', '__bytes__') else 'no __bytes__')
print(b'%s' % b'x' if True else None)


class MyBytes(bytes):
    pass


mb = MyBytes(b'sub')
print(type(mb).__name__, mb, mb + b'!', type(mb + b'!').__name__, mb == b'sub', mb.upper(), type(mb.upper()).__name__)
print(type(bytes(mb)).__name__, type(mb[0:2]).__name__)
