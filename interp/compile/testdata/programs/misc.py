"""Module docstring."""
pass
x = a.b
y = a[b]
z = a[b:c]
w = a[b:c:d]
v = a[:, 1:2]
u = a[...]
t = a[1, 2]
print(x, y)
-x
+x
~x
x if y else z
(yield_ := 5)
global gg
gg = 1
