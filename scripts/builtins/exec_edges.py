# eval, exec and compile corners: the position of the SyntaxError for
# empty or blank input (only exec input gets a newline added at its end,
# so eval's ENDMARKER errors are at offset 0, and on line 0 for empty
# input), and globals whose __builtins__ is neither a module nor a dict
# (every builtin lookup then goes through obj[name]).
def safe(f):
    try:
        return repr(f())
    except SyntaxError as e:
        return '%s: %s %r' % (type(e).__name__, e, e.args)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

print(safe(lambda: eval('')), safe(lambda: eval('   ')))
print(safe(lambda: exec('x', {'__builtins__': None})), safe(lambda: exec('len', {'__builtins__': 5})))

for src in ['', '   ', '\t', '\n', '\n\n', '# c', '# c\n', '\n# c', '  # c\n', ' \n ',
            'x +', 'x +\n', 'x = ', 'x y', 'lambda', 'def', '  \n', ')', '(']:
    print(repr(src), 'eval()', safe(lambda: eval(src)))
    for mode in ('eval', 'exec', 'single'):
        r = safe(lambda: compile(src, 'f', mode))
        if r.startswith('<code'):
            r = 'code'
        print(repr(src), mode, r)

# __builtins__ that is not a module or a dict.
print(safe(lambda: exec('', {'__builtins__': None})))
print(safe(lambda: exec('x=1', {'__builtins__': None})))
print(safe(lambda: exec('print(1)', {'__builtins__': 5})))
print(safe(lambda: exec('print(1)', {'__builtins__': [1]})))
print(safe(lambda: eval('[len]', {'__builtins__': {'len': 3}})))

class Missing(dict):
    def __missing__(self, key):
        return 'missing ' + key

class Getter:
    def __getitem__(self, key):
        if key == 'zz':
            return 42
        raise KeyError(key)

class Raising:
    def __getitem__(self, key):
        raise IndexError(key)

print(safe(lambda: eval('zz', {'__builtins__': Missing()})))
print(safe(lambda: eval('zz', {'__builtins__': Missing(zz='own')})))
print(safe(lambda: eval('(lambda: zz)()', {'__builtins__': Missing()})))
print(safe(lambda: eval('(lambda: zz)()', {'__builtins__': 5})))
print(safe(lambda: eval('zz', {'__builtins__': Getter()})))
print(safe(lambda: eval('(lambda: zz)()', {'__builtins__': Getter()})))
print(safe(lambda: eval('(lambda: qq)()', {'__builtins__': Getter()})))
print(safe(lambda: eval('qq', {'__builtins__': Getter()})))
print(safe(lambda: eval('qq', {'__builtins__': Raising()})))
print(safe(lambda: exec('class A: pass', {'__builtins__': Getter()})))
print(safe(lambda: exec('import sys', {'__builtins__': {}})))
g = {'__builtins__': Getter()}
exec('def f(): return zz', g)
print(g['f'](), type(g['f'].__builtins__).__name__)
# Globals' own names come first; a builtins module works as its dict.
import builtins
print(safe(lambda: eval('len', {'__builtins__': builtins, 'len': 'mine'})))
print(safe(lambda: eval('len("ab")', {'__builtins__': builtins})))
g = {}
exec('pass', g)
print(type(g['__builtins__']).__name__)
