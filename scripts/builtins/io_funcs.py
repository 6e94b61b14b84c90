# print (sep, end, file, flush and their errors), input from sys.stdin,
# breakpoint with no debugger.
import sys
def safe(f):
    try:
        return repr(f())
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

print()
print(1, 2, 3)
print(1, 2, 3, sep='')
print(1, 2, 3, sep=None, end=None)
print('a', 'b', sep='--', end='!\n')
print('no newline', end='')
print()
print(*[1, 2], sep='\n')
print('to stderr', file=sys.stderr)
print('to stdout', file=None)
print('flushed', flush=True)
print('x', file=sys.stdout, flush=1)
class W:
    def __init__(self): self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
w = W()
print('a', 1, None, sep='|', end='$', file=w)
print(w.parts)
class WF(W):
    def flush(self): self.parts.append('<flush>')
wf = WF()
print('z', file=wf, flush=True)
print(wf.parts)
print(safe(lambda: print('x', sep=5)), safe(lambda: print('x', end=5)), safe(lambda: print('x', file=5)))
print(safe(lambda: print('x', foo=1)), safe(lambda: print('x', file=W(), flush=True)))
class S:
    def __str__(self): return 'S!'
class BadStr:
    def __str__(self): return 5
print(S(), [str(S())], safe(lambda: print(BadStr())))
sys.stdout.flush()

print('-- input')
import io
sys.stdin = io.StringIO('first line\nsecond\n  spaced  \nfour\nlast without newline')
print(repr(input()))
print(repr(input('prompt> ')))
print(repr(input()))
print(safe(lambda: input('a', 'b')), safe(lambda: input(prompt='x')))
print(repr(input(5)))
print(safe(lambda: input()))
print(safe(lambda: input()))
sys.stdin = sys.__stdin__
print(safe(lambda: input('at eof> ')))
sys.stdin = None
print(safe(lambda: input()))
del sys.stdin
print(safe(lambda: input()))
sys.stdin = sys.__stdin__
out = sys.stdout
sys.stdout = None
x = safe(lambda: input('p'))
sys.stdout = out
print(x)

print('-- breakpoint')
import os
os.environ['PYTHONBREAKPOINT'] = '0'
print(safe(lambda: breakpoint()))
os.environ['PYTHONBREAKPOINT'] = 'builtins.len'
print(safe(lambda: breakpoint('abc')))
os.environ['PYTHONBREAKPOINT'] = 'no_such_mod_q.func'
print(safe(lambda: breakpoint()))
os.environ['PYTHONBREAKPOINT'] = 'math.nosuchfunc'
print(safe(lambda: breakpoint()))
def hook(*a, **k):
    return ('hook', a, k)
sys.breakpointhook = hook
print(safe(lambda: breakpoint(1, x=2)))
del sys.breakpointhook
print(safe(lambda: breakpoint()))
sys.breakpointhook = sys.__breakpointhook__
print(sys.__breakpointhook__.__name__)
