# gi_suspended and cr_suspended: true only while paused at a yield or an
# await; async generators have no ag_suspended in 3.11.
def gen():
    yield 1
    yield 2
g = gen()
print(g.gi_suspended); next(g); print(g.gi_suspended)
def me():
    print('inside', gg.gi_suspended, gg.gi_running)
    yield
gg = me(); next(gg); print(gg.gi_suspended)
for _ in gg: pass
print(gg.gi_suspended)
async def co():
    pass
c = co(); print(c.cr_suspended); c.close(); print(c.cr_suspended)
async def ag():
    yield 1
a = ag(); print(a.ag_suspended if hasattr(a, 'ag_suspended') else 'no ag_suspended')
