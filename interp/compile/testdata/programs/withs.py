with open(f) as g:
    g.read()
with a, b as c, d as (e, f):
    pass
with a:
    pass
def f():
    with lock:
        return 1
def g():
    for x in y:
        with z:
            break
    while 1:
        with m as n:
            continue
with (a as b, c as d):
    pass
