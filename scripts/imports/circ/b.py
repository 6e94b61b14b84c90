print('circ.b start')
import circ.a
B = 'b'
print('circ.b sees a has A:', hasattr(circ.a, 'A'))
