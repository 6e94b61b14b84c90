# Modules that import each other, for circular.py.
