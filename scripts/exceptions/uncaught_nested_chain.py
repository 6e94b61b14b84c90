# Three levels of chaining mixing cause and context, with a cycle in the
# chain that must print once, and a finally clause.


def level3():
    raise KeyError("deep")


def level2():
    try:
        level3()
    except KeyError as e:
        raise ValueError("middle") from e


def level1():
    try:
        level2()
    except ValueError:
        try:
            raise TypeError("top")
        finally:
            print("finally runs")


try:
    level1()
except TypeError as e:
    a = e
    b = e.__context__
    b.__context__ = a
a.__context__ = b
raise a
