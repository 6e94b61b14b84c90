# UserString, UserList, UserDict and ChainMap: each delegating method,
# what it returns (wrapped or plain), the operators, copies and errors.
import copy
from collections import UserString, UserList, UserDict, ChainMap


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', type(r).__name__, repr(r))


class S(UserString):
    pass


s = S('Hello, World  ')
t = UserString('ab')
for name, args in [
        ('capitalize', ()), ('casefold', ()), ('center', (20,)), ('center', (20, '*')),
        ('count', ('l',)), ('count', (UserString('l'), 3)), ('count', ('l', 0, 4)),
        ('removeprefix', ('Hel',)), ('removeprefix', (UserString('Hel'),)),
        ('removesuffix', ('  ',)), ('removesuffix', (UserString('  '),)),
        ('encode', ()), ('encode', (None, None)), ('encode', ('ascii', 'strict')),
        ('endswith', ('  ',)), ('endswith', (('x', ' '),)), ('expandtabs', ()),
        ('find', ('o',)), ('find', (UserString('o'), 5)), ('find', ('z',)),
        ('format', ()), ('format_map', ({},)), ('index', ('W',)), ('index', ('z',)),
        ('isalpha', ()), ('isalnum', ()), ('isascii', ()), ('isdecimal', ()),
        ('isdigit', ()), ('isidentifier', ()), ('islower', ()), ('isnumeric', ()),
        ('isprintable', ()), ('isspace', ()), ('istitle', ()), ('isupper', ()),
        ('join', (['x', 'y'],)), ('ljust', (16, '.')), ('lower', ()), ('lstrip', ('H',)),
        ('lstrip', ()), ('partition', (',',)), ('replace', ('l', 'L')),
        ('replace', (UserString('l'), UserString('_'), 2)), ('rfind', ('o',)),
        ('rfind', (UserString('o'),)), ('rindex', ('o',)), ('rindex', ('q',)),
        ('rjust', (17,)), ('rpartition', ('o',)), ('rstrip', ()), ('rstrip', (' d',)),
        ('split', ()), ('split', (',', 1)), ('rsplit', ('o', 1)), ('splitlines', ()),
        ('startswith', ('He',)), ('startswith', ('l', 2, 3)), ('strip', ()),
        ('swapcase', ()), ('title', ()), ('translate', ({72: 'J'},)), ('upper', ()),
        ('zfill', (18,)), ('center', ()), ('zfill', ('x',))]:
    show(f'{name}{args!r}', lambda: getattr(s, name)(*args))

show('maketrans', lambda: S.maketrans('ab', 'cd'))
show('str', lambda: str(t))
show('int', lambda: int(UserString(' 42 ')))
show('float', lambda: float(UserString('2.5')))
show('complex', lambda: complex(UserString('1+2j')))
show('int bad', lambda: int(UserString('x')))
show('hash', lambda: hash(t) == hash('ab'))
show('getnewargs', lambda: t.__getnewargs__())
show('cmp', lambda: (t == 'ab', t == UserString('ab'), t < 'b', t <= UserString('ab'),
                     t > 'a', t >= 'ac', t != 'ab'))
show('contains', lambda: ('a' in t, UserString('b') in t, 'z' in t))
show('contains bad', lambda: 3 in t)
show('len', lambda: len(s))
show('getitem', lambda: s[1])
show('slice', lambda: s[::2])
show('getitem bad', lambda: s[99])
show('add', lambda: (t + 'c', t + UserString('d'), t + 5))
show('radd', lambda: 'z' + t)
show('radd int', lambda: 5 + t)
show('mul', lambda: (t * 2, 3 * t, t * 0))
show('mod', lambda: UserString('%s-%d') % ('a', 1))
show('rmod', lambda: '%s!' % UserString('x'))
show('iter', lambda: list(t))
show('reversed', lambda: list(reversed(t)))
show('ctor', lambda: (UserString(12), UserString(t), S(None)))
show('copy', lambda: (copy.copy(s), copy.deepcopy(s)))
show('init no arg', lambda: UserString())


class L(UserList):
    pass


a = L([3, 1, 2])
show('ctor', lambda: (UserList(), UserList((1, 2)), UserList(a), L('ab')))
show('repr', lambda: repr(a))
show('cmp', lambda: (a == [3, 1, 2], a == L([3, 1, 2]), a < [4], a <= a, a > [3], a >= [3, 1, 2], a != [1]))
show('hash', lambda: hash(a))
show('contains', lambda: (1 in a, 9 in a))
show('getitem', lambda: (a[0], a[-1], a[1:]))
show('getitem bad', lambda: a[10])
show('add', lambda: (a + [4], a + L([5]), a + (6,)))
show('add bad', lambda: a + 1)
show('radd', lambda: ([0] + a, (0,) + a))
show('mul', lambda: (a * 2, 2 * a))


def iops():
    b = L([1])
    b += [2]
    b += L([3])
    b += (4,)
    b *= 2
    return b


show('iops', iops)


