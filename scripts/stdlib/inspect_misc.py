# inspect: classify_class_attrs, getclasstree, getargs, formatargvalues,
# the generator and coroutine locals, getmembers_static and getblock.
import inspect


class Base:
    data = 1

    def method(self):
        pass

    @classmethod
    def cmeth(cls):
        pass

    @staticmethod
    def smeth():
        pass

    @property
    def prop(self):
        return 1


class Derived(Base):
    def method(self):
        pass

    extra = 'x'


for a in inspect.classify_class_attrs(Derived):
    if not a.name.startswith('__'):
        print(a.name, a.kind, a.defining_class.__name__, type(a.object).__name__)


class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass


def tree(t, depth=0):
    for item in t:
        if isinstance(item, list):
            tree(item, depth + 1)
        else:
            cls, bases = item
            print('  ' * depth + cls.__name__, [b.__name__ for b in bases])


tree(inspect.getclasstree([D, C, B, A]))
tree(inspect.getclasstree([D, C, B, A], unique=True))


def fn(a, b=2, *args, k, **kw):
    frame = inspect.currentframe()
    info = inspect.getargvalues(frame)
    print(inspect.getargs(frame.f_code))
    print(inspect.formatargvalues(*info))


fn(1, 3, 4, k=5, z=6)
try:
    inspect.getargs(fn)
except TypeError as e:
    print('TypeError', str(e).split(' at ')[0])


def gen(n):
    total = 0
    for i in range(n):
        total += i
        yield total


g = gen(3)
print(inspect.getgeneratorlocals(g))
next(g)
print(inspect.getgeneratorlocals(g))
for _ in g:
    pass
print(inspect.getgeneratorlocals(g))
try:
    inspect.getgeneratorlocals(3)
except TypeError as e:
    print('TypeError', e)


async def coro(x):
    y = x + 1
    return y


c = coro(1)
print(inspect.getcoroutinelocals(c))
c.close()
print(inspect.getcoroutinelocals(c))

print([n for n, v in inspect.getmembers_static(Derived)
       if not n.startswith('__')])
print(type(dict(inspect.getmembers_static(Derived))['prop']).__name__)
fmt = inspect.formatannotationrelativeto(Derived)
print(fmt(Derived), fmt(int), fmt(inspect.Signature))

print(inspect.getblock(['def f():\n', '    return 1\n', '\n', 'x = 2\n']))
print(inspect.getblock(['class K(\n', '    object):\n', '    a = 1\n',
                        '    # comment\n', '    b = 2\n', 'y = 3\n']))
print(inspect.getblock(['if True:\n', '    pass\n', 'else:\n']))
print(inspect.indentsize('\t  x'), inspect.indentsize('    y'))
