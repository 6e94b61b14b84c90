print('circ.y start')
from circ.x import X
Y = 'y'
