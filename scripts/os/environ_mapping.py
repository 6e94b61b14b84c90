# os.environ and os.environb as mappings: errors, setdefault, | and |=, deletion.
import os
os.environ['GILPY_T'] = 'v1'
print(os.environ['GILPY_T'], os.getenv('GILPY_T'), os.environb[b'GILPY_T'], 'GILPY_T' in os.environ)
for f in [lambda: os.environ['NOPE_X'], lambda: os.environ.__setitem__(1, 'x'), lambda: os.environ.__setitem__('A', 2), lambda: os.environb.__setitem__('a', b'b'), lambda: os.environ.__delitem__('NOPE_Y')]:
    try: f()
    except (KeyError, TypeError) as e: print(type(e).__name__, e)
print(os.environ.setdefault('GILPY_T', 'zz'), os.environ.setdefault('GILPY_U', 'u'))
d = os.environ | {'X1': '1'}; print(type(d).__name__, d['X1'], ({'X2': 2} | os.environ)['GILPY_U'])
os.environ |= {'GILPY_V': 'w'}; print(os.environ['GILPY_V'], type(os.environ.copy()).__name__)
del os.environ['GILPY_V']; print('GILPY_V' in os.environ, os.getenvb(b'GILPY_U'))
print(repr(os.environ).startswith('environ({'), len(os.environ) == len(list(os.environ)))
print(os.environ.pop('GILPY_U'), os.environ.get('GILPY_U', 'gone'))
