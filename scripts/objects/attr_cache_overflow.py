# A code object with more attribute, global and operator instructions
# than the interpreter has inline caches for: the instructions beyond
# share one cache, and each must still read and write its own name.
class O:
    pass


lines = ["o = O()", "p = O()"]
for i in range(33000):
    lines.append(f"o.a{i % 50} = {i}")
    lines.append(f"x = o.a{i % 50}")
# Past the shared cache's point: new attributes, on two objects, with
# loads of other names between the stores.
lines += [
    "o.zz = 1",
    "o.yy = 2",
    "p.yy = 3",
    "w = o.zz + o.yy",
    "p.zz = 4",
    "o.xx = p.yy",
    "print(sorted(vars(o).items())[:3], len(vars(o)), x)",
    "print(o.zz, o.yy, o.xx, w, list(vars(o))[-3:], vars(p))",
]
exec("\n".join(lines))
