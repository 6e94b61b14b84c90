# The attributes every module gets: __name__, __package__, __spec__ (its
# name, origin, parent, has_location, submodule_search_locations),
# __file__ and __path__, for built-in modules, library packages and
# modules, the main script, packages beside it and modules made by hand.
import sys
module_attrs_global = "global of the script"
import builtins
import types

def spec_info(m):
    s = m.__spec__
    if s is None:
        return None
    origin = s.origin
    if origin and origin not in ('built-in', 'frozen'):
        origin = '<file ' + origin.rsplit('/', 1)[-1] + '>'
    return (s.name, origin, s.parent, s.has_location, s.submodule_search_locations is not None)

import json
import json.decoder
import _thread, itertools, time, gc, errno
import ipkg.sibling
for m in (sys, builtins, _thread, itertools, time, gc, errno, json, json.decoder, ipkg, ipkg.sibling, sys.modules['__main__']):
    print(m.__name__, repr(m.__package__), spec_info(m), hasattr(m, '__file__'), hasattr(m, '__path__'), m.__doc__ is None)
print(__name__, __file__.rsplit('/', 1)[-1], __spec__, __package__, __builtins__ is builtins, __doc__)
print(sorted(k for k in vars(json) if k.startswith('__') and k != '__builtins__' and k != '__cached__'))
m = types.ModuleType('made')
print(sorted(vars(m)), m.__spec__, m.__package__, m.__loader__, m.__doc__)
m2 = types.ModuleType('made2', 'doc text')
print(m2.__doc__, repr(m2), type(m2) is type(sys), isinstance(sys, types.ModuleType))
try:
    types.ModuleType()
except TypeError as e:
    print(e)
try:
    types.ModuleType(5)
except TypeError as e:
    print(e)
print(repr(sys).startswith("<module 'sys' (built-in)>"), repr(json).startswith("<module 'json' from '"), repr(ipkg).endswith("ipkg/__init__.py'>"))
class Sub(types.ModuleType):
    pass
s = Sub('subbed')
s.x = 1
print(type(s).__name__, s.__name__, s.x, repr(s))
del s.__name__
print(repr(s), s.__dict__.get('__name__'))
try:
    s.missing
except AttributeError as e:
    print(e)

print('-- subclasses of module')
class Lazy(types.ModuleType):
    loaded = 'class attribute'
    def __init__(self, name):
        super().__init__(name, 'lazy doc')
        self.extra = 1
    def __getattr__(self, n):
        if n.startswith('_'):
            raise AttributeError(n)
        return 'lazy ' + n
    @property
    def prop(self):
        return 'prop of ' + self.__name__
    def method(self):
        return 'method of ' + self.__name__
lz = Lazy('lazymod')
print(sorted(vars(lz)), lz.extra, lz.loaded, lz.prop, lz.method(), lz.anything, type(lz).__name__, isinstance(lz, types.ModuleType), repr(lz))
try:
    lz.prop = 1
except AttributeError as e:
    print(e)
lz.loaded = 'instance value'
print(lz.loaded, Lazy.loaded, lz.__dict__['loaded'])
sys.modules['lazymod'] = lz
import lazymod
from lazymod import whatever, extra
print(lazymod is lz, whatever, extra)
try:
    lz._private
except AttributeError as e:
    print('AttributeError', e)
print(types.ModuleType.__new__(Lazy).__class__.__name__)
try:
    types.ModuleType.__new__(int)
except TypeError as e:
    print(e)

me = sys.modules[__name__]
class Mine(types.ModuleType):
    def __getattr__(self, n):
        return 'module-level fallback ' + n
    @property
    def computed(self):
        return 42
me.__class__ = Mine
print(type(me).__name__, me.computed, me.nothing_here, module_attrs_global)
me.__class__ = types.ModuleType
print(type(me).__name__, hasattr(me, 'computed'))
class WithSlots(types.ModuleType):
    __slots__ = ('a',)
for target in (WithSlots, int, 5):
    try:
        me.__class__ = target
    except TypeError as e:
        print('TypeError', e)
class NotModule:
    pass
try:
    me.__class__ = NotModule
except TypeError as e:
    print('TypeError', e)
