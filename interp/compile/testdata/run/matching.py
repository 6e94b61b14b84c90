class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def describe(v):
    match v:
        case 0 | 1:
            return "small int"
        case None:
            return "none"
        case True:
            return "true"
        case str() as s if len(s) > 3:
            return f"long str {s}"
        case str(s):
            return f"str {s}"
        case [x, y]:
            return f"pair {x} {y}"
        case [x, *rest] if rest:
            return f"seq {x} rest {rest}"
        case {"type": "user", "name": name, **extra}:
            return f"user {name} {extra}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y):
            return f"point {x},{y}"
        case -1.5 | 2j:
            return "odd number"
        case _:
            return "other"
for v in [0, 1, None, True, "hi", "hello", [1, 2], [1, 2, 3], [9],
          {"type": "user", "name": "ann", "age": 3}, Point(0, 0), Point(0, 5), Point(2, 3), -1.5, 2j, 3.5]:
    print(type(v).__name__, "->", describe(v))
