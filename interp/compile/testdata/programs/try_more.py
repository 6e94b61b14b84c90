def f():
    try:
        a()
    except* ValueError as e:
        b(e)
    except* (TypeError, KeyError):
        c()
    else:
        d()
    finally:
        e()
def g(x):
    while x:
        try:
            try:
                return x
            finally:
                x -= 1
        except Exception as exc:
            print(exc)
            continue
        finally:
            if x > 5:
                break
    return None
def h():
    for i in range(3):
        with a() as b, c() as d:
            if i:
                continue
            try:
                return b
            except:
                raise
def k():
    try:
        pass
    except E:
        pass
    except:
        pass
def m():
    try:
        x = 1
    finally:
        try:
            y = 2
        except Z as z:
            return z
    return x
def n():
    with a:
        try:
            b()
        except E as e:
            raise F from e
