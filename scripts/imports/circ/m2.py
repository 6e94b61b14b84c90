import circ.m1
M2 = 'm2 sees ' + str(hasattr(circ.m1, 'M1'))
