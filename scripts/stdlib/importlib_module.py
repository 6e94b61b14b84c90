# importlib.import_module: absolute and relative names in a package made
# on the fly, the errors, and that it returns the submodule itself.
import importlib
import os
import sys
import tempfile

root = tempfile.mkdtemp()
files = {'pkg/__init__.py': "X = 'pkg'\n", 'pkg/sub/__init__.py': "Y = 'sub'\n",
         'pkg/sub/mod.py': "from . import sibling\nZ = 'mod ' + sibling.W\n",
         'pkg/sub/sibling.py': "W = 'sibling'\n"}
for path, text in files.items():
    os.makedirs(os.path.join(root, os.path.dirname(path)), exist_ok=True)
    with open(os.path.join(root, path), 'w') as f:
        f.write(text)
sys.path.insert(0, root)

m = importlib.import_module('pkg.sub.mod')
print(m.__name__, m.Z, __import__('pkg.sub.mod').__name__)
print(importlib.import_module('.mod', 'pkg.sub').__name__, importlib.import_module('..sub', 'pkg.sub').__name__,
      importlib.import_module('.', 'pkg').__name__, importlib.import_module('..', 'pkg.sub').X)
for args in [('.x',), ('...x', 'pkg.sub'), ('nope_mod',), ('pkg.nope',), (3,), ('',), ('.x', 3)]:
    try:
        importlib.import_module(*args)
    except Exception as e:
        print(type(e).__name__, e)
print(importlib.invalidate_caches(), importlib.import_module('json').__name__ in sys.modules)
with open(os.path.join(root, 'late.py'), 'w') as f:
    f.write('V = 42\n')
importlib.invalidate_caches()
print(importlib.import_module('late').V)
