class Config:
    names = ["a", "b"]
    lengths = [len(n) for n in names]
    total = sum(lengths) / (len(names) - 2)
