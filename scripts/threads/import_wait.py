# A thread importing a module that another thread is still running waits
# for it to finish (CPython's per-module import lock) instead of getting
# the half-made module; the importing thread itself, re-entering, gets it
# as it is (a circular import).
import os
import shutil
import sys
import tempfile
import threading

started = threading.Event()
SLOW = '''
import sys
early = 'set before the pause'
sys.modules['__main__'].started.set()
import time
time.sleep(0.3)
import slow_mod_b
late = 'set after the pause'
'''
B = '''
import slow_mod
partial = hasattr(slow_mod, 'early'), hasattr(slow_mod, 'late')
'''

d = tempfile.mkdtemp()
for name, src in (('slow_mod', SLOW), ('slow_mod_b', B)):
    with open(os.path.join(d, name + '.py'), 'w') as f:
        f.write(src)
sys.path.insert(0, d)

results = []


def first():
    import slow_mod
    results.append(('first', slow_mod.late))


def later(i):
    try:
        from slow_mod import late
        results.append(('later', late))
    except ImportError as e:
        results.append(('later', 'ImportError: %s' % e))


t1 = threading.Thread(target=first)
t1.start()
started.wait()
others = [threading.Thread(target=later, args=(i,)) for i in range(3)]
for t in others:
    t.start()
for t in [t1] + others:
    t.join()
for r in sorted(results):
    print(*r)
import slow_mod_b
print('circular import in one thread saw:', slow_mod_b.partial)
shutil.rmtree(d)
