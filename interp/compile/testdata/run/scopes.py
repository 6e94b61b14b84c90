x = "module"
def show():
    return x
def shadow():
    x = "local"
    return x, show()
print(shadow())
def comp_scope():
    y = 10
    return [y + i for i in range(3)], [(z := i) for i in range(3)], z
print(comp_scope())
class C:
    v = 5
    l1 = [v for _ in range(2)] if False else "skip"
    l2 = [i for i in range(v)]
print(C.l2)
def make_adders():
    return [lambda n, i=i: n + i for i in range(3)]
print([f(10) for f in make_adders()])
def late():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print(late())
def delete_local():
    a = 1
    del a
    try:
        return a
    except UnboundLocalError as e:
        return str(e)
print(delete_local())
def free_unbound():
    def inner():
        return q
    try:
        inner()
    except NameError as e:
        print(e)
    q = 1
free_unbound()
import sys as s1, sys
from sys import maxsize as m2, argv
print(s1 is sys, m2 == sys.maxsize, argv is sys.argv)
