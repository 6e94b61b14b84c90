import os
import os.path
import a.b.c as d
import x as y, z
from . import m
from .. import n as o
from .mod import p, q as r
from pkg.sub import *
def f():
    import json
    from os import path
    import a.b as c
    return json, path, c
