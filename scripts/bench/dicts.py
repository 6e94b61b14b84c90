# Benchmark kernel: nested loops over lists of dicts, with appends.
def run(n):
    rows = []
    for i in range(n):
        rows.append({"id": i, "name": "row", "value": i % 7})
    out = []
    for rep in range(10):
        for r in rows:
            if r["value"] > 3:
                out.append(r["id"] + rep)
    return len(out), sum(out)


print(run(100000))
