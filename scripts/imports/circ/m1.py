import circ.m2 as m2alias
M1 = 'm1'
