# str repr (quote choice, escapes by Unicode printability), ascii(),
# indexing and slicing by code point, comparisons, *, in, hash, str() of
# objects and of bytes with an encoding, ord and chr.
for s in ["a'b", 'a"b', 'a\'b"c', '', '\\', '\n\r\t\x00\x7f', '\x80\x9f\xa0\xad\xff', 'é€\U0001F600', '\u2028\u2029\u200b',
          '\ud800\udfff', '\U000E0001\U0010FFFF\U000F0000', '\u0378\u0300', '\ufeff\ufffe\uffff', '\x1b[0m', '\u3000 ',
          '\U0001D7CE\u05d0', '"\'', "''"]:
    print(repr(s), ascii(s), len(s))
for i in [0, 0x7f, 0xa0, 0xad, 0x37f, 0x378, 0x2028, 0xd7ff, 0xe000, 0xfffd, 0x1f600, 0xe0100, 0x10ffff, 0x1342e, 0x1fbca,
          0x31350, 0x2b739, 0x1f7f0, 0x1e4d0, 0x11f00]:
    print(hex(i), repr(chr(i)), chr(i).isprintable())

s = 'aé€\U0001F600zα'
print([s[i] for i in range(-len(s), len(s))])
for sl in [slice(None), slice(None, None, -1), slice(1, 4), slice(-2, None), slice(None, None, 2), slice(5, 0, -2),
           slice(-1, -7, -1), slice(100, None, -1), slice(2, 2), slice(0, 100, 3), slice(None, None, -3)]:
    print(sl, repr(s[sl]))
for bad in [len(s), -len(s) - 1, 2**70]:
    try:
        s[bad]
    except IndexError as e:
        print(type(e).__name__, e)
for bad in [1.0, 'a', None]:
    try:
        s[bad]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s[0] = 'x'
except TypeError as e:
    print(type(e).__name__, e)

pairs = [('a', 'b'), ('a', 'a'), ('ab', 'a'), ('', 'a'), ('é', 'z'), ('\U0001F600', '\uffff'), ('Z', 'a'), ('\ud800', '\ue000')]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
for op in ['<', '>', '<=', '>=']:
    for other in [1, None, b'a']:
        try:
            eval('"a" %s other' % op)
        except TypeError as e:
            print(type(e).__name__, e)
print('a' == 1, 'a' != b'a', 'a' == 'a')
print('ab' * 3, 'ab' * 0, 'ab' * -2, 3 * 'é', repr('' * 5), 'x' * True)
for bad in [1.5, 'a', None]:
    try:
        'a' * bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    'a' * (2**62)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    'a' * (2**70)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__, e)
for a, b in [('a', 1), ('a', None), ('a', b'b'), (1, 'a')]:
    try:
        a + b
    except TypeError as e:
        print(type(e).__name__, e)
print('ab' + 'é', 'x' + '')
print(hash('abc') == hash('ab' + 'c'), hash('') == 0, hash('é') == hash('\xe9'))


class S(str):
    pass


print(hash(S('abc')) == hash('abc'), S('abc') == 'abc', {'abc': 1}[S('abc')])

print('== str()')


class A:
    def __str__(self):
        return 'A!'


class B:
    def __repr__(self):
        return 'B?'


class C:
    def __str__(self):
        return 1


class D(str):
    def __str__(self):
        return 'D!'


print(str(), str(A()), str(B()), str(1.5), str([1, 'a']), str(None), str(b'x'), str(S('s')), type(str(S('s'))).__name__)
print(str(D('d')), type(str(D('d'))).__name__)
try:
    str(C())
except TypeError as e:
    print(type(e).__name__, e)
for args, kw in [((b'caf\xc3\xa9', 'utf-8'), {}), ((b'caf\xe9', 'latin-1'), {}), ((b'caf\xe9', 'utf-8', 'replace'), {}),
                 ((b'caf\xe9',), {'encoding': 'ascii', 'errors': 'ignore'}), ((b'abc',), {'errors': 'strict'}),
                 ((bytearray(b'abc'), 'ascii'), {}), (('abc', 'ascii'), {}),
                 ((1, 'ascii'), {}), ((b'abc', 1), {}), ((b'abc', 'ascii', 1), {}), ((b'caf\xe9', 'utf-8'), {}),
                 ((b'abc', 'nosuch'), {}), ((b'x',), {'object': 1}), ((), {'object': 'kw'}), ((b'\xff', 'utf-8', 'surrogateescape'), {})]:
    try:
        print(args, kw, '->', repr(str(*args, **kw)))
    except Exception as e:
        print(args, kw, '->', type(e).__name__, e)

print('== ord/chr')
for x in ['a', 'é', '\U0001F600', '\ud800', b'a', bytearray(b'z'), '', 'ab', 1, b'']:
    try:
        print(repr(x), ord(x))
    except Exception as e:
        print(repr(x), type(e).__name__, e)
for x in [0, 65, 0x10ffff, 0x110000, -1, 2**70, 1.5, 'a', True]:
    try:
        print(x, repr(chr(x)))
    except Exception as e:
        print(x, type(e).__name__, e)
