# Circular imports: what works (the partly initialised module is used
# later) and what fails, with CPython's message naming the partially
# initialised module, and how sys.modules looks afterwards.
import sys

def show(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__ + ':', e)
        print('   ', repr(getattr(e, 'name', None)), repr(getattr(e, 'path', '-')).replace(sys.path[0], '<dir>'))

show(lambda: __import__('circ.a').a.A)
show(lambda: __import__('circ.b'))
print('circ.a' in sys.modules, 'circ.b' in sys.modules)
show(lambda: __import__('circ.x'))
print('circ.x' in sys.modules, 'circ.y' in sys.modules)
show(lambda: __import__('circ.y'))
show(lambda: __import__('circ.p'))
print('circ.p' in sys.modules, 'circ.q' in sys.modules)
show(lambda: __import__('circ.self_import'))
show(lambda: __import__('circ.m1').m1.m2alias.M2)
print(sorted(k for k in sys.modules if k.startswith('circ')))
print('-- the same failure, uncaught')
import circ.b
