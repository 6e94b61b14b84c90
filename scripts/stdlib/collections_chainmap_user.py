# ChainMap, UserDict, UserList and UserString.
from collections import ChainMap, UserDict, UserList, UserString
import collections.abc as cabc

base = {'a': 1, 'b': 2}
over = {'b': 20, 'c': 30}
cm = ChainMap(over, base)
print(cm, cm['a'], cm['b'], cm['c'], cm.get('z', 0), len(cm), list(cm), list(cm.items()), 'a' in cm, bool(cm))
cm['d'] = 4
del cm['b']
print(cm, over, base, cm['b'])
child = cm.new_child()
child['a'] = 'child'
print(child, child.parents, child.maps[0], cm.new_child({'m': 1}), cm.new_child(k=2))
print(ChainMap(), bool(ChainMap()), bool(ChainMap({})), ChainMap.fromkeys('ab', 0), cm.copy(), type(cm.copy()).__name__)
print(cm.pop('c'), cm.popitem(), cm, ChainMap({1: 1}) | {2: 2}, {0: 0} | ChainMap({1: 1}), isinstance(cm, cabc.MutableMapping))
x = ChainMap({'p': 1})
x |= {'q': 2}
print(x, dict(ChainMap({'a': 1}, {'a': 2, 'b': 3})))
r = ChainMap()
r['me'] = r
print(r)
for f in [lambda: ChainMap({}, {'k': 1}).__delitem__('k'), lambda: ChainMap({}).popitem(), lambda: ChainMap({})['x'], lambda: ChainMap({}).pop('x')]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

ud = UserDict({'a': 1}, b=2)
ud['c'] = 3
print(ud, ud.data, len(ud), ud['a'], 'c' in ud, list(ud), ud.get('z'), ud | {'d': 4}, {'z': 0} | ud, ud.copy(), type(ud.copy()).__name__)
ud |= {'e': 5}
del ud['a']
print(ud, UserDict.fromkeys('xy', 1), UserDict(), isinstance(ud, cabc.MutableMapping), ud == {'b': 2, 'c': 3, 'e': 5}, ud.pop('b'), ud.setdefault('f', 6), ud)


class Defaulting(UserDict):
    def __missing__(self, key):
        return key * 2


print(Defaulting()['ab'])
try:
    UserDict()['missing']
except KeyError as e:
    print('KeyError', e)

ul = UserList([3, 1, 2])
ul.append(5)
ul.sort()
print(ul, ul.data, ul[0], ul[1:3], type(ul[1:3]).__name__, len(ul), 2 in ul, ul + [9], [0] + ul, ul * 2, ul.count(1), ul.index(5))
ul.extend(UserList([7]))
ul.insert(0, -1)
ul.remove(3)
print(ul.pop(), ul.pop(0), ul, ul == [1, 2, 5], ul < [2], ul.copy(), list(reversed(ul)))
ul.reverse()
ul += (4,)
ul *= 2
print(ul, UserList(), UserList('ab'), UserList(UserList([1])), isinstance(ul, cabc.MutableSequence))
ul.clear()
print(ul)

us = UserString('Hello')
print(us, repr(us), len(us), us[1], us[1:3], type(us[1:3]).__name__, us + '!', '>' + us, us * 2, us.upper(), us.lower(), us.split('l'), 'ell' in us)
print(us.replace('l', 'L'), us.center(9, '*'), us.startswith('He'), us.find('l'), us.count('l'), us == 'Hello', us < 'Z', hash(us) == hash('Hello'))
print(UserString(42), UserString(UserString('x')), us.join('ab'), us.strip('Ho'), us.zfill(8), us.title(), us.swapcase(), int(UserString('12')) + 1)
print(us.encode(), us.isalpha(), us.partition('l'), UserString('%s!') % 'hi', us.removeprefix('He'), us.format(), sorted([UserString('b'), UserString('a')]))
