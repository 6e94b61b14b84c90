# with statements whose __enter__ is a Python function (the VM enters it
# without recursing): what it returns, exceptions it raises, __exit__
# seeing exceptions, nesting, and a traceback through __enter__.
import sys
import traceback


class Manager:
    def __init__(self, name, fail_enter=False, swallow=False):
        self.name = name
        self.fail_enter = fail_enter
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed: " + self.name)
        return self.name.upper()

    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.swallow


with Manager("a") as v:
    print("body", v)

with Manager("outer") as o, Manager("inner") as i:
    print("body", o, i)

try:
    with Manager("b", fail_enter=True) as v:
        print("not reached")
except RuntimeError as e:
    print("caught", e)

with Manager("c", swallow=True):
    raise KeyError("swallowed")
print("after swallow")

try:
    with Manager("d"):
        raise ValueError("propagates")
except ValueError as e:
    print("caught", e)


def use(n):
    with Manager("loop%d" % n) as v:
        if n == 1:
            return "returned from " + v
        if n == 2:
            raise IndexError(n)
    return "fell through " + v


for n in range(3):
    try:
        print(use(n))
    except IndexError as e:
        print("IndexError", e)


class EnterReturnsSelf:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


with EnterReturnsSelf() as s:
    print(type(s).__name__)

try:
    with Manager("tb", fail_enter=True):
        pass
except RuntimeError:
    traceback.print_exc(file=sys.stdout)

with Manager("last", fail_enter=True):
    pass
