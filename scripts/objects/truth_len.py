# __bool__ and __len__: truth testing, len(), their fallbacks and errors.


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class Empty:
    pass


class BoolTrue:
    def __bool__(self):
        return True


class BoolFalse:
    def __bool__(self):
        return False


class LenZero:
    def __len__(self):
        return 0


class LenThree:
    def __len__(self):
        return 3


class Both:
    def __bool__(self):
        print("bool called")
        return True

    def __len__(self):
        print("len called")
        return 0


print(bool(Empty()), bool(BoolTrue()), bool(BoolFalse()), bool(LenZero()), bool(LenThree()))
print(bool(Both()), len(Both()))
print(not LenZero(), "yes" if LenThree() else "no", LenZero() or "fallback", LenThree() and "and")


class BadBool:
    def __bool__(self):
        return 1


class BadBool2:
    def __bool__(self):
        return "yes"


class BadLen:
    def __len__(self):
        return -1


class BadLen2:
    def __len__(self):
        return "3"


class BigLen:
    def __len__(self):
        return 2 ** 70


class FloatLen:
    def __len__(self):
        return 3.0


class IndexLen:
    def __len__(self):
        class I:
            def __index__(self):
                return 4
        return I()


class BoolLen:
    def __len__(self):
        return True


show(lambda: bool(BadBool()))
show(lambda: bool(BadBool2()))
show(lambda: not BadBool())
show(lambda: len(BadLen()))
show(lambda: bool(BadLen()))
show(lambda: len(BadLen2()))
show(lambda: bool(BadLen2()))
show(lambda: len(BigLen()))
show(lambda: bool(BigLen()))
show(lambda: len(FloatLen()))
show(lambda: len(IndexLen()))
show(lambda: len(BoolLen()))
show(lambda: len(Empty()))
show(lambda: len(5))
show(lambda: len())
show(lambda: len([], []))


class NoneBool:
    __bool__ = None


show(lambda: bool(NoneBool()))


class NoneLen:
    __len__ = None


show(lambda: len(NoneLen()))
show(lambda: bool(NoneLen()))


class Raises:
    def __bool__(self):
        raise RuntimeError("bool failed")


def use_in_if():
    if Raises():
        return "true"
    return "false"


show(use_in_if)
show(lambda: [x for x in [Raises()] if x])
show(lambda: all([Raises()]))
show(lambda: any([Raises()]))
show(lambda: Raises() and 1)


def use_while():
    n = 0
    while LenThree() and n < 2:
        n += 1
    return n


print(use_while())
print(bool(0), bool(0.0), bool(0j), bool(""), bool(b""), bool([]), bool(()), bool({}), bool(set()), bool(range(0)), bool(None))
print(bool(1), bool(-0.1), bool(" "), bool([0]), bool((None,)), bool(range(1)), bool(...), bool(NotImplemented) if False else "skip")


class ListSub(list):
    def __len__(self):
        return 0


print(bool(ListSub([1])), len(ListSub([1])), ListSub([1]) == [1])


class IntSub(int):
    def __bool__(self):
        return True


print(bool(IntSub(0)), IntSub(0) == 0)
print(bool.__name__, type(True).__mro__)
show(lambda: bool(1, 2))
show(lambda: bool(x=1))
show(lambda: type("B", (bool,), {}))
print(True + True, True * 3, -True, ~True, True & False, True | False, True ^ True)
print(repr(True & 1), repr(True | 2), str(False), f"{True:d}", f"{True}", int(True), float(False))
