try:
    a()
except ValueError:
    b()
try:
    a()
except (TypeError, KeyError) as e:
    print(e)
except Exception:
    pass
else:
    c()
finally:
    d()
try:
    pass
finally:
    e()
try:
    x = 1
except:
    raise
if a:
    raise ValueError
elif b:
    raise ValueError("x") from None
else:
    raise
def f():
    try:
        return 1
    finally:
        print("f")
def g():
    for i in x:
        try:
            continue
        finally:
            h()
    while y:
        try:
            break
        except E as err:
            return err
def h2():
    try:
        pass
    except* ValueError as eg:
        print(eg)
    except* TypeError:
        pass
assert x
assert x, "msg"
assert (x, y)
