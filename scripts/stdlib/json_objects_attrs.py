# The json package's objects from outside: version and __all__, an
# encoder's and a decoder's attributes for each way of building them, the
# default() error (which names the object's __class__), and the
# separators an indent brings.
import json
import json.decoder
import json.encoder
import json.scanner


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


print(json.__version__, json.__all__, hasattr(json.encoder, '__all__'), json.decoder.__all__, json.scanner.__all__)
print(repr(json.JSONEncoder.item_separator), repr(json.JSONEncoder.key_separator))
for kw in ({}, {'indent': 0}, {'indent': '\t', 'separators': (',', ':')}, {'separators': [';', '=']}):
    e = json.JSONEncoder(**kw)
    print(kw, repr(e.item_separator), repr(e.key_separator), 'item_separator' in vars(e))
e = json.JSONEncoder(default=repr, skipkeys=True, sort_keys=True, allow_nan=False, check_circular=False)
print(e.default is repr, e.skipkeys, e.sort_keys, e.allow_nan, e.check_circular, e.ensure_ascii, e.indent)
print(e.encode({2: {1, 2}, 1: None}))
show(e.encode, {(1,): 0, 'a': 1})
show(json.JSONEncoder, separators=(',',))
show(json.JSONEncoder, 1)


class Masked:
    @property
    def __class__(self):
        return int


show(json.dumps, Masked())
show(json.dumps, {1: object})
show(json.JSONEncoder().default, 3)

d = json.JSONDecoder()
print(d.strict, d.memo, d.parse_string is json.decoder.scanstring, d.object_hook, d.object_pairs_hook)
print(d.parse_int is int, d.parse_float is float, d.parse_constant('NaN'), d.parse_constant('-Infinity'))
show(d.parse_constant, 'nan')
d2 = json.JSONDecoder(parse_int=str, parse_float=lambda s: 'F' + s, parse_constant=len, strict=False,
                      object_hook=dict.items, object_pairs_hook=tuple)
print(d2.strict, d2.decode('{"a": [1, 2.5, NaN, "x\ty"]}'))
print(d2.raw_decode('  [1] rest'.strip()), json.decoder.WHITESPACE_STR == ' \t\n\r')
show(json.JSONDecoder, True)
show(d.decode, '[1] x')
print(json.scanner.NUMBER_RE.pattern, json.scanner.NUMBER_RE.flags & 0xff)
