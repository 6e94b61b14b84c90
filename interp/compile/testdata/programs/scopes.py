x = 1
def f():
    global x
    x = 2
    y = 3
    def g():
        nonlocal y
        y = 4
        def h():
            return x + y
        return h
    return g
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
def free_in_class():
    a = 1
    class C:
        b = a
        a = 2
    return C
def shadow(a):
    def inner():
        return a
    a = 5
    return inner
def uses_global():
    return len(x)
def import_local():
    import os
    from sys import path as p
    return os, p
class Outer:
    y = 1
    def m(self):
        return y
def annotated():
    z: int = 1
    return z
def param_cell(a, b, *c, **d):
    def i():
        return a, d
    return i
def deleter():
    v = 1
    def w():
        return v
    del v
