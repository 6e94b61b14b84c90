# inspect: source and documentation (getsource, getsourcelines, getdoc,
# cleandoc, getcomments, getfile, getmodule), members (getmembers,
# getattr_static, getmro) and frames (currentframe, stack, getframeinfo,
# trace).
import functools
import inspect
import os
import sys


# A comment about f,
# on two lines.
def f(a,
      b=(1,
         2)):
    """Doc line.

       Indented more.
    Back.
    """
    if a:
        return b
    return '''text
with a line at column 0'''


def one_liner(): return 1


lam = lambda x: x * 2


def decorator(fn):
    @functools.wraps(fn)
    def inner(*args):
        return fn(*args)
    return inner


@decorator
def decorated(x):
    # body comment
    return x


class Outer:
    """Outer's docstring."""

    attr = 1

    class Inner:
        def method(self):
            return 'inner'

    def method(self, x):
        """Method doc."""
        return x

    @property
    def prop(self):
        """Property doc."""
        return 2


class Child(Outer):
    def method(self, x):
        return x + 1


for obj in (f, one_liner, decorated, Outer, Outer.Inner, Outer.method,
            Outer().method, Outer.Inner.method, Child):
    lines, start = inspect.getsourcelines(obj)
    print(getattr(obj, '__qualname__', obj), start, len(lines))
    print(inspect.getsource(obj), end='---\n')
print(repr(inspect.getsource(lam)))
print(repr(inspect.getcomments(f)), repr(inspect.getcomments(Outer)))
print(repr(inspect.getcomments(sys.modules[__name__])))

# documentation
for obj in (f, Outer, Child, Outer.method, Child.method, Child().method,
            Outer.prop, Child.__dict__.get('prop'), one_liner, Outer()):
    print(repr(inspect.getdoc(obj)))
print(repr(inspect.cleandoc('\n    first\n      second\n\tthird\n\n')))
print(repr(inspect.cleandoc('  single  ')), repr(inspect.cleandoc('')))
print(repr(inspect.cleandoc('a\n\n  b\n   c\n')))

# files and modules
me = sys.modules[__name__]
for obj in (f, Outer, Outer.method, f.__code__, me, sys._getframe()):
    print(os.path.basename(inspect.getfile(obj)),
          os.path.basename(inspect.getsourcefile(obj)))
for obj in (sys, int, 3):
    try:
        inspect.getfile(obj)
    except TypeError as e:
        print('TypeError', e)
print(inspect.getmodule(f) is me, inspect.getmodule(Outer.method) is me,
      inspect.getmodule(inspect.signature) is inspect,
      inspect.getmodule(f.__code__) is me, inspect.getmodule(3),
      inspect.getmodule(me) is me)
print(inspect.getmodulename('/a/b/c.py'), inspect.getmodulename('x.txt'))
for obj in (len, int):
    try:
        inspect.getsource(obj)
    except TypeError as e:
        print('TypeError', e)
code = compile('def dyn():\n    pass\n', '<dynamic>', 'exec')
ns = {}
exec(code, ns)
try:
    inspect.getsource(ns['dyn'])
except OSError as e:
    print('OSError', e)

# members
print([name for name, _ in inspect.getmembers(Child)
       if not name.startswith('__')])
print([(n, v.__qualname__) for n, v in inspect.getmembers(Child, inspect.isfunction)])
print([n for n, _ in inspect.getmembers(Child, inspect.isclass)])
print([n for n, v in inspect.getmembers(Outer(), inspect.ismethod)])
print(inspect.getmembers(Outer(), lambda v: isinstance(v, int)))
print([n for n, _ in inspect.getmembers(inspect, inspect.isclass)
       if n in ('Signature', 'Parameter', 'BoundArguments')])
print(inspect.getmro(Child))


class Slots:
    __slots__ = ('a',)


class Dynamic:
    value = 'class'

    def __init__(self):
        self.value = 'instance'
        self.other = 1

    def __getattr__(self, name):
        return 'computed ' + name

    @property
    def prop(self):
        raise RuntimeError('not called')


d = Dynamic()
print(inspect.getattr_static(d, 'value'), inspect.getattr_static(Dynamic, 'value'),
      inspect.getattr_static(d, 'other'),
      type(inspect.getattr_static(d, 'prop')).__name__,
      inspect.getattr_static(d, 'missing', 'default'),
      type(inspect.getattr_static(Slots, 'a')).__name__,
      type(inspect.getattr_static(Outer, 'method')).__name__,
      inspect.getattr_static(Dynamic, '__name__'))
try:
    inspect.getattr_static(d, 'missing')
except AttributeError as e:
    print('AttributeError', e)
print(d.missing)

# frames


def where():
    frame = inspect.currentframe()
    info = inspect.getframeinfo(frame, context=3)
    return (frame.f_code.co_name, info.lineno, info.function, info.code_context,
            info.index, info.positions, os.path.basename(info.filename))


print(where())


def level2():
    return inspect.stack()


def level1():
    return level2()


for fi in level1()[:3]:
    print(fi.function, fi.lineno, fi.code_context, fi.index, fi.positions,
          os.path.basename(fi.filename), fi.frame.f_code.co_name, fi[3], len(fi))
outer = inspect.getouterframes(inspect.currentframe(), 0)
print([(fi.function, fi.code_context, fi.index) for fi in outer])
try:
    level1()[0].frame.f_locals['missing']
except KeyError:
    for fi in inspect.trace():
        print('trace', fi.function, fi.lineno, fi.code_context)
try:
    f(0)['x']
except TypeError as e:
    for fi in inspect.getinnerframes(e.__traceback__, 1):
        print('inner', fi.function, fi.lineno, fi.positions)


def args_of(a, b=2, *rest, k=1, **kw):
    return inspect.getargvalues(inspect.currentframe())


info = args_of(1, 3, 4, k=5, z=6)
print(info.args, info.varargs, info.keywords, sorted(info.locals))
print(inspect.getclosurevars(where).builtins.keys(),
      sorted(inspect.getclosurevars(where).globals))
