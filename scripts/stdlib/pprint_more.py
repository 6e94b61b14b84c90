# pprint: indentation above 1, sorting keys of mixed types, compact
# nesting, option coercion and errors, and the printer's flags.
import collections
import pprint

data = {"b": [1, 2, 3] * 6, "a": {"x": (1, 2) * 10}, 3: "c", None: [None]}
pprint.pprint(data, indent=3, width=30)
pprint.pprint([[1, 2] * 8, [3] * 20], indent=4, width=25)
pprint.pprint((list(range(12)),), indent=2, width=20)
pprint.pprint(collections.Counter("mississippi"), indent=3, width=20)
pprint.pprint({1: "a", "b": 2, 2.5: None, (1,): 0, None: 1}, width=20)
pprint.pprint({3, "x", 2.0, None, (1,)}, width=10)
pprint.pprint([[i] * i for i in range(8)], compact=True, width=25)
pprint.pprint([["a" * 12] * 5] * 2, compact=True, width=40)
pprint.pprint({"k": "word " * 30}, width=40, indent=2)
pprint.pprint([("x" * 50 + " ") * 3], width=40)
pprint.pprint(("tail", "part " * 20), width=30)
pprint.pprint(["a\nb\n" * 5], width=12)
pprint.pprint(list(range(40)), width=20.9)
pprint.pprint(list(range(10)), width=-5)
pprint.pp({"z": 1, "a": [2] * 30}, width=30, sort_dicts=True)
pprint.PrettyPrinter(2, 20, 2).pprint({"a": [1, [2, [3]]], "b": "c"})
print(pprint.pformat({"a": {1, 2}, "b": frozenset({3})}, depth=1))
print(pprint.pformat([{"a": 1}, (2,), [3], {4}], depth=1))
print(pprint.saferepr([{"a": 1}, "x", b"y", 2 ** 70, -3.5, 1j]))
print(pprint.isreadable(2 ** 70), pprint.isreadable(float("nan")), pprint.isreadable(...))
print(pprint.isrecursive([[1], [2]]), pprint.isrecursive({}))
p = pprint.PrettyPrinter(width=10)
p.pformat(["aaaaaaaaaa", object()])
print(getattr(p, "_readable", "unset"), getattr(p, "_recursive", "unset"))
for args, kw in [((), {"indent": "2"}), ((), {"width": "3"}), ((), {"depth": -1}),
                 ((), {"width": None}), ((1, 2, 3, None, 5), {}), ((), {"bogus": 1})]:
    try:
        printer = pprint.PrettyPrinter(*args, **kw)
        print(printer.pformat([1, 2]))
    except Exception as e:
        print(type(e).__name__, e)
try:
    pprint.pformat([1], 1, 80, None, False)
except Exception as e:
    print(type(e).__name__, e)
try:
    pprint.pp()
except Exception as e:
    print(type(e).__name__, e)
