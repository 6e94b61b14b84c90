match x:
    case 1:
        pass
    case "s" | b"b":
        pass
    case None:
        pass
    case True | False:
        pass
    case [a, b]:
        pass
    case [a, *rest, b]:
        pass
    case [*_]:
        pass
    case (1, 2, 3):
        pass
    case {"k": v, **others}:
        pass
    case {1: _, 2: _}:
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, y=yy):
        pass
    case int() | float() as num:
        pass
    case [1, [2, c]] if c > 0:
        pass
    case a.b.c:
        pass
    case -1 | 1.5 | 2j | -1 + 2j:
        pass
    case {}:
        pass
    case []:
        pass
    case (1 | 2) as z:
        pass
    case str(s):
        pass
    case [a, *_, b]:
        pass
    case _:
        pass
def f(p):
    match p:
        case (x, y):
            return x + y
        case {"a": [1, *r]}:
            return r
        case Cls(a, b, c=d):
            return d
        case other:
            return other
