# A package for the import goldens beside it.
print('init ipkg', __name__, __package__)
TOP = 'top'
