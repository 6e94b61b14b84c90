x is 1
# ---
x is not "a"
# ---
1 is x
# ---
x is ()
# ---
x is None or x is True or x is ...
# ---
5()
# ---
(1, 2)()
# ---
[1]()
# ---
[i for i in y]()
# ---
f"a{b}"()
# ---
None()
# ---
None[0]
# ---
5[0]
# ---
{1, 2}[0]
# ---
(lambda: 0)[0]
# ---
(i for i in x)[0]
# ---
[1, 2]["a"]
# ---
(1, 2)[1.5]
# ---
"abc"["a"]
# ---
b"x"["a"]
# ---
[i for i in x]["a"]
# ---
{1: 2}["a"]
# ---
(1, 2)[x]
# ---
"abc"[1:2]
# ---
x = [1]
x[0]
# ---
assert (x, "msg")
# ---
assert (1, 2)
# ---
assert ()
# ---
def f():
    if a is 5:
        return 1
    return (1, 2)()
# ---
a < b is 3 < c
# ---
x[0]()
# ---
del (1, 2)[0:1]
