x: int
y: "str" = "a"
obj.attr: int = 1
d[0]: float = 2.0
(z): list = []
def f():
    a: int = 1
    b: str
    obj.c: int = 2
    return a
class C:
    u: int = 0
    v: "C"
    w: list[int]
