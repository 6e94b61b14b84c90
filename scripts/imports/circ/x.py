print('circ.x start')
from circ.y import Y
X = 'x'
