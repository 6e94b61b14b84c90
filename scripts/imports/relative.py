# Packages and relative imports: from . import, from ..pkg import, the
# module attributes a package and its modules get, and the errors of
# relative imports that go beyond the top-level package or name nothing.
import sys

def show(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__ + ':', e)
        for attr in ('name', 'path'):
            if hasattr(e, attr):
                print('   ', attr, '=', repr(getattr(e, attr)))

import ipkg.sub
print(ipkg.sub.SUB)
print(ipkg.TOP, ipkg.sub.leaf.LEAF, ipkg.sibling.VALUE)
print(sorted(k for k in sys.modules if k.startswith('ipkg')))
import ipkg.sub.deep
print(ipkg.sub.deep.DEEP)
from ipkg.sub import deep as d2
print(d2 is ipkg.sub.deep, d2.the_leaf is ipkg.sub.leaf)

print('-- module attributes')
for m in (ipkg, ipkg.sub, ipkg.sub.leaf, ipkg.sibling):
    print(m.__name__, repr(m.__package__), m.__spec__.name, m.__spec__.parent,
          m.__spec__.origin.replace(sys.path[0], '<dir>'),
          m.__file__.replace(sys.path[0], '<dir>'),
          hasattr(m, '__path__'), m.__spec__.submodule_search_locations is not None)
print([p.replace(sys.path[0], '<dir>') for p in ipkg.__path__])
print([p.replace(sys.path[0], '<dir>') for p in ipkg.sub.__path__])
print(ipkg.sub.__spec__.has_location, ipkg.sub.__spec__.cached is None or ipkg.sub.__spec__.cached.endswith('.pyc'))
print(__name__, repr(__package__), __spec__)
print(type(ipkg).__name__, repr(ipkg.__doc__), ipkg.__loader__ is ipkg.__spec__.loader)

print('-- errors')
show(lambda: __import__('ipkg.sub.deep.beyond'))
show(lambda: __import__('ipkg.sub.missing_name'))
show(lambda: __import__('ipkg.sub.missing_mod'))
show(lambda: __import__('ipkg.sub.missing_abs'))
show(lambda: exec('from . import x', {'__name__': 'toplevel', '__package__': ''}))
show(lambda: exec('from .y import x', {'__name__': 'toplevel'}))
show(lambda: exec('from .. import x', {'__name__': 'ipkg', '__package__': 'ipkg'}))
show(lambda: exec('from . import sibling; print(sibling.VALUE)', {'__name__': 'ipkg.zz', '__package__': 'ipkg'}))
show(lambda: exec('from .sub import leaf; print(leaf.LEAF)', {'__name__': 'ipkg.zz', '__package__': 'ipkg'}))
show(lambda: exec('from . import sibling', {'__name__': 'nopkg.zz', '__package__': 'nopkg'}))
show(lambda: exec('from . import x', {'__name__': 'ipkg.zz', '__package__': 5}))
show(lambda: exec('from . import nothere', {'__name__': 'ipkg.zz', '__package__': 'ipkg'}))
show(lambda: exec('from ipkg import nothere', {}))
show(lambda: exec('from ipkg.sibling import nothere', {}))
show(lambda: exec('import ipkg.sibling.nothere', {}))
show(lambda: exec('import ipkg.nothere.deeper', {}))

print('-- a module that fails while importing')
show(lambda: __import__('ipkg.broken'))
print('ipkg.broken' in sys.modules, hasattr(ipkg, 'broken'))
show(lambda: __import__('ipkg.broken'))
