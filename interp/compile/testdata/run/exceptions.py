def risky(n):
    if n == 0:
        raise ValueError("zero")
    if n == 1:
        raise KeyError(n)
    return 10 // (n - 2)
for n in range(4):
    try:
        print("result", risky(n))
    except ValueError as e:
        print("value error", e)
    except (KeyError, ZeroDivisionError) as e:
        print("other", type(e).__name__, e)
    else:
        print("no error")
    finally:
        print("finally", n)
try:
    e = 1
    raise TypeError("x")
except TypeError as e:
    pass
try:
    print(e)
except NameError as ne:
    print("e deleted:", ne)
def with_finally():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("cleanup", i)
    try:
        return "returned"
    finally:
        print("final")
print(with_finally())
def override():
    try:
        return 1
    finally:
        return 2
print(override())
try:
    try:
        raise ValueError("inner")
    except ValueError as e:
        raise RuntimeError("outer") from e
except RuntimeError as e:
    print(e, "caused by", repr(e.__cause__), e.__context__ is e.__cause__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("k")
except KeyError as e:
    print(repr(e), type(e.__context__).__name__)
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print("assert:", e)
import sys
def handled():
    try:
        raise ValueError("v")
    except ValueError:
        return sys.exc_info()[0].__name__
print(handled(), sys.exc_info())
