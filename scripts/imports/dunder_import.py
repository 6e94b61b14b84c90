# __import__ itself: what it returns with and without fromlist, levels,
# its argument checks, and ModuleNotFoundError's message and attributes.
import sys

def show(f):
    try:
        r = f()
        print('ok', getattr(r, '__name__', r))
    except Exception as e:
        print(type(e).__name__ + ':', e)
        print('   ', repr(getattr(e, 'name', None)), repr(getattr(e, 'path', '-')), repr(getattr(e, 'msg', '-')))

show(lambda: __import__('os.path'))
show(lambda: __import__('os.path', fromlist=['join']))
show(lambda: __import__('os.path', fromlist=[]))
show(lambda: __import__('os', fromlist=['path', 'sep']))
show(lambda: __import__('os', fromlist=['no_such_thing']))
show(lambda: __import__('ipkg', fromlist=['sub']))
print('ipkg.sub' in sys.modules)
show(lambda: __import__('ipkg', fromlist=['sibling', 'not_there_sub']))
show(lambda: __import__('ipkg', fromlist=['*']))
show(lambda: __import__('sub', globals={'__name__': 'ipkg.x', '__package__': 'ipkg'}, level=1))
show(lambda: __import__('sub', {'__name__': 'ipkg.x', '__package__': 'ipkg'}, None, ['leaf'], 1))
show(lambda: __import__('', {'__name__': 'ipkg.x', '__package__': 'ipkg'}, None, ['sibling'], 1))
show(lambda: __import__('leaf', {'__package__': 'ipkg.sub'}, None, None, 1))
show(lambda: __import__('leaf', {'__package__': 'ipkg.sub'}, None, None, 3))
show(lambda: __import__('leaf', {}, None, None, 1))
show(lambda: __import__('leaf', None, None, None, 1))
show(lambda: __import__('leaf', 5, None, None, 1))
show(lambda: __import__('os', 5, 6, 7, 0))
show(lambda: __import__('leaf', {'__name__': 5}, None, None, 1))
show(lambda: __import__('leaf', {'__package__': 5}, None, None, 1))
show(lambda: __import__('leaf', {'__name__': 'toplevel'}, None, None, 1))
import types
show(lambda: __import__('leaf', {'__spec__': types.SimpleNamespace(parent='ipkg.sub')}, None, ['LEAF'], 1))
show(lambda: __import__('leaf', {'__spec__': types.SimpleNamespace(parent=5)}, None, None, 1))
show(lambda: __import__('leaf', {'__spec__': types.SimpleNamespace()}, None, None, 1))
show(lambda: __import__('leaf', {'__package__': None, '__spec__': None, '__name__': 'ipkg.sub.x'}, None, None, 1))
show(lambda: __import__('leaf', {'__package__': 'ipkg.sub', '__spec__': types.SimpleNamespace(parent='other')}, None, None, 1))
show(lambda: __import__('x', level=-1))
show(lambda: __import__(''))
show(lambda: __import__(5))
show(lambda: __import__())
show(lambda: __import__('os', level='1'))
show(lambda: __import__('no_such_module_xyz'))
show(lambda: __import__('no_such_module_xyz.sub'))
show(lambda: __import__('os.no_such_sub'))
show(lambda: __import__('sys.no_such_sub'))
show(lambda: __import__('math.x'))
show(lambda: exec('import no_such_module_abc'))
show(lambda: exec('from no_such_module_abc import y'))
show(lambda: exec('from os import no_such_attr'))
show(lambda: exec('from sys import no_such_attr'))
show(lambda: exec('import os.path.nope'))
e = ModuleNotFoundError('m', name='n', path='p')
print(e, e.name, e.path, e.msg, e.args, isinstance(e, ImportError))
e = ImportError()
print(repr(e), e.name, e.path, e.msg)
e = ImportError('a', 'b', name='x')
print(repr(e), str(e), e.msg, e.name)
show(lambda: ImportError(nope=1))
show(lambda: ImportError('x', name=5).name)
import importlib
show(lambda: importlib.import_module('ipkg.sub.leaf'))
show(lambda: importlib.import_module('.leaf', 'ipkg.sub'))
show(lambda: importlib.import_module('.leaf'))
show(lambda: importlib.import_module('no_such_module_q'))
import builtins
real = builtins.__import__
def spy(name, globals=None, locals=None, fromlist=(), level=0):
    # Only the imports made here: the library's own imports differ.
    if globals is not None and globals.get('__name__') in ('__main__', 'ipkg.zz'):
        print('spy', name, fromlist, level, type(locals).__name__)
    return real(name, globals, locals, fromlist, level)
builtins.__import__ = spy
import json
from os import path
from ipkg import sibling
exec('from . import sibling', {'__name__': 'ipkg.zz', '__package__': 'ipkg'})
builtins.__import__ = real
del builtins.__import__
show(lambda: exec('import os', {}))
builtins.__import__ = real
show(lambda: exec('import os', {}))
