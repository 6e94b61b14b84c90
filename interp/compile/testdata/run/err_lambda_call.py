transform = lambda x: x.upper() + x.missing()
values = list(map(transform, ["a", "b"]))
