print('self_import start')
from circ.self_import import LATER
LATER = 1
