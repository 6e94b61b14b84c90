# types: the names of the builtin types, SimpleNamespace, MappingProxyType,
# new_class/prepare_class/resolve_bases, DynamicClassAttribute,
# coroutine(), GenericAlias and UnionType.
import types
import sys


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ':', e)


def func():
    pass


async def co():
    pass


async def ag():
    yield


def gen():
    yield


class C:
    def m(self):
        pass


checks = [
    (func, 'FunctionType'), (lambda: 0, 'LambdaType'), (gen(), 'GeneratorType'), (C().m, 'MethodType'),
    (len, 'BuiltinFunctionType'), ([].append, 'BuiltinMethodType'), (types, 'ModuleType'),
    (func.__code__, 'CodeType'), (sys._getframe(), 'FrameType'), (None, 'NoneType'),
    (..., 'EllipsisType'), (NotImplemented, 'NotImplementedType'), (str.join, 'MethodDescriptorType'),
    (object.__init__, 'WrapperDescriptorType'), (object().__str__, 'MethodWrapperType'),
    (dict.fromkeys, 'ClassMethodDescriptorType'), (type.__dict__['__dict__'], 'GetSetDescriptorType'),
    (types.SimpleNamespace(), 'SimpleNamespace'), (type.__dict__, 'MappingProxyType'),
    (func.__globals__ and types.FunctionType.__dict__['__code__'], 'GetSetDescriptorType'),
    (list[int], 'GenericAlias'), (int | str, 'UnionType'),
]
for obj, name in checks:
    t = getattr(types, name)
    print(f'{name:27} {isinstance(obj, t)} {t.__name__}')
c = co()
a = ag()
print(isinstance(c, types.CoroutineType), isinstance(a, types.AsyncGeneratorType), types.CoroutineType.__name__)
c.close()
try:
    raise ValueError
except ValueError as e:
    print(isinstance(e.__traceback__, types.TracebackType), types.TracebackType.__name__)
print(types.CellType.__name__, isinstance((lambda: func).__closure__, type(None)))


def outer():
    x = 1
    return lambda: x


print(isinstance(outer().__closure__[0], types.CellType), outer().__closure__[0].cell_contents)

# SimpleNamespace
ns = types.SimpleNamespace(b=2, a=1)
ns.c = [3]
print(ns, ns == types.SimpleNamespace(a=1, b=2, c=[3]), ns != types.SimpleNamespace())
del ns.c
print(ns, vars(ns))
show(lambda: ns.missing)
show(lambda: types.SimpleNamespace(1))
r = types.SimpleNamespace()
r.self = r
print(r)


class NS(types.SimpleNamespace):
    pass


print(NS(x=1))

# MappingProxyType
mp = types.MappingProxyType({'a': 1})
print(mp, mp['a'], len(mp), list(mp), mp.get('z', 0), 'a' in mp, mp.copy(), type(mp.copy()).__name__)
show(lambda: mp.__setitem__('b', 2))
show(lambda: types.MappingProxyType([1]))
print(mp | {'b': 2}, type(mp | {'b': 2}).__name__)

# Dynamic class creation.
def body(ns):
    ns['hello'] = lambda self: 'hi'


K = types.new_class('K', (C,), {}, body)
print(K.__name__, K.__bases__[0].__name__, K().hello(), K.__module__ == __name__ or K.__module__)
meta, ns, kw = types.prepare_class('P', (C,), {'metaclass': type, 'x': 1})
print(meta.__name__, dict(ns), kw)


class Alias:
    def __mro_entries__(self, bases):
        return (C,)


print(types.resolve_bases((Alias(), int)))
show(lambda: types.new_class('Bad', (1,)))

# coroutine() marks a generator function as awaitable.
@types.coroutine
def legacy():
    yield 'step'
    return 'done'


async def use():
    return await legacy()


cr = use()
print(cr.send(None))
try:
    cr.send(None)
except StopIteration as e:
    print('returned', e.value)
show(lambda: types.coroutine(3))

# GenericAlias and UnionType.
ga = types.GenericAlias(list, (int,))
print(ga, ga == list[int], ga.__origin__, ga.__args__, ga.__parameters__)
u = int | None
print(u, u.__args__, type(u) is types.UnionType, isinstance(3, u), isinstance('x', u))
show(lambda: int | 3)
print(types.NoneType is type(None), types.EllipsisType is type(...))

# MethodType binds any callable.
bound = types.MethodType(lambda self, y: (self, y), 'me')
print(bound(1), bound.__self__)
show(lambda: types.MethodType(1, 2))
print(types.ModuleType('m', 'doc'), types.ModuleType('m', 'doc').__doc__)
show(lambda: types.ModuleType())
print(sorted(n for n in dir(types) if not n.startswith('_')))
print(types.__all__)
