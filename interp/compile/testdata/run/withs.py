class CM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.swallow
with CM("a") as a, CM("b") as b:
    print("body", a, b)
with CM("s", swallow=True):
    raise ValueError("swallowed")
print("after swallow")
try:
    with CM("p"):
        raise KeyError("k")
except KeyError:
    print("propagated")
def f():
    for i in range(3):
        with CM(str(i)):
            if i == 1:
                return "ret"
            continue
print(f())
