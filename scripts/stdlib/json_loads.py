# json.loads: values, hooks, bytes input and the decoder's every error.
import json
from collections import OrderedDict


def show(*args, **kw):
    try:
        v = json.loads(*args, **kw)
        print(type(v).__name__, repr(v))
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e, "|", repr(e.msg), e.pos, e.lineno, e.colno, e.doc == args[0])
    except Exception as e:
        print(type(e).__name__, e)


show('null')
show('true')
show('false')
show(' \t\n\r 42 \n')
show('-0')
show('-12345678901234567890123456789')
show('3.25')
show('1e3')
show('1E-2')
show('-1.5e+10')
show('1e400')
show('-1e400')
show('NaN')
show('Infinity')
show('-Infinity')
show('[NaN, Infinity, -Infinity]')
show('"plain"')
show('"esc \\" \\\\ \\/ \\b \\f \\n \\r \\t"')
show('"\\u00e9\\u20AC"')
show('"\\ud83d\\ude00"')
show('"\\ud83d"')
show('"\\ude00"')
show('"\\ud83d\\u0041"')
show('"\\ud83d x"')
show('"caf\u00e9 \U0001f600"')
show('[]')
show('[ ]')
show('{}')
show('{ }')
show('[1, "a", [true, {"k": null}], {}]')
show('{"a": 1, "a": 2, "b": 3}')
show('{"x": {"y": {"z": [1, 2, 3]}}}')
show(b'{"bytes": [1, 2]}')
show(bytearray(b'[true]'))
show('{"u": "\u00e9"}'.encode('utf-8'))
show('{"u": "\u00e9"}'.encode('utf-8-sig'))
show('{"u": "\u00e9"}'.encode('utf-16'))
show('{"u": "\u00e9"}'.encode('utf-16-le'))
show('{"u": "\u00e9"}'.encode('utf-16-be'))
show('{"u": "\u00e9"}'.encode('utf-32'))
show('{"u": "\u00e9"}'.encode('utf-32-le'))
show('{"u": "\u00e9"}'.encode('utf-32-be'))
show('7'.encode('utf-16-le'))
show('7'.encode('utf-16-be'))
show(b'\xff')
show(12)
show(None)
show(['[]'])
show('\ufeff[]')

# Hooks.
show('{"a": 1, "b": {"c": 2}}', object_hook=lambda d: sorted(d.items()))
show('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=lambda p: p)
show('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict)
show('{"a": {"b": 1}}', object_hook=len, object_pairs_hook=list)
show('[1.5, 2, 3e2]', parse_float=lambda s: "F" + s)
show('[1.5, 2, -30]', parse_int=lambda s: "I" + s)
show('[1.5, 2]', parse_int=float)
show('[NaN, -Infinity, Infinity]', parse_constant=lambda s: "C" + s)
show('[1, 2]', parse_int=str, parse_float=str)
show('["a\tb"]', strict=False)
show('["a\tb"]')
show('["a\x00b"]', strict=False)


def bad_hook(d):
    raise KeyError("hook failed")


show('{"a": 1}', object_hook=bad_hook)
show('[1.5]', parse_float=int)
show('[1]', cls=json.JSONDecoder)
show('[1]', unknown=True)

# Errors, with their exact positions.
for doc in ['', ' ', '\n\n  ', '[', '[1', '[1,', '[1,]', '[1 2]', ']',
            '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '{"a" 1}',
            '{1: 2}', "{'a': 1}", '{"a": 1 "b": 2}', '"abc', '"abc\\',
            '"\\x"', '"\\u12"', '"\\u12', '"\\u1234', '"\\uzzzz"',
            '"\\ud800\\u12"', '"\\ud800\\uzz12"', '"\\ud800\\', '"tab\there"',
            '"a\nb"', '[1]x', '[1] [2]', '1 2', 'nul', 'tru', 'fals', 'Nan',
            'Inf', '-', '-x', '--1', '+1', '01', '1.', '.5', '1e', '1e+',
            '1.e5', '0x10', '[1,\n 2,\n x]', '{\n  "a": \n}', '\u00e9',
            '"\u00e9" x', '["\u00e9\u00e9", @]', 'True', 'None', '[-]']:
    show(doc)

deep = '[' * 100000
try:
    json.loads(deep)
except RecursionError as e:
    print("RecursionError", e)
deep = '{"a":' * 100000
try:
    json.loads(deep)
except RecursionError as e:
    print("RecursionError", e)
