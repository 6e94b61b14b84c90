def compute(a, b):
    total = a + b
    return total * (a -
                    b) / (b - b)
print(compute(3, 2))
