for i in range(3):
    if i == 5:
        break
else:
    print("for else ran")
n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n > 6:
        break
else:
    print("not reached")
print("n", n)
found = None
for row in [[1, 2], [3, 4], [5, 6]]:
    for v in row:
        if v == 4:
            found = v
            break
    else:
        continue
    break
print("found", found)
out = []
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        out.append(i)
    finally:
        out.append(-i)
print(out)
def search(items, target):
    for idx, item in enumerate(items):
        if item == target:
            return idx
    return -1
print(search("abc", "c"), search("abc", "z"))
total = 0
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    total += a * b - c
print(total)
while True:
    break
print("done")
