from . import q
P = 'p'
