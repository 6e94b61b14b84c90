print('init ipkg.sub', __name__, __package__)
from . import leaf
from .leaf import LEAF as L2
from .. import sibling
from ..sibling import VALUE, helper
SUB = (leaf.LEAF, L2, sibling.VALUE, VALUE, helper())
