# importlib.reload: the module's code runs again in the same module
# object (names it no longer defines keep their values), a changed file
# is read again, built-in modules come back unchanged, a module can
# reload itself, a failing reload leaves the module in sys.modules, and
# the errors for what cannot be reloaded.
import importlib
import os
import sys
import tempfile
import types

def show(f):
    try:
        r = f()
        print('ok', getattr(r, '__name__', r))
    except Exception as e:
        print(type(e).__name__ + ':', e, repr(getattr(e, 'name', None)))

import ipkg.sibling
sib = ipkg.sibling
sib.added_later = 'kept'
sib.VALUE = 'changed'
r = importlib.reload(sib)
print(r is sib, sib.VALUE, sib.added_later, sys.modules['ipkg.sibling'] is sib)
r = importlib.reload(ipkg)
print(r is ipkg, ipkg.TOP, ipkg.sibling is sib)

d = tempfile.mkdtemp()
sys.path.insert(0, d)
path = os.path.join(d, 'changing.py')
with open(path, 'w') as f:
    f.write("print('changing, first version')\nA = 1\nB = 2\n")
import changing
with open(path, 'w') as f:
    f.write("print('changing, second version')\nA = 10\nC = 30\n")
importlib.invalidate_caches()
changing2 = importlib.reload(changing)
print(changing2 is changing, changing.A, changing.B, changing.C)
with open(path, 'w') as f:
    f.write("print('changing, broken version')\nA = 100\nraise RuntimeError('fails on reload')\n")
show(lambda: importlib.reload(changing))
print(changing.A, 'changing' in sys.modules, sys.modules['changing'] is changing)
with open(path, 'w') as f:
    f.write("import importlib, sys\nprint('reloading myself')\nSELF = importlib.reload(sys.modules[__name__])\n")
importlib.reload(changing)
print(changing.SELF is changing)
with open(path, 'w') as f:
    f.write("import sys\nclass Other:\n    pass\nsys.modules[__name__] = Other()\n")
print(type(importlib.reload(changing)).__name__, type(sys.modules['changing']).__name__)
sys.modules['changing'] = changing
os.remove(path)
show(lambda: importlib.reload(changing))

print(importlib.reload(sys) is sys, importlib.reload(importlib) is importlib)
show(lambda: importlib.reload(5))
show(lambda: importlib.reload(types.ModuleType('never_imported')))
show(lambda: importlib.reload())
orphan = types.ModuleType('no_parent_pkg.child')
sys.modules['no_parent_pkg.child'] = orphan
show(lambda: importlib.reload(orphan))
