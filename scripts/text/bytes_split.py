# bytes and bytearray: split, rsplit, splitlines, partition, rpartition,
# join, strip, lstrip, rstrip, removeprefix, removesuffix.

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


for typ in (bytes, bytearray):
    print('==', typ.__name__)
    for s in [b'', b'a b  c', b'  a\tb\nc\x0b\x0cd\re\x1cf  ', b'a,b,,c,', b',', b'\xa0x\xa0', b'one']:
        s = typ(s)
        for m in ['split', 'rsplit']:
            f = getattr(s, m)
            for args, kw in [((), {}), ((None,), {}), ((None, 1), {}), ((b',',), {}), ((b',', 1), {}), ((b',', 0), {}),
                             ((), {'maxsplit': 1}), ((), {'sep': b','}), ((b',,',), {}), ((bytearray(b','),), {})]:
                show('%r.%s%r%r' % (s, m, args, kw), f, *args, **kw)
    s = typ(b'a,b')
    show('split empty', s.split, b'')
    show('split str', s.split, ',')
    show('split int', s.split, 44)
    show('split maxsplit str', s.split, b',', 'x')
    show('split maxsplit float', s.split, b',', 1.0)
    show('split kw bad', s.split, x=1)
    show('split too many', s.split, b',', 1, 2)
    for s in [b'', b'a\nb\r\nc\rd', b'a\n\nb\n', b'x\x0by\x0cz\x1c\x1d\x1e\x85', b'\n', b'no newline']:
        s = typ(s)
        show('%r.splitlines()' % s, s.splitlines)
        show('%r.splitlines(True)' % s, s.splitlines, True)
        show('%r.splitlines(keepends=1)' % s, s.splitlines, keepends=1)
    s = typ(b'a-b-c')
    for m in ['partition', 'rpartition']:
        f = getattr(s, m)
        for args in [(b'-',), (b'x',), (b'a-b-c',), (bytearray(b'b'),), (b'',), ('-',), (45,), ()]:
            show(m + lbl(args), f, *args)
    sep = typ(b', ')
    for arg in [[], [b'a'], [b'a', b'b', b'c'], [b'a', bytearray(b'b'), memoryview(b'c')], (b'x' for _ in range(3)),
                [b'a', 'b'], [b'a', 1], 5, 'abc', [b'\xff', b'\x00']]:
        show('join ' + (lbl(arg) if not hasattr(arg, '__next__') else 'generator'), sep.join, arg)
    s = typ(b'  \t\n xay \x0b\x0c\r ')
    for m in ['strip', 'lstrip', 'rstrip']:
        f = getattr(s, m)
        for args in [(), (None,), (b' \t',), (b' \t\nx',), (bytearray(b' '),), (b'',), (' ',), (32,), (b' ', b' ')]:
            show(m + lbl(args), f, *args)
    s = typ(b'prefix-body-suffix')
    for m in ['removeprefix', 'removesuffix']:
        f = getattr(s, m)
        for args in [(b'prefix-',), (b'-suffix',), (b'',), (b'nope',), (bytearray(b'pre'),), (memoryview(b'suffix'),), ('pre',), ()]:
            show(m + lbl(args), f, *args)
    r = s.removeprefix(b'')
    print('removeprefix identity:', r is s if typ is bytes else type(r).__name__)
