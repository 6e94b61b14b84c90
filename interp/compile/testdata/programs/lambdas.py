f = lambda: 0
g = lambda x, *a, y=1, **k: (x, a, y, k)
h = lambda x: lambda y: x + y
i = [lambda: j for j in range(3)]
