def area(shape):
    match shape:
        case {"kind": "circle", "r": r}:
            return 3.14 * r * r
        case {"kind": "square", "side": s}:
            return s * s
        case _:
            raise ValueError(f"unknown shape {shape!r}")
print(area({"kind": "square", "side": 2}))
print(area({"kind": "triangle"}))
