# except* (PEP 654)
try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("values", [str(x) for x in eg.exceptions])
except* TypeError as eg:
    print("types", len(eg.exceptions))
def nested():
    try:
        raise ExceptionGroup("outer", [KeyError("k"), ExceptionGroup("inner", [OSError("o")])])
    except* OSError as e:
        print("os errors", [type(x).__name__ for x in e.exceptions])
    except* KeyError:
        print("key error")
nested()
