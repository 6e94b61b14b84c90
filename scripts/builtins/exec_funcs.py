# eval, exec and compile with globals and locals, globals(), locals(),
# __import__, and their errors.
def safe(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

g = {'a': 1}
print(safe(lambda: eval('a + 1', g)), '__builtins__' in g, type(g['__builtins__']).__name__)
print(safe(lambda: eval('a + b', {'a': 1}, {'b': 2})), safe(lambda: eval('x', {}, {'x': 3})))
print(safe(lambda: eval('1 +')), safe(lambda: eval('   5')), safe(lambda: eval('\t5')))
print(safe(lambda: eval(b'1 + 2')), safe(lambda: eval(5)), safe(lambda: eval('1', [])), safe(lambda: eval('1', {}, 5)))
print(safe(lambda: eval('1', None, None)), safe(lambda: eval('x = 1')), safe(lambda: eval('import os')))
print(safe(lambda: eval(compile('3 * 3', '<s>', 'eval'))), safe(lambda: eval(compile('y = 3', '<s>', 'exec'))))
print(safe(lambda: eval('__name__', {})), safe(lambda: eval('len', {'__builtins__': {}})),
      safe(lambda: eval('len("ab")', {'__builtins__': {'len': len}})))
class M:
    def __getitem__(self, k):
        if k == 'zz':
            return 'from M'
        raise KeyError(k)
print(safe(lambda: eval('zz', {}, M())), safe(lambda: eval('abs(-1)', {}, M())), safe(lambda: eval('nope', {}, M())))
print(safe(lambda: eval('a', g, g)), safe(lambda: eval('[a for _ in range(2)]', {}, {'a': 5})))

ns = {}
exec('x = 1\ndef f(): return x + 1\ny = f()', ns)
print(ns['x'], ns['y'], sorted(k for k in ns if k != '__builtins__'))
loc = {}
exec('z = 5\nw = z * 2', {}, loc)
print(loc)
print(safe(lambda: exec('1/0')), safe(lambda: exec('x =')), safe(lambda: exec(5)), safe(lambda: exec('1', 5)))
print(safe(lambda: exec('return 5')), safe(lambda: exec('yield 1')), safe(lambda: exec('pass', {}, [])))
print(safe(lambda: exec(compile('q = 7', 'f', 'exec'), ns)), ns['q'], safe(lambda: exec(b'pass')))
print(safe(lambda: exec('print("in exec")', {'print': lambda s: None})), safe(lambda: exec('r = 1', {}, {})))
print(safe(lambda: exec(compile('1', 'f', 'eval'))))
print(safe(lambda: exec()), safe(lambda: exec('pass', closure=None)), safe(lambda: exec('pass', globals=None)))

print('-- compile')
for args in [('1+1', '<s>', 'eval'), ('x = 1', '<s>', 'exec'), ('1+1', '<s>', 'single'), ('1+1', '<s>', 'bad'),
             ('1+', '<s>', 'eval'), ('x = 1', '<s>', 'eval'), (b'1', 'b', 'eval'), (5, 's', 'eval'),
             ('if 1:\n  pass', 's', 'single'), ('a\nb', 's', 'single'), ('1', 5, 'eval'), ('1\0', 's', 'eval')]:
    def c():
        code = compile(*args)
        return type(code).__name__, code.co_filename, code.co_name
    print(args, safe(c))
print(safe(lambda: compile('1', 's', 'eval', dont_inherit=True).co_name),
      safe(lambda: compile(source='1', filename='s', mode='eval').co_filename), safe(lambda: compile('1', 's')))
print(safe(lambda: compile('1', 's', 'eval', flags=1 << 30)), safe(lambda: type(compile('1', 's', 'eval', 0, False, 2)).__name__))
try:
    compile('def f(:\n pass', 'myfile.py', 'exec')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset, repr(e.text))

print('-- globals, locals')
print(globals() is globals(), globals()['__name__'], 'safe' in globals(), locals() is globals())
def fn(p, q=2):
    r = p + q
    l = locals()
    l['r'] = 99
    return sorted(l.items()), r
print(fn(1))
def closure():
    v = 1
    def inner():
        return locals()
    def inner2():
        return v, locals()
    return inner(), inner2()
print(closure())
class K:
    kk = 1
    print(sorted(locals().items()))
print(safe(lambda: locals(1)), safe(lambda: globals(1)))

print('-- __import__')
m = __import__('math')
print(m.__name__, __import__('os.path').__name__, __import__('os.path', fromlist=['join']).__name__)
print(safe(lambda: __import__('no_such_module_xyz')), safe(lambda: __import__('')), safe(lambda: __import__(5)))
print(safe(lambda: __import__('math', level=-1)), safe(lambda: __import__('x', level=1)),
      safe(lambda: __import__('collections.abc', globals(), None, ['Mapping'], 0).__name__))
