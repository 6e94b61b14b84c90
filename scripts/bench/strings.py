# Benchmark kernel: string building with % formatting, concatenation and join.
def run(n):
    parts = []
    for i in range(n):
        parts.append("%d:%s;" % (i, "x" * (i % 5)))
    s = "".join(parts)
    acc = ""
    for i in range(n // 10):
        acc = acc + str(i)
    return len(s), len(acc)


print(run(200000))
