def level3(n):
    return [1 / x for x in range(n, -1, -1)]
def level2(n):
    return sum(level3(n))
def level1():
    try:
        return level2(2)
    finally:
        print("cleanup in level1")
level1()
