print('init ipkg.sub.deep', __name__, __package__)
from ... import TOP
from ...sub import leaf as the_leaf
from ..leaf import LEAF
DEEP = (TOP, the_leaf.LEAF, LEAF)
