def validate(n):
    assert n > 0, f"n must be positive, got {n}"
    return n
validate(3)
validate(-2)
