# The type of an exception and of an exception class: type(e).__name__ is
# how scripts print what they caught, and every class's type is type.
for make in (lambda: int("x"), lambda: 1 / 0, lambda: [][1], lambda: {}["k"]):
    try:
        make()
    except Exception as e:
        print(type(e).__name__, type(e), e)
for cls in (ValueError, KeyError, Exception, BaseException, KeyboardInterrupt, int, bool, type):
    print(cls.__name__, type(cls), type(cls).__name__)
print(type(ValueError) is type, isinstance(KeyError, type))
