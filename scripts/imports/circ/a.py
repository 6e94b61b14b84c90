print('circ.a start')
from circ import b
A = 'a'
print('circ.a end', b.B)
