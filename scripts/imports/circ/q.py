from .p import P
Q = 'q'
