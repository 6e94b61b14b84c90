def check(a, b, c):
    return a < b < c
print(check(1, 2, 3))
print(check(1, "x", 3))
