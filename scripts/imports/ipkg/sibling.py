print('init ipkg.sibling', __name__, __package__)
VALUE = 'sibling value'
def helper():
    return 'helper'
