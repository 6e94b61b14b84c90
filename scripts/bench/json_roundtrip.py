# Benchmark kernel: json.dumps and json.loads of a large document.
import json


def document(n):
    return {
        "rows": [
            {"id": i, "name": "row %d \u00e9" % i, "score": i * 0.25,
             "tags": ["a", "b", "c"][: i % 4], "ok": i % 2 == 0, "none": None}
            for i in range(n)
        ],
        "meta": {"count": n, "title": "benchmark \"quoted\"\n"},
    }


def run(n, reps):
    doc = document(n)
    total = 0
    for _ in range(reps):
        text = json.dumps(doc)
        back = json.loads(text)
        total += len(text) + len(back["rows"])
        text = json.dumps(doc, indent=2, sort_keys=True)
        total += len(json.loads(text)["rows"])
    return total, back == doc


print(run(20000, 10))
