if (n := len(a)) > 10:
    print(n)
while (line := read()):
    process(line)
def f():
    if (y := g()):
        return y
    return [(z := i) for i in range(3)], z
print([w := 1, w])
class C:
    def m(self):
        return [(q := j) for j in self.x]
