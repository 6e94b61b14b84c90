# with statements: __enter__/__exit__, suppression, exceptions in
# __enter__ and __exit__, nesting, and the errors of missing methods.


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val, type(tb).__name__)
        return self.suppress


with CM("a") as v:
    print("body", v)

with CM("b", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")


def not_suppressed():
    with CM("c"):
        raise KeyError("k")


show(not_suppressed)

with CM("outer"), CM("inner") as x:
    print("nested body", x)


def nested_raise():
    with CM("o1", suppress=True), CM("i1"):
        raise TypeError("inner error")
    return "outer suppressed it"


show(nested_raise)


class EnterFails:
    def __enter__(self):
        raise RuntimeError("enter failed")

    def __exit__(self, *a):
        print("exit should not run")


show(lambda: exec("with EnterFails(): pass", globals()))


class ExitFails:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise LookupError("exit failed")


def exit_fails():
    with ExitFails():
        raise ValueError("original")


try:
    exit_fails()
except LookupError as e:
    print("got", repr(e), "context", repr(e.__context__))


class NoExit:
    def __enter__(self):
        return self


class NoEnter:
    def __exit__(self, *a):
        pass


def no_exit():
    with NoExit():
        pass


def no_enter():
    with NoEnter():
        pass


show(no_exit)
show(no_enter)
show(lambda: exec("with 1: pass"))


class Truthy:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return "non-empty string"


def truthy_suppress():
    with Truthy():
        raise ValueError
    return "suppressed by truthy value"


print(truthy_suppress())


def exit_args():
    class Show:
        def __enter__(self):
            return self

        def __exit__(self, *args):
            print("exit got", len(args), args[0], args[1], args[2] is not None)
            return True
    with Show():
        1 / 0
    with Show():
        pass


show(exit_args)


def returns_in_with():
    with CM("ret"):
        return "returned"


print(returns_in_with())


def break_in_with():
    for i in range(3):
        with CM(f"loop{i}"):
            if i == 1:
                break
    return i


print(break_in_with())


class GeneratorExitCM:
    def __enter__(self):
        return self

    def __exit__(self, typ, val, tb):
        print("exit with", typ.__name__ if typ else None)
        return False


def gen():
    with GeneratorExitCM():
        yield 1
        yield 2


g = gen()
next(g)
g.close()
print("closed")


class EnterReturnsOther:
    def __enter__(self):
        return [1, 2]

    def __exit__(self, *a):
        pass


with EnterReturnsOther() as (p, q):
    print(p, q)


class ExitIsNone:
    def __enter__(self):
        return self
    __exit__ = None


def exit_none():
    with ExitIsNone():
        pass


show(exit_none)


class ClassLevel:
    pass


obj = ClassLevel()
obj.__enter__ = lambda: 1
obj.__exit__ = lambda *a: None


def instance_methods():
    with obj:
        pass


show(instance_methods)
