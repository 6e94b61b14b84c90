if a:
    x = 1
elif b:
    x = 2
else:
    x = 3
while x < 10:
    x += 1
    if x == 5:
        continue
    if x == 8:
        break
else:
    done()
for i in range(10):
    if i % 2:
        continue
    print(i)
else:
    print("else")
for k, v in items():
    pass
while True:
    if f():
        break
x = a if b else c
y = a and b or c and not d
z = not a
if not (a and b):
    pass
if a or b:
    pass
while 1:
    break
if 0:
    never()
