import sys
class Replacement:
    VALUE = 'replacement object'
sys.modules[__name__] = Replacement()
