# bytes and bytearray: case and padding methods, the isX predicates,
# replace, expandtabs, translate, maketrans, hex and fromhex.

def lbl(x):
    # repr without memory addresses, so that labels are deterministic
    if isinstance(x, memoryview):
        return 'memoryview(%r)' % x.tobytes()
    if isinstance(x, tuple):
        return '(' + ', '.join(lbl(i) for i in x) + (',)' if len(x) == 1 else ')')
    if isinstance(x, list):
        return '[' + ', '.join(lbl(i) for i in x) + ']'
    return repr(x)


def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))


samples = [b'', b'hello World', b'HELLO', b'hello', b'Hello World', b'hello world', b'123', b'12a', b'  ', b' \t\n\r\x0b\x0c',
           b'\xc3\xa9t\xc3\xa9', b'\xe9', b'a1B2', b'They\'re bill\'s', b'_x_', b'Ab Cd', b'aB cD', b'\x80abc', b'AbC DEf1 g2H']
for typ in (bytes, bytearray):
    print('==', typ.__name__)
    for s in samples:
        s = typ(s)
        print(repr(s), [getattr(s, m)() for m in ['lower', 'upper', 'swapcase', 'capitalize', 'title']])
        print('  ', [getattr(s, m)() for m in ['isalnum', 'isalpha', 'isascii', 'isdigit', 'islower', 'isspace', 'istitle', 'isupper']])
    s = typ(b'abc')
    for m in ['center', 'ljust', 'rjust']:
        f = getattr(s, m)
        for args in [(7,), (7, b'*'), (2,), (-1,), (8, bytearray(b'-')), (7, b'**'), (7, '*'), (7, 42), ('7',), (), (6, b'')]:
            show(m + lbl(args), f, *args)
    for w in [0, 3, 6, -2]:
        for v in [b'42', b'-42', b'+42', b'', b'abc', b'-']:
            show('zfill %r %d' % (v, w), typ(v).zfill, w)
    show('zfill str', s.zfill, '5')
    t = typ(b'a\tbc\tdef\nx\ty\r\tz')
    for args, kw in [((), {}), ((4,), {}), ((0,), {}), ((1,), {}), ((-1,), {}), ((), {'tabsize': 2}), (('4',), {})]:
        show('expandtabs%r%r' % (args, kw), t.expandtabs, *args, **kw)
    r = typ(b'aaa bbb aaa')
    for args in [(b'a', b'x'), (b'a', b'xy', 2), (b'aaa', b''), (b'', b'-'), (b'', b'-', 3), (b'z', b'y'), (b'a', b'b', -1),
                 (b'a', b'b', 0), (bytearray(b'b'), memoryview(b'B')), ('a', b'x'), (b'a', 'x'), (b'a', b'x', 'y'), (b'a',)]:
        show('replace' + lbl(args), r.replace, *args)

print('-- translate and maketrans')
table = bytes.maketrans(b'abc', b'xyz')
print(len(table), table[97:100], type(table).__name__, type(bytearray.maketrans(b'a', b'b')).__name__)
show('maketrans unequal', bytes.maketrans, b'ab', b'x')
show('maketrans str', bytes.maketrans, 'a', 'b')
show('maketrans bytearray', bytes.maketrans, bytearray(b'a'), memoryview(b'b'))
for typ in (bytes, bytearray):
    s = typ(b'abcabc-def')
    show('translate table', s.translate, table)
    show('translate table delete', s.translate, table, b'-b')
    show('translate None delete', s.translate, None, b'ac')
    show('translate None', s.translate, None)
    show('translate kw delete', s.translate, None, delete=b'a')
    show('translate short', s.translate, b'abc')
    show('translate str', s.translate, 'x' * 256)
    show('translate bytearray table', s.translate, bytearray(table))
    show('translate delete str', s.translate, None, 'a')
    show('translate no args', s.translate)

print('-- hex and fromhex')
for typ in (bytes, bytearray):
    s = typ(b'\x00\x01\xab\xcd\xef\xff\x10')
    for args, kw in [((), {}), ((':',), {}), ((b'-',), {}), ((' ', 2), {}), ((' ', -2), {}), (('|', 3), {}), (('|', -3), {}),
                     (('', ), {}), (('ab',), {}), (('é',), {}), ((':', 0), {}), ((':', 100), {}), ((), {'sep': '_', 'bytes_per_sep': 4}),
                     ((1,), {}), ((':', 'x'), {})]:
        show('hex%r%r' % (args, kw), s.hex, *args, **kw)
    print(typ(b'').hex(), typ(b'').hex(':'), typ(b'\x01').hex(':', 5))
    for arg in ['', '00ff', 'AbCd', ' 01 02 ', '0 1', '01 0', 'abc', 'zz', '01\t02\n03', '0g', 'é1', b'0102', 5, '\x0b01', '01 \x1c 02']:
        show('%s.fromhex(%r)' % (typ.__name__, arg), typ.fromhex, arg)


class MyBytes(bytes):
    pass


class MyBA(bytearray):
    pass


print(type(MyBytes.fromhex('41')).__name__, MyBytes.fromhex('41'), type(MyBA.fromhex('41')).__name__)
