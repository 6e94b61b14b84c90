# except*: which clauses run and with what, naked exceptions wrapped,
# re-raising, raising new exceptions, and the errors except* refuses.
import traceback


def show(f):
    try:
        print(f())
    except BaseException as e:
        print(type(e).__name__, repr(e))


def run(exc):
    try:
        raise exc
    except* ValueError as e:
        print("ValueError clause:", repr(e), e.exceptions)
    except* TypeError as e:
        print("TypeError clause:", repr(e))
    except* (KeyError, IndexError) as e:
        print("lookup clause:", repr(e))


show(lambda: run(ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3), OSError(4)])))
show(lambda: run(ValueError("naked")))
show(lambda: run(OSError("naked not caught")))
show(lambda: run(ExceptionGroup("only", [ValueError(1), ValueError(2)])))
show(lambda: run(ExceptionGroup("nested", [ExceptionGroup("inner", [ValueError(1), OSError(5)]), TypeError(2)])))


def reraise():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise
    except* TypeError:
        pass


show(reraise)


def raise_new():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
    except* TypeError:
        raise


try:
    raise_new()
except BaseException as e:
    print(type(e).__name__, repr(e))
    for sub in e.exceptions:
        print("  ", repr(sub), repr(sub.__context__))


def raise_both_new():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("k")
    except* TypeError:
        raise IndexError("i")


show(raise_both_new)


def star_as_none():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as e:
        pass
    return "e deleted" if "e" not in locals() else "e kept"


print(star_as_none())


def bad_type():
    try:
        raise ValueError
    except* int:
        pass


def group_type():
    try:
        raise ValueError
    except* ExceptionGroup:
        pass


show(bad_type)
show(group_type)


def else_finally():
    try:
        pass
    except* ValueError:
        print("no")
    else:
        print("else ran")
    finally:
        print("finally ran")


else_finally()


class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + " (derived)", excs)


def custom_split():
    try:
        raise MyEG("mine", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("caught", repr(e))


show(custom_split)


def base_in_group():
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError()])
    except* ValueError as e:
        print("caught", repr(e))


show(base_in_group)


def partial_reraise_keeps_tb():
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
        except* ValueError:
            raise
    except ExceptionGroup as e:
        return [type(x).__name__ for x in e.exceptions], e.message


print(partial_reraise_keeps_tb())
try:
    reraise()
except ExceptionGroup as e:
    print("".join(traceback.format_exception(e)))
