# compile(..., optimize=1 or 2) drops asserts and makes __debug__ False;
# optimize=2 also drops docstrings. -1 means the interpreter's own level
# (0 here), and 0 keeps everything.
import builtins
import warnings

exec(compile("try:\n assert 0, 'x'\nexcept AssertionError as e: print('assert ran', e)\nprint(__debug__)", "s", "exec", optimize=1))
exec(compile("def f():\n '''doc'''\nprint(f.__doc__)", "s", "exec", optimize=2))

ASSERTS = """
calls = []
def note(x):
    calls.append(x)
    return x
try:
    assert note(0), note('message')
    print('no assert')
except AssertionError as e:
    print('AssertionError', e)
print('calls', calls)
print('__debug__', __debug__)
if __debug__:
    print('debug block')
else:
    print('optimized block')
def inner():
    try:
        assert False, 'in a function'
    except AssertionError as e:
        print('inner', e)
    return __debug__
print('inner', inner())
print('lambda', (lambda: __debug__)())
print('comprehension', [__debug__ for _ in range(1)])
print('eval in it', eval('__debug__'))
print('builtins', builtins.__debug__)
class K:
    try:
        assert False, 'in a class body'
    except AssertionError as e:
        print('class', e)
    flag = __debug__
print('class', K.flag)
"""
for level in (-1, 0, 1, 2):
    print('--- optimize', level)
    exec(compile(ASSERTS, "asserts", "exec", optimize=level), {'builtins': builtins})

DOCS = '''"""module doc"""
def f():
    """function doc"""
    return 1
async def g():
    "coroutine doc"
class C:
    """class doc"""
    def m(self):
        "method doc"
def plain():
    return 2
print(repr(globals().get('__doc__', 'no __doc__')), repr(f.__doc__), repr(g.__doc__), repr(C.__doc__), repr(C.m.__doc__), repr(plain.__doc__))
print(f(), plain(), f.__code__.co_consts[0], plain.__code__.co_consts[0])
'''
for level in (0, 1, 2):
    print('--- docstrings at', level)
    ns = {}
    exec(compile(DOCS, "docs", "exec", optimize=level), ns)
    g = ns['g']
    g().close()

print('--- eval and single modes')
print(eval(compile("__debug__", "e", "eval", optimize=1)), eval(compile("__debug__", "e", "eval", optimize=0)))
print(eval(compile("not __debug__ and 'off'", "e", "eval", optimize=2)))
exec(compile("__debug__\n", "i", "single", optimize=1))
exec(compile("assert 0\n", "i", "single", optimize=1))
print('single-mode assert skipped')

print('--- still errors when optimizing')
for src in ["__debug__ = 1", "del __debug__", "def f(__debug__): pass", "x.__debug__ = 1", "assert x, (yield)", "assert"]:
    try:
        compile(src, "s", "exec", optimize=1)
        print(repr(src), 'compiles')
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    compile("assert (x, 'msg')", "w", "exec", optimize=1)
    compile("assert (x, 'msg')", "w", "exec", optimize=0)
for w in caught:
    print('warning', w.category.__name__, w.message, w.lineno)

print('--- bad levels')
for level in (3, -2, 'x', 1.0, None, True):
    try:
        compile("1", "s", "eval", optimize=level)
        print(repr(level), 'accepted')
    except (ValueError, TypeError) as e:
        print(repr(level), type(e).__name__, e)
