# sys.modules manipulation: entries that stand for modules, a None entry
# that blocks an import, removal forcing a fresh import, a module that
# replaces itself, plain modules found on sys.path, namespace packages and
# ImportErrors raised by the module itself.
import sys

def show(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__ + ':', e)
        print('   ', repr(getattr(e, 'name', None)), repr(getattr(e, 'path', '-')))

sys.path.insert(0, 'lib')
import plainmod
print(plainmod.VALUE, plainmod.__file__.endswith('lib/plainmod.py'), repr(plainmod.__package__))
import plainmod
first = plainmod
del sys.modules['plainmod']
import plainmod
print(first is plainmod, first.VALUE == plainmod.VALUE)

class Fake:
    answer = 42
sys.modules['fake_mod'] = Fake()
import fake_mod
from fake_mod import answer
print(type(fake_mod).__name__, answer)
show(lambda: exec('from fake_mod import missing', {}))
sys.modules['blocked_mod'] = None
show(lambda: __import__('blocked_mod'))
show(lambda: exec('import blocked_mod', {}))
show(lambda: exec('from blocked_mod import x', {}))
del sys.modules['blocked_mod']
show(lambda: __import__('blocked_mod'))

import replaced
print(type(replaced).__name__, replaced.VALUE)

import nspkg.part
print(nspkg.part.PART, repr(nspkg.__file__), nspkg.__spec__.origin, type(nspkg.__path__).__name__)
print([p.endswith('lib/nspkg') for p in nspkg.__path__], nspkg.__package__)

show(lambda: __import__('raises_import'))
print('raises_import' in sys.modules)

print('-- modules made by hand')
import types
m = types.ModuleType('handmade', 'its doc')
print(m.__name__, m.__doc__, m.__package__, m.__spec__, m.__loader__, repr(m))
show(lambda: m.__file__)
m.x = 1
sys.modules['handmade'] = m
import handmade
print(handmade.x, handmade is m)
from handmade import x
print(x)
show(lambda: exec('from handmade import y', {}))
del m.__name__
show(lambda: exec('from handmade import y', {}))
show(lambda: handmade.zz)
print(sys.modules['sys'] is sys, sys.modules['builtins'].__name__, '__main__' in sys.modules, sys.modules['__main__'].__name__)
show(lambda: sys.modules['__main__'].show.__name__)

print('-- uncaught, printed by the interpreter')
from ipkg.sub import leef
