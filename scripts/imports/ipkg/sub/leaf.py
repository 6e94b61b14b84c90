print('init ipkg.sub.leaf', __name__, __package__)
LEAF = 'leaf'
