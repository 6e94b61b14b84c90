# raise forms (from, from None, non-exceptions), finally interplay,
# except clauses with non-classes, StopIteration in generators and
# coroutines, and the builtin exception tree with its __subclasses__ order.
import sys
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except BaseException as e:
        print(type(e).__name__, e, repr(e.__context__), repr(e.__cause__), e.__suppress_context__)

def r1(): raise 5
t(r1)
def r2(): raise ValueError from 5
t(r2)
def r3(): raise ValueError("a") from KeyError("b")
t(r3)
def r4(): raise ValueError from ValueError
t(r4)
def r5():
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("v") from None
t(r5)
def r6():
    try:
        raise KeyError("k")
    finally:
        return "swallowed"
t(r6)
def r7():
    try:
        raise KeyError("k")
    finally:
        raise ValueError("in finally")
t(r7)
def r8():
    e = ValueError("same")
    try:
        raise e
    except ValueError:
        raise e
t(r8)
def r9():
    try:
        1/0
    except ZeroDivisionError as e:
        pass
    return e
t(r9)
def r10():
    raise StopIteration
def g():
    yield 1
    r10()
t(lambda: list(g()))
async def co(): raise StopIteration
def r11():
    c = co()
    c.send(None)
t(r11)
def r12(): raise type("Custom", (Exception,), {})("x")
t(r12)
def r13(): raise Exception
t(r13)
class NotExc: pass
def r14(): raise NotExc
t(r14)
def r15():
    try:
        pass
    except 5:
        pass
    try:
        raise ValueError
    except 5:
        pass
t(r15)
def r16():
    try:
        raise ValueError
    except (ValueError, 5):
        return "caught"
t(r16)
def r17():
    try:
        raise KeyError
    except (TypeError, 5):
        return "caught"
t(r17)
t(lambda: [cls.__name__ for cls in BaseException.__subclasses__()])
t(lambda: [cls.__name__ for cls in Exception.__subclasses__()][:10])
t(lambda: sys.exit("msg"))
t(lambda: sys.exit())
t(lambda: exit(2) if False else SystemExit(2).code)
t(lambda: KeyboardInterrupt.__mro__)
t(lambda: GeneratorExit.__mro__)
t(lambda: StopAsyncIteration.__mro__)
t(lambda: EncodingWarning.__mro__)
t(lambda: BaseExceptionGroup.__mro__)
t(lambda: ExceptionGroup.__mro__)
def walk(c, d=0):
    subs = [s.__name__ for s in c.__subclasses__() if s.__module__ == "builtins"]
    if subs:
        print("  " * d + c.__name__, subs)
    for s in c.__subclasses__():
        if s.__module__ == "builtins":
            walk(s, d + 1)
walk(BaseException)
