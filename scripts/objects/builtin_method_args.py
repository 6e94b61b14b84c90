# Argument errors of builtin methods, as CPython words them: a method of
# one or no argument names its type ("list.append() takes exactly one
# argument (0 given)"), a slot wrapper does not ("expected 1 argument,
# got 0"; "wrapper __contains__() takes no keyword arguments"), and the
# keyword error of others names the type ("str.find() takes no keyword
# arguments"). Methods are called as o.name(...) or T.name(o, ...), the
# forms whose messages CPython words this way.
def safe(f):
    try:
        r = f()
        if type(r).__name__.endswith('iterator'):
            return type(r).__name__
        return repr(r)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

samples = {
    'list': [3, 1, 2], 'dict': {'a': 1}, 'str': 'abc', 'bytes': b'abc', 'bytearray': bytearray(b'abc'),
    'set': {1, 2}, 'frozenset': frozenset({1}), 'int': 5, 'float': 2.5, 'tuple': (1, 2), 'complex': 1j,
    'range': range(3),
}
# Left out: methods a type inherits from object in one implementation and
# defines itself in the other (__format__, __reduce_ex__, __sizeof__),
# static maketrans, and bytearray.__getnewargs__.
skip = {'__format__', '__reduce_ex__', '__sizeof__', 'maketrans'}
for tname, obj in samples.items():
    T = type(obj)
    for name in sorted(dir(T)):
        if name.startswith('__') and name not in ('__getitem__', '__contains__', '__getnewargs__', '__round__', '__reversed__', '__length_hint__'):
            continue
        if name in skip or (tname == 'bytearray' and name == '__getnewargs__'):
            continue
        if not callable(getattr(T, name)):
            continue
        def mk(args, kw):
            def f():
                o = obj.copy() if hasattr(obj, 'copy') and not isinstance(obj, frozenset) else obj
                return getattr(T, name)(o, *args, **kw)
            return f
        print(tname, name, '|', safe(mk((), {})), '|', safe(mk((1, 2, 3, 4, 5), {})), '|',
              safe(mk((), {'zz': 1})), '|', safe(mk((1,), {'zz': 1})))

# Direct calls, and through the type.
for f in (lambda: [].append(), lambda: list.append([]), lambda: {}.get(), lambda: {}.get(1, x=2),
          lambda: dict.fromkeys(x=1), lambda: float.fromhex(), lambda: float.fromhex('1', '2'),
          lambda: [].__len__(1), lambda: list.__len__([], 1), lambda: 'a'.__contains__(),
          lambda: str.__contains__('a'), lambda: (1).__add__(), lambda: [].__contains__(x=1),
          lambda: [].__len__(x=1), lambda: [].__iadd__(), lambda: [].__getitem__(1, 2),
          lambda: {}.__getitem__(), lambda: {}.__contains__(), lambda: [].__getitem__(),
          lambda: (1).__format__(), lambda: (1.5).__format__(), lambda: (1j).__format__(1, 2),
          lambda: (1).__getnewargs__(1), lambda: object().__sizeof__(x=1), lambda: object().__sizeof__(1),
          lambda: 'abc'.find(), lambda: 'abc'.find('a', x=1), lambda: {1}.union(x=1),
          lambda: b'abc'.count(b'a', x=1), lambda: 'a'.upper(1), lambda: 'a'.join(), lambda: [].sort(1),
          lambda: [].pop(1, 2), lambda: {}.pop(), lambda: set().add(), lambda: (1).to_bytes(x=1)):
    print(safe(f))

# The singletons' types give back the singleton.
for s in (None, NotImplemented, Ellipsis):
    T = type(s)
    print(T.__name__, safe(lambda: T()), safe(lambda: T() is s), safe(lambda: T(1)), safe(lambda: T(a=1)),
          safe(lambda: T.__new__(T) is s))
