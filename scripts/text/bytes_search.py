# bytes and bytearray: find, rfind, index, rindex, count, startswith,
# endswith, with ints, ranges and errors.

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


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

    def __repr__(self):
        return 'Idx(%d)' % self.v


for typ in (bytes, bytearray):
    s = typ(b'abracadabra')
    print('==', repr(s))
    for m in ['find', 'rfind', 'index', 'rindex', 'count']:
        f = getattr(s, m)
        for args in [(b'a',), (b'bra',), (b'',), (b'z',), (97,), (ord('c'),), (bytearray(b'ca'),), (memoryview(b'da'),),
                     (b'a', 1), (b'a', 1, 4), (b'a', -4), (b'a', -4, -1), (b'a', None, 5), (b'a', 100), (b'', 11), (b'', 12),
                     (b'a', Idx(2)), (256,), (-1,), ('a',), (1.0,), (b'a', 'x'), (b'a', 1.5), (), (b'a', 1, 2, 3), (Idx(98),)]:
            show(m + lbl(args), f, *args)
    for m in ['startswith', 'endswith']:
        f = getattr(s, m)
        for args in [(b'abra',), (b'bra',), (b'',), ((b'x', b'abr'),), ((b'x', b'y'),), ((),), (b'bra', 1), (b'bra', -4),
                     (b'abra', 0, 3), (b'ra', 0, -7), (bytearray(b'ab'),), (memoryview(b'ra'),), ('a',), (97,),
                     ((b'a', 'b'),), ((b'x', 1),), (b'a', None, None), (b'a', 'x'), ()]:
            show(m + lbl(args), f, *args)
