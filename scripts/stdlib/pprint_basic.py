# pprint: line breaking of nested containers, the options, depth,
# recursion and the helper functions.
import io
import pprint
import sys

data = {
    "name": "gilpy",
    "numbers": list(range(30)),
    "nested": {"a": [1, 2, {"b": (3, 4, 5), "c": "x" * 30}], "d": {"e": {"f": {"g": [None] * 10}}}},
    "tuple1": (1,),
    "empty": [[], {}, (), set(), frozenset(), "", b""],
    "set": {5, 3, 1, 4},
    "frozen": frozenset({9, 7, 8}),
    "mixed": [1, "two", 3.0, None, True, b"bytes", (1, 2)],
}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=120, indent=4)
pprint.pprint(data, depth=2)
pprint.pprint(data, depth=1)
pprint.pprint(data, compact=True, width=50)
pprint.pprint(data["numbers"], compact=True, width=30)
pprint.pprint(data["numbers"], width=30)
pprint.pp(data, width=60)
pprint.pprint({"z": 1, "a": 2, "m": {"y": 1, "b": 2}}, sort_dicts=False)
pprint.pprint([10**12, 123456789, -1000000], underscore_numbers=True)
pprint.pprint([10**12] * 8, underscore_numbers=True, width=40)
print(pprint.pformat(data, width=70))
print(repr(pprint.pformat("short")))
print(pprint.pformat([[1, 2], [3, 4]], width=5))
print(pprint.pformat(((((1,),),),), width=3))
print(pprint.pformat({(1, 2): [3], (0,): {4: 5}}, width=10))
print(pprint.pformat({1: "a", "b": 2, None: 3, 2.5: 4}))
print(pprint.pformat({3: 1, 1: 2, 2: 3}, width=5))

# Strings and bytes wrap.
text = "The quick brown fox jumps over the lazy dog. " * 4
pprint.pprint(text)
pprint.pprint([text])
pprint.pprint({"key": text}, width=50)
pprint.pprint("line one\nline two is longer than the first line and goes on and on\nthree", width=30)
pprint.pprint("nospaces" * 20, width=40)
pprint.pprint(("tuple", text), width=60)
pprint.pprint(bytes(range(40)))
pprint.pprint([bytes(range(40))], width=30)
pprint.pprint(bytearray(b"hello world, this is a long bytearray value"), width=30)
pprint.pprint(b"abcd")
pprint.pprint(b"abcdefgh", width=5)

# Recursion and depth.
lst = [1, 2]
lst.append(lst)
print(pprint.isrecursive(lst), pprint.isreadable(lst), pprint.saferepr(lst)[:30])
d = {"k": 1}
d["self"] = d
print(pprint.isrecursive(d), pprint.saferepr(d)[:30])
print(pprint.pformat(lst)[:20])
print(pprint.isreadable([1, "a", (2.5, None)]), pprint.isreadable([object]), pprint.isreadable({1: len}))
print(pprint.saferepr({"b": [1, {"c": 2}], "a": (3,)}))
print(pprint.pformat([1, [2, [3, [4, [5]]]]], depth=3))
print(pprint.pformat({"a": {"b": {"c": {}}}}, depth=2))
print(pprint.pformat((1, (2, (3,))), depth=2))

# Printer objects and their errors.
pp = pprint.PrettyPrinter(indent=2, width=30, depth=3)
print(pp.pformat({"alpha": [1, 2, 3], "beta": {"gamma": [4, 5, 6, [7, [8]]]}}))
print(pp.isrecursive(lst), pp.isreadable(lst), pp.isreadable([1]), pp.format([1, 2], {}, 0, 0))
out = io.StringIO()
pprint.PrettyPrinter(stream=out, width=20).pprint(list(range(10)))
pprint.pprint({"x": 1}, stream=out)
print(out.getvalue(), end="")
for kw in [{"indent": -1}, {"depth": 0}, {"width": 0}, {"indent": "x"}]:
    try:
        pprint.PrettyPrinter(**kw)
    except Exception as e:
        print(type(e).__name__, e)


class Custom:
    def __repr__(self):
        return "Custom()"


class MyList(list):
    pass


class ReprList(list):
    def __repr__(self):
        return "ReprList!"


pprint.pprint([Custom()] * 12)
pprint.pprint(MyList(range(30)))
pprint.pprint([ReprList(range(30))] * 3)
print(pprint.isreadable(Custom()), pprint.isreadable(MyList([1])))


class Sorting(pprint.PrettyPrinter):
    def format(self, object, context, maxlevels, level):
        if isinstance(object, str):
            return object.upper(), True, False
        return super().format(object, context, maxlevels, level)


print(Sorting(width=20).pformat(["abc", {"k": "v"}, ["long string value", "other"]]))
print(sorted(pprint.__all__))
sys.stdout.flush()
