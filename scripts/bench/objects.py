# Benchmark kernel: method calls and attribute reads and writes.
class Vector(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def scale(self, k):
        self.x = self.x * k
        self.y = self.y * k
        return self

    def norm1(self):
        return abs(self.x) + abs(self.y)


def run(n):
    total = 0
    v = Vector(0, 0)
    step = Vector(1, -2)
    for i in range(n):
        v = v.add(step)
        if i % 100 == 0:
            v.scale(1)
        total += v.norm1()
    return total


print(run(600000))
