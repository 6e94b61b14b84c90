# Traceback carets: ~ under a binary operation's operands and ^ under its
# operator, subscripts, calls, attribute chains, multi-line expressions,
# non-ASCII and wide characters.
import sys
import traceback


def show(fn):
    try:
        fn()
    except Exception as e:
        tb = "".join(traceback.format_exception(e))
        print(tb.split("\n", 3)[3], end="")


zero = 0
d = {"a": {"b": None}}
lst = [1, 2]


def f1():
    return 1 + 2 * (3 / zero)


def f2():
    return d["a"]["b"]["c"]


def f3():
    return lst[10] + 1


def f4():
    return len(5)


def f5():
    return d["a"].missing.attr


def f6():
    x = (1 +
         zero /
         zero)
    return x


def f7():
    ünïcode = 0
    return "é" + 1 / ünïcode


def f8():
    全角 = {}
    return 全角["鍵"] * 2


def f9():
    return lst[0] // zero


def f10():
    return max(1, 2)(3)


def f11():
    return (lambda: 1 / zero)()


def f12():
    x = 1; y = x / zero
    return y


for f in [f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12]:
    show(f)
