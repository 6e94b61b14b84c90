def f(xs):
    for x in xs:
        try:
            if x:
                continue
            if x > 1:
                break
            return x
        except ValueError:
            continue
        except TypeError:
            break
        finally:
            cleanup()
    else:
        return None
def g():
    try:
        try:
            a()
        except E:
            b()
    finally:
        c()
def h():
    with a:
        with b:
            return c
def k():
    try:
        pass
    except E as e:
        del e
def r():
    try:
        return 1
    finally:
        return 2