def mutate():
    b = L([5, 6, 7])
    b.append(8)
    b.insert(0, 4)
    b[1] = 50
    del b[2]
    r = [b.pop(), b.pop(0)]
    b.remove(7)
    b.extend(L([1, 2]))
    b.extend((3,))
    b.reverse()
    out = [list(b), r, b.count(1), b.index(2), b.index(1, 1)]
    b.sort()
    out.append(list(b))
    b.sort(reverse=True, key=lambda x: -x)
    out.append(list(b))
    c = b.copy()
    out.append((type(c).__name__, c is b, c == b))
    b.clear()
    out.append(list(b))
    return out


show('mutate', mutate)
show('pop empty', lambda: L().pop())
show('remove missing', lambda: L([1]).remove(2))
show('index missing', lambda: L([1]).index(2))
show('copy.copy', lambda: (copy.copy(a), copy.copy(a).data is a.data))


class D(UserDict):
    pass


class DM(UserDict):
    def __missing__(self, key):
        return key * 2


d = D({'a': 1}, b=2)
show('ctor', lambda: (UserDict(), UserDict([('x', 1)]), UserDict(x=1), D(d)))
show('dict kw', lambda: UserDict(dict=3, self=4))
show('repr', lambda: repr(d))
show('getitem', lambda: d['a'])
show('missing', lambda: d['zz'])
show('__missing__', lambda: DM()['ab'])
show('get', lambda: (d.get('a'), d.get('q'), d.get('q', 0)))
show('contains', lambda: ('a' in d, 'q' in d))
show('len iter', lambda: (len(d), list(d)))
show('or', lambda: (d | {'c': 3}, d | UserDict(c=4), {'z': 0} | d, UserDict(z=1) | d))
show('or bad', lambda: d | 3)


def dops():
    e = D(a=1)
    e |= {'b': 2}
    e |= UserDict(c=3)
    e |= [('d', 4)]
    e['x'] = 9
    del e['a']
    r = [e.pop('b'), e.pop('zz', 'dflt'), e.setdefault('x', 0), e.setdefault('y', 7)]
    e.update({'m': 1}, n=2)
    e.update([('o', 3)])
    r.append(e.popitem())
    return r, e


show('dops', dops)
show('del missing', lambda: D().__delitem__('k'))
show('pop missing', lambda: D().pop('k'))
show('popitem empty', lambda: D().popitem())
show('copy', lambda: (d.copy(), type(d.copy()).__name__, UserDict(a=1).copy()))
show('copy.copy', lambda: (copy.copy(d), copy.copy(d).data is d.data))
show('fromkeys', lambda: (D.fromkeys('ab'), UserDict.fromkeys([1, 2], 0)))
show('eq', lambda: (d == {'a': 1, 'b': 2}, d == D(a=1, b=2), d == 3))

m1, m2, m3 = {'a': 1}, {'a': 2, 'b': 3}, {'c': 4, 'b': 5}
c = ChainMap(m1, m2, m3)
show('chain', lambda: (c['a'], c['b'], c['c'], len(c), list(c), list(c.items())))
show('chain missing', lambda: c['zz'])
show('chain get', lambda: (c.get('c'), c.get('q', 'dflt')))
show('chain contains', lambda: ('c' in c, 'q' in c, bool(c), bool(ChainMap({}, {}))))
show('chain repr', lambda: (repr(c), repr(ChainMap())))
show('chain fromkeys', lambda: (ChainMap.fromkeys('ab'), ChainMap.fromkeys('ab', 0)))
show('chain copy', lambda: (c.copy(), c.copy().maps[0] is m1, c.copy().maps[1] is m2, copy.copy(c)))
show('new_child', lambda: (c.new_child(), c.new_child({'z': 1}), c.new_child(k=2), c.new_child({'p': 1}, q=2)))
show('parents', lambda: (c.parents, ChainMap({}).parents))


def chain_writes():
    cm = ChainMap({'a': 1}, {'b': 2})
    cm['c'] = 3
    del cm['a']
    out = [cm.maps]
    for f in (lambda: cm.__delitem__('b'), lambda: cm.pop('b'), lambda: cm.pop('b', 0),
              lambda: cm.popitem(), lambda: cm.popitem()):
        try:
            out.append(f())
        except KeyError as e:
            out.append(('KeyError', str(e)))
    cm['x'] = 1
    cm.clear()
    out.append(cm.maps)
    return out


show('chain writes', chain_writes)


def chain_ors():
    cm = ChainMap({'a': 1}, {'b': 2})
    r = [cm | {'b': 9}, {'a': 0, 'z': 5} | cm, cm | UserDict(q=1)]
    cm |= {'n': 1}
    cm |= [('m', 2)]
    r.append(cm)
    return r


show('chain ors', chain_ors)
show('chain or bad', lambda: ChainMap() | 1)
show('chain ror bad', lambda: 1 | ChainMap())
show('chain eq', lambda: (ChainMap({'a': 1}) == {'a': 1}, ChainMap({'a': 1}, {'a': 2}) == ChainMap({'a': 1})))


class Rec(ChainMap):
    pass


r = Rec({'x': 1})
r.maps.append(r)
show('chain recursive', lambda: repr(r))
show('chain subclass', lambda: (Rec({'a': 1}).new_child(), Rec({'a': 1}, {}).parents))
